import QRCode from 'qrcode';
import { formatPersonName, translator } from '../../platform/i18n.js';
import { TaggedPdf } from '../../platform/tagged-pdf.js';
import { formatDayHu, formatHoursHu } from '../certificates/certificate-text.js';
import { formatVerificationCode } from '../certificates/verification-code.js';
import type { YearProgress } from './progress.js';

export function ikszVerificationUrl(baseUrl: string, code: string): string {
  return `${baseUrl}/iksz/verify/${formatVerificationCode(code)}`;
}

export type TransferPdfInput = {
  code: string;
  issuedOn: string;
  student: { familyName: string; givenName: string; className: string };
  school: { name: string; omId: string };
  minutes: number;
  years: YearProgress[];
  baseUrl: string;
};

/**
 * The certificate of completed IKSZ hours for a student changing school (HUNGARY.md §2.2: issued in
 * two copies), one copy per page ("1. példány", "2. példány"), each with the verification code, its
 * URL and a QR code. A Hungarian legal document (formal), tagged for screen readers.
 */
export async function renderTransferPdf(input: TransferPdfInput): Promise<Buffer> {
  const t = translator('hu');
  const url = ikszVerificationUrl(input.baseUrl, input.code);
  const qr = await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 200 });
  const title = t('iksz.pdf.title');
  const pdf = await TaggedPdf.create({ title, lang: 'hu-HU', createdAt: new Date(`${input.issuedOn}T12:00:00Z`) });
  const { doc, root } = pdf;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const name = formatPersonName(input.student.familyName, input.student.givenName);

  for (const copy of [1, 2]) {
    if (copy === 2) doc.addPage();
    pdf.block(root, 'P', () =>
      doc
        .font('bold')
        .fontSize(10)
        .text(t('iksz.pdf.copy', { n: copy }), { align: 'right' }),
    );
    pdf.block(root, copy === 1 ? 'H1' : 'P', () => doc.font('bold').fontSize(16).text(title, { align: 'center' }));
    doc.moveDown(1.5);
    const statement = t('iksz.pdf.statement', {
      name,
      className: input.student.className,
      school: input.school.name,
      omId: input.school.omId,
      date: formatDayHu(input.issuedOn),
      total: formatHoursHu(input.minutes),
    });
    pdf.block(root, 'P', () => doc.font('body').fontSize(11).text(statement, left, doc.y, { width, align: 'justify' }));
    doc.moveDown();
    pdf.group(root, 'L', (list) => {
      for (const y of input.years.filter((year) => year.accepted > 0)) {
        pdf.group(list, 'LI', (item) =>
          pdf.block(item, 'LBody', () =>
            doc
              .font('body')
              .fontSize(11)
              .text(t('iksz.pdf.year', { year: y.schoolYear, hours: formatHoursHu(y.accepted) }), left),
          ),
        );
      }
    });
    doc.moveDown();
    pdf.block(root, 'P', () => doc.font('body').fontSize(10).text(t('iksz.pdf.legal'), left, doc.y, { width, align: 'justify' }));
    doc.moveDown(2);
    pdf.block(root, 'P', () =>
      doc
        .font('body')
        .fontSize(11)
        .text(t('iksz.pdf.issued', { date: formatDayHu(input.issuedOn) }), left),
    );
    doc.moveDown(3);
    const x = left + width - 220;
    pdf.artifact(() =>
      doc
        .moveTo(x, doc.y)
        .lineTo(left + width, doc.y)
        .stroke(),
    );
    doc.y += 4;
    pdf.block(root, 'P', () => doc.font('body').fontSize(10).text(t('iksz.pdf.signature'), x, doc.y, { width: 220, align: 'center' }));
    doc.moveDown(3);
    const blockY = doc.y;
    const qrSize = 90;
    const textWidth = width - qrSize - 16;
    pdf.block(root, 'P', () => doc.font('body').fontSize(10).text(t('iksz.pdf.verifyCode'), left, blockY, { width: textWidth }));
    pdf.block(root, 'P', () => doc.font('bold').fontSize(14).text(formatVerificationCode(input.code), { width: textWidth }));
    pdf.group(root, 'P', (p) => pdf.block(p, 'Link', () => doc.font('body').fontSize(9).text(url, { width: textWidth, link: url })));
    const qrX = left + width - qrSize;
    pdf.block(root, 'Figure', () => doc.image(qr, qrX, blockY, { width: qrSize, height: qrSize }), {
      alt: t('iksz.pdf.qrAlt', { url }),
      bbox: [qrX, blockY, qrX + qrSize, blockY + qrSize],
    });
  }
  return pdf.finish();
}
