import type { ExportTable } from '../../platform/export.js';
import type { Translate } from '../../platform/i18n.js';
import type { PlaceDetails } from './service.js';
import { settlementTypeLabel } from './views/place-formats.js';

/** The search results as a spreadsheet: every column of the data set, full postal code lists. */
export function placesExportTable(t: Translate, rows: PlaceDetails[]): ExportTable<PlaceDetails> {
  return {
    filename: 'kapocs-telepulesek',
    sheetName: t('places.export.sheet'),
    rows,
    columns: [
      { header: t('places.col.name'), value: (p) => p.name, width: 28 },
      { header: t('places.col.county'), value: (p) => p.county, width: 24 },
      { header: t('places.col.district'), value: (p) => p.district, width: 24 },
      { header: t('places.col.type'), value: (p) => settlementTypeLabel(t, p.settlementType), width: 20 },
      { header: t('places.col.postalCodes'), value: (p) => p.postalCodes.join(' '), width: 30 },
      { header: t('places.col.population'), value: (p) => p.population, width: 14 },
      { header: t('places.col.lat'), value: (p) => p.lat, width: 12 },
      { header: t('places.col.lon'), value: (p) => p.lon, width: 12 },
      { header: t('places.col.kshCode'), value: (p) => p.kshCode, width: 10 },
    ],
  };
}
