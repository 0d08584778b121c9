import type { ExportTable } from '../../platform/export.js';
import type { Translate } from '../../platform/i18n.js';
import type { IkszHostRow } from './iksz-hosts-repo.js';
import type { ProgramRow } from './repo.js';
import { ikszAreaLabel, programKindLabel, programStatusLabel } from './views/labels.js';

/** The staff list of programs as a spreadsheet. */
export function programExportTable(t: Translate, rows: ProgramRow[]): ExportTable<ProgramRow> {
  return {
    filename: 'kapocs-programok',
    sheetName: t('programs.manage.title'),
    rows,
    columns: [
      { header: t('programs.field.name'), value: (r) => r.name, width: 40 },
      { header: t('programs.field.slug'), value: (r) => r.slug, width: 24 },
      { header: t('programs.field.kind'), value: (r) => programKindLabel(t, r.kind), width: 24 },
      { header: t('programs.field.status'), value: (r) => programStatusLabel(t, r.status), width: 14 },
      { header: t('programs.field.minAge'), value: (r) => r.minAge },
      { header: t('programs.field.opportunities'), value: (r) => r.opportunityCount },
      { header: t('programs.field.partners'), value: (r) => r.partnerCount },
      { header: t('programs.field.center'), value: (r) => r.centerName, width: 36 },
      { header: 'ID', value: (r) => r.id, width: 38 },
    ],
  };
}

/** The county IKSZ list as a spreadsheet, as county IKSZ offices publish it. */
export function ikszHostExportTable(t: Translate, rows: IkszHostRow[], baseUrl: string): ExportTable<IkszHostRow> {
  return {
    filename: 'kapocs-iksz-fogado-helyek',
    sheetName: t('programs.iksz.sheet'),
    rows,
    columns: [
      { header: t('programs.iksz.organization'), value: (r) => r.organizationName, width: 40 },
      { header: t('programs.iksz.opportunity'), value: (r) => r.title, width: 40 },
      { header: t('programs.iksz.areas'), value: (r) => r.areas.map((a) => ikszAreaLabel(t, a)).join('; '), width: 50 },
      { header: t('programs.iksz.place'), value: (r) => r.placeName, width: 24 },
      { header: t('programs.iksz.county'), value: (r) => r.county, width: 20 },
      { header: t('programs.iksz.distance'), value: (r) => (r.distanceKm == null ? null : Math.round(r.distanceKm * 10) / 10) },
      { header: t('programs.iksz.link'), value: (r) => `${baseUrl}/opportunities/${r.opportunityId}`, width: 60 },
    ],
  };
}
