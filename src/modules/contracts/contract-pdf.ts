import { TaggedPdf } from '../../platform/tagged-pdf.js';
import type { ContractDocument } from './contract-document.js';

/**
 * The contract as an A4 PDF to print and sign, tagged for screen readers (the title, the paragraphs,
 * the Köt. 6. § (1) items as a numbered list, the signature blocks; the signature lines are
 * artifacts): formal Hungarian whatever language the reader uses (the document is built with the
 * Hungarian translator by the caller). The creation date is the contract's generation time, so the
 * same contract always renders the same text.
 */
export async function renderContractPdf(doc: ContractDocument, createdAt: Date): Promise<Buffer> {
  const tagged = await TaggedPdf.create({ title: doc.title, lang: 'hu-HU', createdAt });
  const { doc: pdf, root } = tagged;
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const paragraph = (text: string) => {
    if (!text) return;
    tagged.block(root, 'P', () => pdf.font('body').fontSize(10.5).text(text, left, pdf.y, { width, align: 'justify' }));
    pdf.moveDown(0.8);
  };

  tagged.block(root, 'H1', () => pdf.font('bold').fontSize(18).text(doc.title, { align: 'center' }));
  pdf.moveDown(1.2);
  paragraph(doc.parties);
  paragraph(doc.intro);

  tagged.block(root, 'H2', () => pdf.font('bold').fontSize(12).text(doc.requiredTitle, left, pdf.y, { width }));
  pdf.moveDown(0.4);
  tagged.group(root, 'L', (list) => {
    for (const item of doc.required) {
      tagged.group(list, 'LI', (li) => {
        // The number is the label; the rest of the bold line and the item's text are its body.
        tagged.block(li, 'Lbl', () => pdf.font('bold').fontSize(10.5).text(`${item.item} `, left, pdf.y, { width, continued: true }));
        tagged.block(li, 'LBody', () => {
          pdf.text(`${item.label} (${item.section})`);
          pdf.font('body').text(item.text, left + 14, pdf.y, { width: width - 14, align: 'justify' });
        });
      });
      pdf.moveDown(0.6);
    }
  });
  paragraph(doc.term);
  if (doc.signingNote) paragraph(doc.signingNote);
  paragraph(doc.duties);
  paragraph(doc.closing);
  // Place, date and the signature lines stay together on one page (about 75 pt per row of two).
  const rows = Math.ceil(doc.signatures.length / 2);
  if (pdf.y + 60 + rows * 75 > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
  pdf.moveDown(0.5);
  paragraph(doc.dated);

  // Signature lines, two per row: a line, the name (once signed) and the role under it.
  const columnWidth = (width - 40) / 2;
  pdf.moveDown(1);
  for (let i = 0; i < doc.signatures.length; i += 2) {
    const y = pdf.y + 30;
    let bottom = y;
    doc.signatures.slice(i, i + 2).forEach((s, j) => {
      const x = left + j * (columnWidth + 40);
      tagged.signatureLine({ x, y, width: columnWidth }, s.name, s.role);
      bottom = Math.max(bottom, pdf.y);
    });
    pdf.y = bottom + 10;
  }
  return tagged.finish();
}
