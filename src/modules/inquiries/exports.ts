import type { ExportTable } from '../../platform/export.js';
import { formatPersonName, type Translate } from '../../platform/i18n.js';
import { monthName } from '../reports/views/report-formats.js';
import type { InquiryRow } from './repo.js';
import type { InquiryStats } from './stats-service.js';
import { askerKindLabel, channelLabel, statusLabel } from './views/labels.js';

/** The inquiry list as a spreadsheet: what is on screen plus the asker's contact, the question and the answer. */
export function inquiryExportTable(t: Translate, rows: InquiryRow[]): ExportTable<InquiryRow> {
  return {
    filename: 'kapocs-megkeresesek',
    sheetName: t('inquiries.list.title'),
    rows,
    columns: [
      { header: t('inquiries.field.receivedAt'), value: (r) => r.receivedAt, width: 18 },
      { header: t('inquiries.field.channel'), value: (r) => channelLabel(t, r.channel), width: 16 },
      { header: t('inquiries.field.status'), value: (r) => statusLabel(t, r.status), width: 14 },
      { header: t('inquiries.field.topics'), value: (r) => r.topics, width: 36 },
      { header: t('inquiries.field.askerKind'), value: (r) => askerKindLabel(t, r.askerKind), width: 14 },
      { header: t('inquiries.field.askerName'), value: (r) => r.askerName },
      { header: t('inquiries.field.askerOrganization'), value: (r) => r.askerOrganization },
      { header: t('inquiries.field.askerEmail'), value: (r) => r.askerEmail, width: 30 },
      { header: t('inquiries.field.askerPhone'), value: (r) => r.askerPhone },
      { header: t('inquiries.field.question'), value: (r) => r.question, width: 60 },
      { header: t('inquiries.field.answer'), value: (r) => r.answer, width: 60 },
      { header: t('inquiries.field.answerSentAt'), value: (r) => r.answerSentAt, width: 18 },
      { header: t('inquiries.field.center'), value: (r) => r.centerName, width: 36 },
      { header: t('inquiries.field.point'), value: (r) => r.pointName, width: 30 },
      { header: t('inquiries.field.staff'), value: (r) => (r.staffFamilyName ? formatPersonName(r.staffFamilyName, r.staffGivenName ?? '') : null) },
      { header: t('inquiries.field.followUpOn'), value: (r) => r.followUpOn, width: 12 },
      { header: t('inquiries.field.followUpDoneAt'), value: (r) => r.followUpDoneAt, width: 18 },
      { header: t('inquiries.field.volunteer'), value: (r) => r.volunteerName },
      { header: t('inquiries.field.organization'), value: (r) => r.organizationName },
      { header: 'ID', value: (r) => r.id, width: 38 },
    ],
  };
}

type StatsRow = { kind: 'month' | 'topic' | 'channel' | 'point' | 'total'; name: string; count: number };

/** The statistics' four tables as one sheet, stacked with a "kind" column, and the year's total last. */
export function statsExportTable(t: Translate, stats: InquiryStats): ExportTable<StatsRow> {
  const rows: StatsRow[] = [
    ...stats.months.map((m) => ({ kind: 'month' as const, name: monthName(t, m.month), count: m.count })),
    ...stats.topics.map((x) => ({ kind: 'topic' as const, name: x.name, count: x.count })),
    ...stats.channels.map((c) => ({ kind: 'channel' as const, name: channelLabel(t, c.channel), count: c.count })),
    ...stats.byPoint.map((p) => ({ kind: 'point' as const, name: p.name ?? t('inquiries.stats.noPoint'), count: p.count })),
    { kind: 'total', name: t('inquiries.stats.total', { year: stats.year }), count: stats.total },
  ];
  return {
    filename: `kapocs-megkeresesek-statisztika-${stats.year}`,
    sheetName: t('inquiries.stats.sheet', { year: stats.year }),
    rows,
    columns: [
      { header: t('inquiries.stats.kind'), value: (r) => t(`inquiries.stats.kind.${r.kind}`), width: 16 },
      { header: t('inquiries.stats.name'), value: (r) => r.name, width: 40 },
      { header: t('inquiries.stats.count'), value: (r) => r.count, width: 12 },
    ],
  };
}
