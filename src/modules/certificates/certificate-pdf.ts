import QRCode from 'qrcode';
import { formatDate, formatPersonName, translator } from '../../platform/i18n.js';
import { TaggedPdf } from '../../platform/tagged-pdf.js';
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
 * The certificate as an A4 PDF, tagged for screen readers (heading, statement, the organizations as
 * a list, the hours as a table, the verification block; rules are artifacts). A certificate is a
 * Hungarian document (formal, third person), whatever language the holder reads the site in. The
 * creation date is the issue time, so the same certificate always renders the same text.
 */
export async function renderCertificatePdf(input: CertificatePdfInput): Promise<Buffer> {
  const t = translator('hu');
  const { snapshot: s } = input;
  const url = verificationUrl(input.baseUrl, input.code);
  const qr = await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 240 });
  const holder = formatPersonName(s.holder.familyName, s.holder.givenName);
  const title = t(s.training ? 'certificates.pdf.titleTraining' : 'certificates.pdf.title');
  const pdf = await TaggedPdf.create({ title, lang: 'hu-HU', createdAt: input.issuedAt });
  const { doc, root } = pdf;

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const orgName = new Map(s.organizations.map((o) => [o.id, o.name]));
  const period = { from: formatDayHu(s.period.from), to: formatDayHu(s.period.to) };
  const total = formatHoursHu(s.totalMinutes);

  if (input.revoked) {
    const date = formatDate('hu', input.revoked.at);
    const reason = input.revoked.reason;
    const text = s.training
      ? t(reason ? 'certificates.pdf.revokedTrainingWithReason' : 'certificates.pdf.revokedTraining', { date, reason: reason ?? '' })
      : reason
        ? t('certificates.pdf.revokedWithReason', { date, reason })
        : t('certificates.pdf.revoked', { date });
    pdf.block(root, 'P', () => doc.font('bold').fontSize(12).fillColor('#b00020').text(text, { align: 'center' }));
    doc.fillColor('black').moveDown(1);
  }
  pdf.block(root, 'H1', () => doc.font('bold').fontSize(18).text(title, { align: 'center' }));
  doc.moveDown(1.5);
  const [only] = s.organizations;
  const statement = s.training
    ? t('certificates.pdf.statementTraining', { holder, course: s.training.courseTitle, center: s.training.centerName, day: period.from, total })
    : s.kind === 'placement' && only
      ? t('certificates.pdf.statementPlacement', { holder, organization: only.name, opportunity: s.opportunityTitle ?? '', ...period, total })
      : t('certificates.pdf.statementPeriod', { holder, ...period, total });
  pdf.block(root, 'P', () => doc.font('body').fontSize(11).text(statement, { align: 'justify' }));
  doc.moveDown();

  // A training certificate names no host organization: the center held the course (in the statement).
  if (s.organizations.length > 0) {
    pdf.block(root, 'H2', () =>
      doc
        .font('bold')
        .fontSize(12)
        .text(t('certificates.pdf.organizations', { count: s.organizations.length })),
    );
    doc.font('body').fontSize(10);
    pdf.group(root, 'L', (list) => {
      for (const o of s.organizations) {
        const parts = [t('certificates.pdf.seat', { seat: o.seat })];
        if (o.taxNumber) parts.push(t('certificates.pdf.taxNumber', { taxNumber: o.taxNumber }));
        if (s.kind === 'period') parts.push(t('certificates.pdf.approvedAt', { hours: formatHoursHu(o.minutes) }));
        pdf.group(list, 'LI', (item) =>
          pdf.block(item, 'LBody', () =>
            doc
              .font('bold')
              .text(o.name, { continued: true })
              .font('body')
              .text(` — ${parts.join('; ')}`),
          ),
        );
      }
    });
    doc.moveDown();
  }

  // The hours per activity: activity (organization) and the amount, in two columns, as a table.
  pdf.block(root, 'H2', () =>
    doc
      .font('bold')
      .fontSize(12)
      .text(t(s.training ? 'certificates.pdf.trainingTitle' : 'certificates.pdf.hoursTitle')),
  );
  doc.moveDown(0.3);
  const amountX = left + width - 130;
  const labelWidth = amountX - left - 10;
  const rule = () =>
    pdf.artifact(() =>
      doc
        .moveTo(left, doc.y)
        .lineTo(left + width, doc.y)
        .lineWidth(0.5)
        .stroke(),
    );
  const columnHeader = ['TH', { scope: 'Column' }] as const;
  const rowHeader = ['TH', { scope: 'Row' }] as const;
  const cell = ['TD', {}] as const;
  pdf.group(root, 'Table', (table) => {
    /** The column headers, an activity or the total; a row that would not fit starts a new page, so its two cells stay side by side. */
    const row = (kind: 'header' | 'activity' | 'total', label: string, amount: string) => {
      const [labelCell, amountCell] = kind === 'header' ? [columnHeader, columnHeader] : kind === 'total' ? [rowHeader, cell] : [cell, cell];
      doc.font(kind === 'activity' ? 'body' : 'bold').fontSize(10);
      if (doc.y + doc.heightOfString(label, { width: labelWidth }) > bottom()) doc.addPage();
      const y = doc.y;
      let afterLabel = y;
      pdf.group(table, 'TR', (tr) => {
        const drawLabel = () => {
          doc.text(label, left, y, { width: labelWidth });
          afterLabel = doc.y;
        };
        pdf.block(tr, labelCell[0], drawLabel, labelCell[1]);
        pdf.block(tr, amountCell[0], () => doc.text(amount, amountX, y, { width: 130, align: 'right' }), amountCell[1]);
      });
      doc.y = Math.max(afterLabel, doc.y) + 3;
      doc.x = left;
    };
    row('header', t('certificates.pdf.activity'), t('certificates.pdf.duration'));
    rule();
    doc.y += 3;
    for (const a of s.activities) {
      row('activity', s.organizations.length > 1 ? `${a.activity} (${orgName.get(a.organizationId) ?? ''})` : a.activity, formatHoursHu(a.minutes));
    }
    rule();
    doc.y += 3;
    row('total', t('certificates.pdf.total'), total);
  });
  doc.moveDown(1.5);
  const training = s.training;
  if (training) {
    const lines = [t('certificates.pdf.trainer', { trainer: training.trainer })];
    if (training.qualification)
      lines.push(
        training.validUntil
          ? t('certificates.pdf.qualificationUntil', { name: training.qualification, date: formatDayHu(training.validUntil) })
          : t('certificates.pdf.qualificationNoExpiry', { name: training.qualification }),
      );
    for (const line of lines) pdf.block(root, 'P', () => doc.font('body').fontSize(11).text(line, left));
    doc.moveDown(1.5);
  }

  pdf.block(root, 'P', () =>
    doc
      .font('body')
      .fontSize(11)
      .text(t('certificates.pdf.issued', { date: formatDate('hu', input.issuedAt) }), left),
  );
  doc.moveDown(2);
  if (s.signer) {
    const signer = s.signer;
    const x = left + width - 220;
    pdf.artifact(() =>
      doc
        .moveTo(x, doc.y)
        .lineTo(left + width, doc.y)
        .stroke(),
    );
    doc.y += 4;
    pdf.block(root, 'P', () => doc.font('bold').text(signer.name, x, doc.y, { width: 220, align: 'center' }));
    pdf.block(root, 'P', () => doc.font('body').fontSize(10).text(signer.role, x, doc.y, { width: 220, align: 'center' }));
  } else {
    pdf.block(root, 'P', () =>
      doc
        .font('body')
        .fontSize(10)
        .text(t(s.training ? 'certificates.pdf.generatedTraining' : 'certificates.pdf.generated'), left, doc.y, { width, align: 'justify' }),
    );
  }
  doc.moveDown(2);

  // The verification block: the code, the URL printed out, and the same URL as a QR code.
  const lowest = bottom() - 130;
  if (doc.y > lowest) doc.addPage();
  const blockY = Math.max(doc.y, lowest);
  const qrSize = 110;
  const textWidth = width - qrSize - 16;
  pdf.block(root, 'P', () => doc.font('body').fontSize(10).text(t('certificates.pdf.verifyCode'), left, blockY, { width: textWidth }));
  pdf.block(root, 'P', () => doc.font('bold').fontSize(14).text(formatVerificationCode(input.code), { width: textWidth }));
  pdf.block(root, 'P', () => doc.font('body').fontSize(9).text(t('certificates.pdf.verifyAt'), { width: textWidth }));
  pdf.group(root, 'P', (p) => pdf.block(p, 'Link', () => doc.text(url, { width: textWidth, link: url })));
  const qrX = left + width - qrSize;
  pdf.block(root, 'Figure', () => doc.image(qr, qrX, blockY, { width: qrSize, height: qrSize }), {
    alt: t('certificates.pdf.qrAlt', { url }),
    bbox: [qrX, blockY, qrX + qrSize, blockY + qrSize],
  });
  return pdf.finish();
}
