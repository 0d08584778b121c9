import type { ExportTable } from '../../platform/export.js';
import type { Translate } from '../../platform/i18n.js';
import { isReadinessAnswer, isReadinessArea, type ReadinessArea, readinessAreas } from './areas.js';
import type { CenterReadinessRow } from './repo.js';

/** The center's readiness table as a spreadsheet: the columns on screen, the center, and the gaps by name. */
export function readinessExportTable(t: Translate, rows: CenterReadinessRow[]): ExportTable<CenterReadinessRow> {
  const answerOf = (r: CenterReadinessRow, area: ReadinessArea) => {
    if (!r.answers) return null;
    const answer = r.answers[area];
    return isReadinessAnswer(answer) ? t(`readiness.answer.${answer}`) : t('readiness.answer.none');
  };
  return {
    filename: t('readiness.export.filename'),
    sheetName: t('readiness.export.sheet'),
    rows,
    columns: [
      { header: t('readiness.field.organization'), value: (r) => r.name, width: 40 },
      { header: t('readiness.field.center'), value: (r) => r.centerName, width: 36 },
      { header: t('readiness.field.date'), value: (r) => r.submittedAt ?? t('readiness.notAssessed'), width: 18 },
      ...readinessAreas.map((area) => ({ header: t(`readiness.area.${area}`), value: (r: CenterReadinessRow) => answerOf(r, area), width: 16 })),
      { header: t('readiness.field.gapCount'), value: (r) => r.gaps?.length ?? null, width: 12 },
      {
        header: t('readiness.field.gapList'),
        value: (r) =>
          (r.gaps ?? [])
            .filter(isReadinessArea)
            .map((g) => t(`readiness.area.${g}`))
            .join(', '),
        width: 48,
      },
      { header: 'ID', value: (r) => r.id, width: 38 },
    ],
  };
}
