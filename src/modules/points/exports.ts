import type { ExportTable } from '../../platform/export.js';
import type { Translate } from '../../platform/i18n.js';
import type { Consultation } from './consulting-service.js';
import type { SettlementCoverage } from './coverage.js';

/** A center's consulting log as a spreadsheet, one row per consultation, its actions in one cell. */
export function consultationExportTable(t: Translate, rows: Consultation[]): ExportTable<Consultation> {
  return {
    filename: 'kapocs-pont-tanacsadas',
    sheetName: t('points.consulting.title'),
    rows,
    columns: [
      { header: t('points.consulting.heldOn'), value: (c) => c.heldOn, width: 14 },
      { header: t('points.field.name'), value: (c) => c.pointName, width: 36 },
      { header: t('points.consulting.kindLabel'), value: (c) => t(`points.consulting.kind.${c.kind as 'visit'}`) },
      { header: t('points.consulting.topics'), value: (c) => c.topics, width: 40 },
      { header: t('points.consulting.notes'), value: (c) => c.notes, width: 40 },
      {
        header: t('points.consulting.actions'),
        value: (c) => c.actions.map((a) => `${a.description}${a.dueOn ? ` (${a.dueOn})` : ''}${a.doneAt ? ' ✓' : ''}`).join('; '),
        width: 50,
      },
      { header: t('points.consulting.openActions'), value: (c) => c.openActions, width: 12 },
    ],
  };
}

/** The uncovered settlements of a county, for planning where to scout. */
export function uncoveredExportTable(t: Translate, rows: SettlementCoverage[]): ExportTable<SettlementCoverage> {
  return {
    filename: 'kapocs-lefedetlen-telepulesek',
    sheetName: t('points.coverage.uncoveredTitle'),
    rows,
    columns: [
      { header: t('points.field.place'), value: (s) => s.name, width: 30 },
      { header: t('points.coverage.population'), value: (s) => s.population, width: 14 },
      { header: t('points.coverage.nearest'), value: (s) => s.nearestPoint, width: 36 },
      { header: t('points.coverage.nearestKm'), value: (s) => (s.nearestKm === null ? null : Math.round(s.nearestKm * 10) / 10), width: 14 },
    ],
  };
}
