import { stringify } from 'csv-stringify/sync';
import type { FastifyReply } from 'fastify';
import { budapestDay, budapestWallMinutes, isCalendarDay } from './budapest-time.js';

/** What a list can be downloaded as: `?format=csv` or `?format=xlsx`. */
export const exportFormats = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** Reads `?format=` from a query string; anything else means "show the page". */
export function exportFormatOf(query: unknown): ExportFormat | undefined {
  const format = (query as Record<string, unknown> | undefined)?.format;
  return exportFormats.find((f) => f === format);
}

/**
 * Exports run in the request, so they are capped; the list pages are paged and filters narrow the
 * set. A larger national export belongs in a background job (see ADR on exports).
 */
export const maxExportRows = 50_000;

export type ExportCell = string | number | Date | null | undefined;
export type ExportColumn<T> = { header: string; value: (row: T) => ExportCell; width?: number };
export type ExportTable<T> = { filename: string; sheetName: string; columns: ExportColumn<T>[]; rows: T[] };

/**
 * A phone number as people type it: "+36 30 123 4567", "+36 (1) 234-5678". Digits, spaces, brackets,
 * "/" and "-" can form no function call and no cell reference, so nothing in it can run; the guard
 * below would only spoil it with a leading apostrophe.
 */
const phoneNumber = /^\+[0-9][0-9 ()/-]{5,}$/;

/**
 * Spreadsheet programs run a CSV cell that starts with = + - @ (or a tab / carriage return) as a
 * formula: a name like "=HYPERLINK(…)" typed into a form must stay text (OWASP "CSV injection").
 * XLSX needs no guard: its cells are typed, and a string cell is never read as a formula.
 */
export function neutraliseFormula(text: string): string {
  if (phoneNumber.test(text)) return text;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const budapestStamp = new Intl.DateTimeFormat('sv-SE', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Budapest',
});

/** CSV dates as "2026-11-24 09:05" in Hungarian local time: sortable, and every spreadsheet reads it. */
function cellText(value: ExportCell): string | number {
  if (value == null) return '';
  if (value instanceof Date) return budapestStamp.format(value);
  if (typeof value === 'number') return value;
  return neutraliseFormula(value);
}

function csvCells<T>(table: ExportTable<T>): (string | number)[][] {
  return table.rows.map((row) => table.columns.map((c) => cellText(c.value(row))));
}

/**
 * UTF-8 with a byte-order mark (so Excel reads ő and ű), comma separated; csv-stringify quotes every
 * cell that holds a comma, quote or line break, and we also quote cells with ";" so a spreadsheet set
 * to the Hungarian ";" list separator never splits a cell either.
 */
export function toCsv<T>(table: ExportTable<T>): string {
  return stringify([table.columns.map((c) => neutraliseFormula(c.header)), ...csvCells(table)], {
    bom: true,
    quoted_match: /;/,
    record_delimiter: 'windows',
  });
}

/** Hungarian spreadsheet formats: "2026. 11. 24." for calendar days, "2026. 11. 24. 09:05" for instants. */
export const xlsxDayFormat = 'yyyy. mm. dd.';
export const xlsxTimestampFormat = 'yyyy. mm. dd. hh:mm';

type XlsxCell = { value: string | number | Date | null; numFmt?: string };

/**
 * One XLSX cell, typed from the value: numbers stay numbers (so they sum), instants become date cells
 * on the Budapest wall clock (a spreadsheet date has no time zone, and exceljs writes a Date's UTC
 * fields, so the wall clock is passed as if it were UTC), "YYYY-MM-DD" calendar days (how the
 * database hands out date columns) become date cells too, empty values become empty cells.
 */
export function xlsxCell(value: ExportCell): XlsxCell {
  if (value == null || value === '') return { value: null };
  if (value instanceof Date) return { value: new Date(budapestWallMinutes(value) * 60_000), numFmt: xlsxTimestampFormat };
  if (typeof value === 'number') return { value };
  if (isCalendarDay(value)) return { value: new Date(`${value}T00:00:00Z`), numFmt: xlsxDayFormat };
  return { value };
}

export async function toXlsx<T>(table: ExportTable<T>): Promise<Buffer> {
  // Loaded with the first XLSX export, not at start (issue 13: start time and memory).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kapocs';
  const sheet = workbook.addWorksheet(table.sheetName.slice(0, 31));
  sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.width ?? 24 }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of table.rows) {
    const cells = table.columns.map((c) => xlsxCell(c.value(row)));
    const added = sheet.addRow(cells.map((c) => c.value));
    cells.forEach((c, i) => {
      if (c.numFmt) added.getCell(i + 1).numFmt = c.numFmt;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A download's name with the day it was made on the Budapest calendar (never the UTC day: a file
 * made at 00:30 on 7 December in Budapest is dated 2026-12-07), e.g. `kapocs-naplo-2026-12-07.csv`.
 */
export function datedFileName(base: string, extension: string, madeAt: Date = new Date()): string {
  return `${base}-${budapestDay(madeAt)}.${extension}`;
}

/** "kapocs-kozpontok" + date: an ASCII file name for old clients, the real one in filename*. */
export function contentDisposition(filename: string): string {
  const ascii = filename
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9._-]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** Sends the list as a download: CSV or XLSX, named `<filename>-<date>.<ext>`. */
export async function sendExport<T>(reply: FastifyReply, format: ExportFormat, table: ExportTable<T>): Promise<FastifyReply> {
  reply.header('Content-Disposition', contentDisposition(datedFileName(table.filename, format))).header('Cache-Control', 'no-store');
  if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(toCsv(table));
  return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await toXlsx(table));
}
