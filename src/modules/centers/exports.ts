import type { ExportTable } from '../../platform/export.js';
import type { Translate } from '../../platform/i18n.js';
import type { Point } from '../points/service.js';
import type { Center } from './service.js';

/** The centers list as a spreadsheet: the columns on screen plus the contact data. */
export function centerExportTable(t: Translate, rows: Center[]): ExportTable<Center> {
  return {
    filename: 'kapocs-kozpontok',
    sheetName: t('centers.list.title'),
    rows,
    columns: [
      { header: t('centers.field.name'), value: (c) => c.name, width: 40 },
      { header: t('centers.field.county'), value: (c) => c.county },
      { header: t('centers.field.place'), value: (c) => c.placeName },
      { header: t('centers.field.address'), value: (c) => c.address, width: 32 },
      { header: t('centers.field.email'), value: (c) => c.email, width: 32 },
      { header: t('centers.field.phone'), value: (c) => c.phone },
      { header: t('centers.list.points'), value: (c) => c.pointCount, width: 12 },
      { header: t('centers.list.created'), value: (c) => c.createdAt, width: 18 },
      { header: 'ID', value: (c) => c.id, width: 38 },
    ],
  };
}

/** The Volunteer Points of one center as a spreadsheet. */
export function pointExportTable(t: Translate, rows: Point[]): ExportTable<Point> {
  return {
    filename: 'kapocs-onkentes-pontok',
    sheetName: t('points.list.title'),
    rows,
    columns: [
      { header: t('points.field.name'), value: (p) => p.name, width: 40 },
      { header: t('points.field.center'), value: (p) => p.centerName, width: 40 },
      { header: t('points.field.place'), value: (p) => p.placeName },
      { header: t('centers.field.county'), value: (p) => p.placeCounty },
      { header: t('points.field.address'), value: (p) => p.address, width: 32 },
      { header: t('points.field.email'), value: (p) => p.email, width: 32 },
      { header: t('points.field.phone'), value: (p) => p.phone },
      { header: t('centers.list.created'), value: (p) => p.createdAt, width: 18 },
      { header: 'ID', value: (p) => p.id, width: 38 },
    ],
  };
}
