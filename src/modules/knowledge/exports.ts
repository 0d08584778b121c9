import type { ExportTable } from '../../platform/export.js';
import type { Translate } from '../../platform/i18n.js';
import type { ManagedArticleRow } from './manage-service.js';
import { categoryLabel, kindLabel, statusLabel } from './views/knowledge-labels.js';

/** The editors' article list as a spreadsheet: the columns on screen plus the address and the public link. */
export function managedArticleExportTable(t: Translate, rows: ManagedArticleRow[], baseUrl: string): ExportTable<ManagedArticleRow> {
  return {
    filename: 'kapocs-tudastar-cikkek',
    sheetName: t('knowledge.manage.title'),
    rows,
    columns: [
      { header: t('knowledge.field.title'), value: (a) => a.title, width: 48 },
      { header: t('knowledge.field.slug'), value: (a) => a.slug, width: 36 },
      { header: t('knowledge.field.kind'), value: (a) => t(kindLabel(a.kind)), width: 16 },
      { header: t('knowledge.manage.status'), value: (a) => t(statusLabel(a.status)), width: 18 },
      { header: t('knowledge.field.category'), value: (a) => t(categoryLabel(a.category)), width: 26 },
      { header: t('knowledge.manage.center'), value: (a) => a.centerName ?? t('knowledge.manage.national'), width: 36 },
      { header: t('knowledge.manage.latestVersion'), value: (a) => a.latestVersion, width: 12 },
      { header: t('knowledge.manage.publishedVersion'), value: (a) => a.publishedVersion, width: 12 },
      { header: t('knowledge.manage.updated'), value: (a) => a.updatedAt, width: 18 },
      { header: t('knowledge.manage.publicPage'), value: (a) => (a.publishedVersion === null ? null : `${baseUrl}/knowledge/${a.slug}`), width: 48 },
      { header: 'ID', value: (a) => a.id, width: 38 },
    ],
  };
}
