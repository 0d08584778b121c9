import type { ExportTable } from '../../platform/export.js';
import type { Translate } from '../../platform/i18n.js';
import type { OutboxRow } from './service.js';

/** The outbox list as a spreadsheet: addresses and delivery state, never the bodies (they hold links with tokens). */
export function outboxExportTable(t: Translate, rows: OutboxRow[]): ExportTable<OutboxRow> {
  return {
    filename: 'kapocs-kimeno-levelek',
    sheetName: t('outbox.title'),
    rows,
    columns: [
      { header: t('outbox.field.created'), value: (m) => m.createdAt, width: 18 },
      { header: t('outbox.field.to'), value: (m) => m.toAddress, width: 36 },
      { header: t('outbox.field.subject'), value: (m) => m.subject, width: 48 },
      { header: t('outbox.field.sentAt'), value: (m) => m.sentAt, width: 18 },
      { header: t('outbox.field.attempts'), value: (m) => m.attempts, width: 10 },
      { header: t('outbox.field.lastError'), value: (m) => m.lastError, width: 40 },
    ],
  };
}
