import type { ExportTable } from '../../platform/export.js';
import type { Locale, Translate } from '../../platform/i18n.js';
import { hostTypeLabel } from './host-types.js';
import type { ListedOrganization } from './service.js';
import { statusKey } from './views/status-badge.js';

/** The coordinators' organization list as a spreadsheet: the columns on screen plus contact data. */
export function organizationExportTable(t: Translate, locale: Locale, rows: ListedOrganization[]): ExportTable<ListedOrganization> {
  return {
    filename: 'kapocs-fogado-szervezetek',
    sheetName: t('organizations.title'),
    rows,
    columns: [
      { header: t('organizations.field.name'), value: (o) => o.name, width: 40 },
      { header: t('organizations.field.status'), value: (o) => t(statusKey(o.status)), width: 20 },
      { header: t('organizations.field.hostType'), value: (o) => hostTypeLabel(o.hostType, locale), width: 36 },
      { header: t('organizations.field.taxNumber'), value: (o) => o.taxNumber, width: 16 },
      { header: t('organizations.field.kotRegistrationNumber'), value: (o) => o.kotRegistrationNumber, width: 14 },
      { header: t('organizations.field.place'), value: (o) => o.placeName },
      { header: t('organizations.field.center'), value: (o) => o.centerName, width: 36 },
      { header: t('organizations.field.address'), value: (o) => o.address, width: 32 },
      { header: t('organizations.field.email'), value: (o) => o.email, width: 32 },
      { header: t('organizations.field.phone'), value: (o) => o.phone },
      { header: t('organizations.field.website'), value: (o) => o.website, width: 32 },
      { header: t('organizations.field.created'), value: (o) => o.createdAt, width: 18 },
      {
        header: t('organizations.responsiveness.median'),
        value: (o) => (o.responseMedianHours == null ? null : Math.round(o.responseMedianHours * 10) / 10),
        width: 18,
      },
      {
        header: t('organizations.responsiveness.share'),
        value: (o) => (o.responseWithinShare == null ? null : Math.round(o.responseWithinShare * 1000) / 10),
        width: 18,
      },
      { header: t('organizations.responsiveness.counted'), value: (o) => o.responseCounted ?? 0, width: 14 },
      { header: 'ID', value: (o) => o.id, width: 38 },
    ],
  };
}
