import PDFDocument from 'pdfkit';
import { embeddedFonts } from '../../platform/pdf-fonts.js';
import type { ContractDocument } from './contract-document.js';

/**
 * The contract as an A4 PDF to print and sign: formal Hungarian whatever language the reader uses
 * (the document is built with the Hungarian translator by the caller). The creation date is the
 * contract's generation time, so the same contract always renders the same bytes' text.
 */
export async function renderContractPdf(doc: ContractDocument, createdAt: Date): Promise<Buffer> {
  const { regular, bold } = embeddedFonts();
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 56,
    // pdfkit takes the font's bytes here as in font() (a PDFFontSource); its typings only say string.
    font: regular as unknown as string,
    lang: 'hu-HU',
    info: { Title: doc.title, Author: 'Kapocs', CreationDate: createdAt, ModDate: createdAt },
  });
  pdf.registerFont('body', regular);
  pdf.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const paragraph = (text: string) => {
    if (!text) return;
    pdf.font('body').fontSize(10.5).text(text, left, pdf.y, { width, align: 'justify' });
    pdf.moveDown(0.8);
  };

  pdf.font('bold').fontSize(18).text(doc.title, { align: 'center' });
  pdf.moveDown(1.2);
  paragraph(doc.parties);
  paragraph(doc.intro);

  pdf.font('bold').fontSize(12).text(doc.requiredTitle, left, pdf.y, { width });
  pdf.moveDown(0.4);
  for (const item of doc.required) {
    pdf.font('bold').fontSize(10.5).text(`${item.item} ${item.label} (${item.section})`, left, pdf.y, { width });
    pdf.font('body').text(item.text, left + 14, pdf.y, { width: width - 14, align: 'justify' });
    pdf.moveDown(0.6);
  }
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
      pdf
        .moveTo(x, y)
        .lineTo(x + columnWidth, y)
        .lineWidth(0.5)
        .stroke();
      let lineY = y + 4;
      if (s.name) {
        pdf.font('bold').fontSize(10).text(s.name, x, lineY, { width: columnWidth, align: 'center' });
        lineY = pdf.y;
      }
      pdf.font('body').fontSize(9).text(s.role, x, lineY, { width: columnWidth, align: 'center' });
      bottom = Math.max(bottom, pdf.y);
    });
    pdf.y = bottom + 10;
  }
  pdf.end();
  return done;
}
