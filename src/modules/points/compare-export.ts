import type { ExportColumn, ExportTable } from '../../platform/export.js';
import type { Translate } from '../../platform/i18n.js';
import { compareMeasures } from './compare-schema.js';
import type { CompareRow, Comparison } from './compare-service.js';

const rounded = (n: number | null, digits: number) => (n === null ? null : Math.round(n * 10 ** digits) / 10 ** digits);

/** The comparison's table as a spreadsheet: the same rows and order as on screen; "–" cells stay empty. */
export function comparisonExportTable(t: Translate, c: Comparison): ExportTable<CompareRow> {
  const centers = c.kind === 'centers';
  const columns: ExportColumn<CompareRow>[] = [
    { header: t(centers ? 'points.compare.col.center' : 'points.compare.col.point'), value: (r) => r.name, width: 36 },
    ...(centers ? [] : [{ header: t('points.field.status'), value: (r: CompareRow) => (r.status ? t(`points.status.${r.status}`) : null), width: 14 }]),
    { header: t('points.compare.col.population'), value: (r) => r.population, width: 14 },
    ...compareMeasures.map((m) => ({ header: t(`points.compare.col.${m}`), value: (r: CompareRow) => rounded(r.figures[m], 2), width: 14 })),
    ...compareMeasures.map((m) => ({
      header: t('points.compare.per1000Of', { what: t(`points.compare.col.${m}`) }),
      value: (r: CompareRow) => rounded(r.per1000[m], 3),
      width: 18,
    })),
  ];
  const name = centers ? 'kozpontok' : 'pontok';
  return {
    filename: `kapocs-${name}-osszehasonlitas-${c.from}-${c.to}`,
    sheetName: t(centers ? 'points.compare.centersTitle' : 'points.compare.title'),
    rows: c.rows,
    columns,
  };
}
