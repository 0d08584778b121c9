import { TaggedPdf } from '../../platform/tagged-pdf.js';

export type DeclarationDocument = { title: string; paragraphs: string[]; signatureLabel: string; volunteerName: string };

/**
 * The confidentiality declaration as an A4 PDF to print and sign on paper, tagged for screen readers
 * (title, paragraphs; the signature line is an artifact), DejaVu fonts as every Kapocs PDF. Always
 * Hungarian (formal), whatever language the staff member reads.
 */
export async function renderDeclarationPdf(doc: DeclarationDocument, createdAt: Date): Promise<Buffer> {
  const tagged = await TaggedPdf.create({ title: doc.title, lang: 'hu-HU', createdAt });
  const { doc: pdf, root } = tagged;
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  tagged.block(root, 'H1', () => pdf.font('bold').fontSize(18).text(doc.title, { align: 'center' }));
  pdf.moveDown(1.2);
  for (const text of doc.paragraphs) {
    tagged.block(root, 'P', () => pdf.font('body').fontSize(11).text(text, left, pdf.y, { width, align: 'justify' }));
    pdf.moveDown(0.8);
  }
  if (pdf.y + 100 > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
  const lineWidth = width / 2;
  const x = left + width - lineWidth;
  const y = pdf.y + 50;
  tagged.signatureLine({ x, y, width: lineWidth }, doc.volunteerName, doc.signatureLabel);
  return tagged.finish();
}
