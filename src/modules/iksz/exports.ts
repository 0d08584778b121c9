import type { ExportTable } from '../../platform/export.js';
import type { Translate } from '../../platform/i18n.js';
import { formatDayHu } from '../certificates/certificate-text.js';
import type { KretaRow } from './school-repo.js';
import { areaLabel } from './views/text.js';

/**
 * The school's export for its records: one row per accepted occasion with the fields the KRÉTA
 * e-administration form asks for (HUNGARY.md §2.2: log serial number, organization name, completion
 * date, activity), plus the student's name and class, the area, the hours and the school year.
 * Preparation and closing are the school's own: the school's name stands as the organization.
 */
export function kretaExportTable(t: Translate, rows: KretaRow[]): ExportTable<KretaRow> {
  return {
    filename: 'kapocs-kozossegi-szolgalat',
    sheetName: t('iksz.export.sheet'),
    rows,
    columns: [
      { header: t('iksz.export.name'), value: (r) => `${r.familyName} ${r.givenName}`, width: 30 },
      { header: t('iksz.export.className'), value: (r) => r.className, width: 10 },
      { header: t('iksz.export.serial'), value: (r) => r.serial, width: 10 },
      { header: t('iksz.export.organization'), value: (r) => r.organizationName ?? r.schoolName, width: 40 },
      { header: t('iksz.export.day'), value: (r) => formatDayHu(r.day), width: 14 },
      { header: t('iksz.export.activity'), value: (r) => r.activity, width: 50 },
      { header: t('iksz.export.area'), value: (r) => areaLabel(t, r.area), width: 30 },
      { header: t('iksz.export.hours'), value: (r) => Number((r.minutes / 60).toFixed(2)), width: 8 },
      { header: t('iksz.export.schoolYear'), value: (r) => r.schoolYear, width: 12 },
    ],
  };
}
