import type { ExportTable } from '../../platform/export.js';
import type { Translate } from '../../platform/i18n.js';
import type { AuditRow } from './service.js';

const json = (value: unknown) => (value == null ? null : JSON.stringify(value));

/** The (filtered) audit log as a spreadsheet; before/after as JSON text. */
export function auditExportTable(t: Translate, rows: AuditRow[]): ExportTable<AuditRow> {
  return {
    filename: 'kapocs-naplo',
    sheetName: t('audit.title'),
    rows,
    columns: [
      { header: t('audit.field.at'), value: (r) => r.at, width: 18 },
      { header: t('audit.field.actor'), value: (r) => r.actorEmail, width: 32 },
      { header: t('audit.field.center'), value: (r) => r.centerName, width: 36 },
      { header: t('audit.field.action'), value: (r) => r.action, width: 12 },
      { header: t('audit.field.entityType'), value: (r) => r.entityType, width: 14 },
      { header: t('audit.field.entityId'), value: (r) => r.entityId, width: 38 },
      { header: t('audit.field.before'), value: (r) => json(r.before), width: 60 },
      { header: t('audit.field.after'), value: (r) => json(r.after), width: 60 },
    ],
  };
}
