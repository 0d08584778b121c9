import { TaggedPdf } from '../../platform/tagged-pdf.js';
import { hungarianDay } from './agreement-template.js';
import type { AgreementRow } from './agreements-repo.js';

/**
 * The cooperation agreement as an A4 PDF to print and sign (HUNGARY.md §2.2), tagged for screen
 * readers like the volunteer contract (platform/tagged-pdf.ts, DejaVu fonts): the first line of the
 * saved text is the title (H1), a line starting with a number ("1. A megállapodás tárgya") a heading
 * (H2), every other line a paragraph; then the signature blocks of the school and the host with their
 * signing days where recorded (the lines themselves are artifacts). Formal Hungarian whatever the
 * reader's language, and the creation date is the agreement's, so it always renders the same.
 */
export async function renderAgreementPdf(agreement: AgreementRow, createdAt: Date): Promise<Buffer> {
  const lines = agreement.body.split(/\r?\n/);
  const title = (lines.find((l) => l.trim()) ?? 'Együttműködési megállapodás').trim();
  const tagged = await TaggedPdf.create({ title, lang: 'hu-HU', createdAt });
  const { doc: pdf, root } = tagged;
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;

  let titleDone = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      pdf.moveDown(0.4);
      continue;
    }
    if (!titleDone) {
      titleDone = true;
      tagged.block(root, 'H1', () => pdf.font('bold').fontSize(16).text(line, left, pdf.y, { width, align: 'center' }));
      pdf.moveDown(0.3);
    } else if (/^\d+\.\s/.test(line)) {
      pdf.moveDown(0.3);
      tagged.block(root, 'H2', () => pdf.font('bold').fontSize(11.5).text(line, left, pdf.y, { width }));
      pdf.moveDown(0.2);
    } else {
      tagged.block(root, 'P', () => pdf.font('body').fontSize(10.5).text(line, left, pdf.y, { width, align: 'justify' }));
      pdf.moveDown(0.2);
    }
  }

  // The signature blocks stay together on one page.
  if (pdf.y + 120 > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
  pdf.moveDown(2);
  const columnWidth = (width - 40) / 2;
  const y = pdf.y + 30;
  let bottom = y;
  const sides = [
    { name: agreement.schoolName, role: 'Iskola', day: agreement.schoolSignedOn },
    { name: agreement.hostName, role: 'Fogadó szervezet', day: agreement.hostSignedOn },
  ];
  sides.forEach((side, i) => {
    const x = left + i * (columnWidth + 40);
    const signed = side.day ? `${side.role} – aláírva: ${hungarianDay(side.day)}` : side.role;
    tagged.signatureLine({ x, y, width: columnWidth }, side.name, signed);
    bottom = Math.max(bottom, pdf.y);
  });
  pdf.y = bottom + 10;
  return tagged.finish();
}
