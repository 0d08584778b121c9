import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { formatDate, formatPersonName, translator } from '../../platform/i18n.js';
import { embeddedFonts } from '../../platform/pdf-fonts.js';
import { formatDayHu, formatHoursHu } from './certificate-text.js';
import type { CertificateSnapshot } from './snapshot.js';
import { formatVerificationCode } from './verification-code.js';

export function verificationUrl(baseUrl: string, code: string): string {
  return `${baseUrl}/certificates/verify/${formatVerificationCode(code)}`;
}

export type CertificatePdfInput = {
  code: string;
  issuedAt: Date;
  snapshot: CertificateSnapshot;
  baseUrl: string;
  /** A revoked certificate still downloads (the holder's record), but says so at the top in red. */
  revoked?: { at: Date; reason: string | null } | null;
};

/**
 * The certificate as an A4 PDF. A certificate is a Hungarian document (formal, third person),
 * whatever language the holder reads the site in. The creation date is the issue time, so the
 * same certificate always renders the same text.
 */
export async function renderCertificatePdf(input: CertificatePdfInput): Promise<Buffer> {
  const t = translator('hu');
  const { snapshot: s } = input;
  const url = verificationUrl(input.baseUrl, input.code);
  const qr = await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 240 });
  const holder = formatPersonName(s.holder.familyName, s.holder.givenName);
  const { regular, bold } = embeddedFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    // pdfkit takes the font's bytes here as in font() (a PDFFontSource); its typings only say string.
    font: regular as unknown as string,
    lang: 'hu-HU',
    info: { Title: t('certificates.pdf.title'), Author: 'Kapocs', CreationDate: input.issuedAt, ModDate: input.issuedAt },
  });
  doc.registerFont('body', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const orgName = new Map(s.organizations.map((o) => [o.id, o.name]));
  const period = { from: formatDayHu(s.period.from), to: formatDayHu(s.period.to) };
  const total = formatHoursHu(s.totalMinutes);

  if (input.revoked) {
    const date = formatDate('hu', input.revoked.at);
    const text = input.revoked.reason
      ? t('certificates.pdf.revokedWithReason', { date, reason: input.revoked.reason })
      : t('certificates.pdf.revoked', { date });
    doc.font('bold').fontSize(12).fillColor('#b00020').text(text, { align: 'center' });
    doc.fillColor('black').moveDown(1);
  }
  doc.font('bold').fontSize(18).text(t('certificates.pdf.title'), { align: 'center' });
  doc.moveDown(1.5);
  const [only] = s.organizations;
  const statement =
    s.kind === 'placement' && only
      ? t('certificates.pdf.statementPlacement', { holder, organization: only.name, opportunity: s.opportunityTitle ?? '', ...period, total })
      : t('certificates.pdf.statementPeriod', { holder, ...period, total });
  doc.font('body').fontSize(11).text(statement, { align: 'justify' });
  doc.moveDown();

  doc
    .font('bold')
    .fontSize(12)
    .text(t('certificates.pdf.organizations', { count: s.organizations.length }));
  doc.font('body').fontSize(10);
  for (const o of s.organizations) {
    const parts = [t('certificates.pdf.seat', { seat: o.seat })];
    if (o.taxNumber) parts.push(t('certificates.pdf.taxNumber', { taxNumber: o.taxNumber }));
    if (s.kind === 'period') parts.push(t('certificates.pdf.approvedAt', { hours: formatHoursHu(o.minutes) }));
    doc
      .font('bold')
      .text(o.name, { continued: true })
      .font('body')
      .text(` — ${parts.join('; ')}`);
  }
  doc.moveDown();

  // The hours per activity: activity (organization) and the amount, in two columns.
  doc.font('bold').fontSize(12).text(t('certificates.pdf.hoursTitle'));
  doc.moveDown(0.3);
  const amountX = left + width - 130;
  const row = (label: string, amount: string, font: 'body' | 'bold') => {
    const y = doc.y;
    doc
      .font(font)
      .fontSize(10)
      .text(label, left, y, { width: amountX - left - 10 });
    const afterLabel = doc.y;
    doc.text(amount, amountX, y, { width: 130, align: 'right' });
    doc.y = Math.max(afterLabel, doc.y) + 3;
    doc.x = left;
  };
  row(t('certificates.pdf.activity'), t('certificates.pdf.duration'), 'bold');
  doc
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .lineWidth(0.5)
    .stroke();
  doc.y += 3;
  for (const a of s.activities) {
    const label = s.organizations.length > 1 ? `${a.activity} (${orgName.get(a.organizationId) ?? ''})` : a.activity;
    row(label, formatHoursHu(a.minutes), 'body');
  }
  doc
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .stroke();
  doc.y += 3;
  row(t('certificates.pdf.total'), total, 'bold');
  doc.moveDown(1.5);

  doc
    .font('body')
    .fontSize(11)
    .text(t('certificates.pdf.issued', { date: formatDate('hu', input.issuedAt) }), left);
  doc.moveDown(2);
  if (s.signer) {
    doc
      .moveTo(left + width - 220, doc.y)
      .lineTo(left + width, doc.y)
      .stroke();
    doc.y += 4;
    doc.font('bold').text(s.signer.name, left + width - 220, doc.y, { width: 220, align: 'center' });
    doc
      .font('body')
      .fontSize(10)
      .text(s.signer.role, left + width - 220, doc.y, { width: 220, align: 'center' });
  } else {
    doc.font('body').fontSize(10).text(t('certificates.pdf.generated'), left, doc.y, { width, align: 'justify' });
  }
  doc.moveDown(2);

  // The verification block: the code, the URL printed out, and the same URL as a QR code.
  const lowest = doc.page.height - doc.page.margins.bottom - 130;
  if (doc.y > lowest) doc.addPage();
  const blockY = Math.max(doc.y, lowest);
  const qrSize = 110;
  doc.image(qr, left + width - qrSize, blockY, { width: qrSize, height: qrSize });
  doc
    .font('body')
    .fontSize(10)
    .text(t('certificates.pdf.verifyCode'), left, blockY, { width: width - qrSize - 16 });
  doc
    .font('bold')
    .fontSize(14)
    .text(formatVerificationCode(input.code), { width: width - qrSize - 16 });
  doc
    .font('body')
    .fontSize(9)
    .text(t('certificates.pdf.verifyAt'), { width: width - qrSize - 16 });
  doc.text(url, { width: width - qrSize - 16, link: url });
  doc.end();
  return done;
}
