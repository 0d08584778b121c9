import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  contentDisposition,
  datedFileName,
  type ExportTable,
  exportFormatOf,
  neutraliseFormula,
  sendExport,
  toCsv,
  toXlsx,
  xlsxCell,
  xlsxDayFormat,
  xlsxTimestampFormat,
} from './export.js';

type Row = { name: string; count: number; at: Date | null };
const table: ExportTable<Row> = {
  filename: 'teszt',
  sheetName: 'Teszt',
  rows: [
    { name: 'Őrség; Űrhajós, "árvíztűrő"', count: 3, at: new Date('2026-11-24T08:05:00Z') },
    { name: '=HYPERLINK("http://x")', count: -1, at: null },
    { name: '-2+3', count: 0, at: null },
    { name: '@SUM(A1)', count: 1, at: null },
    { name: '\tTab', count: 1, at: null },
  ],
  columns: [
    { header: 'Név', value: (r) => r.name },
    { header: 'Darab', value: (r) => r.count },
    { header: 'Időpont', value: (r) => r.at },
  ],
};

describe('neutraliseFormula', () => {
  it.each([
    // Formula starts are guarded…
    ['=1+1', "'=1+1"],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+A1', "'+A1"],
    ['+36 30 123 4567 =A1', "'+36 30 123 4567 =A1"],
    ['+36', "'+36"],
    ['-12', "'-12"],
    ['-5', "'-5"],
    ['-1+2', "'-1+2"],
    ['@x', "'@x"],
    ['+1 ', "'+1 "],
    ['+HYPERLINK("http://x")', '\'+HYPERLINK("http://x")'],
    // …phone numbers are not: digits, spaces, brackets, "/" and "-" cannot run anything.
    ['+36 30 123 4567', '+36 30 123 4567'],
    ['+36 1 234', '+36 1 234'],
    ['+36 (1) 234-5678', '+36 (1) 234-5678'],
    ['+36301234567', '+36301234567'],
    ['06 30 123 4567', '06 30 123 4567'],
    ['@cmd', "'@cmd"],
    ['\r=x', "'\r=x"],
    ['Kecskemét', 'Kecskemét'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });
});

describe('toCsv', () => {
  const csv = toCsv(table);
  const lines = csv.slice(1).split('\r\n');

  it('starts with a UTF-8 byte-order mark and a header row', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines[0]).toBe('Név,Darab,Időpont');
  });

  it('quotes commas, quotes and semicolons; writes dates in Budapest time', () => {
    expect(lines[1]).toBe('"Őrség; Űrhajós, ""árvíztűrő""",3,2026-11-24 09:05');
  });

  it('neutralises formulas in text but leaves numbers as numbers', () => {
    expect(lines[2]).toBe(`"'=HYPERLINK(""http://x"")",-1,`);
    expect(lines[3]).toBe("'-2+3,0,");
    expect(lines[4]).toBe("'@SUM(A1),1,");
    expect(lines[5]).toBe("'\tTab,1,");
  });
});

describe('toCsv read back by a CSV parser', () => {
  it('gives the cells back, a phone number unchanged and formulas neutralised', () => {
    const phones: ExportTable<{ phone: string }> = {
      filename: 'x',
      sheetName: 'x',
      rows: [{ phone: '+36 30 123 4567' }, { phone: '=SUM(A1)' }],
      columns: [{ header: 'Telefon', value: (r) => r.phone }],
    };
    const records = parse(toCsv(phones), { bom: true }) as string[][];
    expect(records).toEqual([['Telefon'], ['+36 30 123 4567'], ["'=SUM(A1)"]]);
  });
});

describe('xlsxCell', () => {
  it.each([
    [null, { value: null }],
    [undefined, { value: null }],
    ['', { value: null }],
    [0, { value: 0 }],
    [-12.5, { value: -12.5 }],
    ['=SUM(A1)', { value: '=SUM(A1)' }],
    ['+36 30 123 4567', { value: '+36 30 123 4567' }],
    ['2026-11-24', { value: new Date('2026-11-24T00:00:00Z'), numFmt: xlsxDayFormat }],
    ['2026-02-30', { value: '2026-02-30' }],
    // 08:05 UTC is 09:05 in Budapest in winter, 10:05 UTC is 12:05 in summer.
    [new Date('2026-11-24T08:05:00Z'), { value: new Date('2026-11-24T09:05:00Z'), numFmt: xlsxTimestampFormat }],
    [new Date('2026-07-01T10:05:00Z'), { value: new Date('2026-07-01T12:05:00Z'), numFmt: xlsxTimestampFormat }],
  ])('%j → %j', (input, output) => {
    expect(xlsxCell(input)).toEqual(output);
  });
});

describe('toXlsx', () => {
  it('writes typed cells: text as text, numbers as numbers, dates as date cells, empty as empty', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(table)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Teszt');
    if (!sheet) throw new Error('sheet missing');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Név', 'Darab', 'Időpont']);
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe('Őrség; Űrhajós, "árvíztűrő"');
    expect(first.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(first.getCell(2).value).toBe(3);
    expect(first.getCell(3).type).toBe(ExcelJS.ValueType.Date);
    expect(first.getCell(3).value).toEqual(new Date('2026-11-24T09:05:00Z'));
    expect(first.getCell(3).numFmt).toBe('yyyy. mm. dd. hh:mm');
    // A formula-looking name is stored as a plain string, without the CSV apostrophe: never run.
    const formulaLike = sheet.getRow(3).getCell(1);
    expect(formulaLike.type).toBe(ExcelJS.ValueType.String);
    expect(formulaLike.value).toBe('=HYPERLINK("http://x")');
    expect(formulaLike.formula).toBeUndefined();
    expect(sheet.getRow(3).getCell(3).type).toBe(ExcelJS.ValueType.Null);
    expect(sheet.getRow(3).getCell(3).value).toBeNull();
    expect(sheet.rowCount).toBe(6);
  });

  it('writes calendar days as date cells with the Hungarian day format', async () => {
    const days: ExportTable<{ day: string }> = {
      filename: 'x',
      sheetName: 'Napok',
      rows: [{ day: '2026-03-29' }],
      columns: [{ header: 'Nap', value: (r) => r.day }],
    };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(days)) as unknown as ArrayBuffer);
    const cell = workbook.getWorksheet('Napok')?.getRow(2).getCell(1);
    expect(cell?.type).toBe(ExcelJS.ValueType.Date);
    expect(cell?.value).toEqual(new Date('2026-03-29T00:00:00Z'));
    expect(cell?.numFmt).toBe('yyyy. mm. dd.');
  });
});

describe('exportFormatOf', () => {
  it('accepts only csv and xlsx', () => {
    expect(exportFormatOf({ format: 'csv' })).toBe('csv');
    expect(exportFormatOf({ format: 'xlsx' })).toBe('xlsx');
    expect(exportFormatOf({ format: 'pdf' })).toBeUndefined();
    expect(exportFormatOf({ format: ['csv'] })).toBeUndefined();
    expect(exportFormatOf(undefined)).toBeUndefined();
  });
});

describe('file names carry the Budapest calendar day', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['2026-12-06T23:30:00Z', '2026-12-07'], // 00:30 in Budapest (CET): already the next day
    ['2026-12-06T22:59:00Z', '2026-12-06'],
    ['2026-07-31T22:30:00Z', '2026-08-01'], // 00:30 in summer time (CEST)
    ['2026-12-31T23:00:00Z', '2027-01-01'],
  ])('made at %s → %s', (instant, day) => {
    expect(datedFileName('kapocs-naplo', 'csv', new Date(instant))).toBe(`kapocs-naplo-${day}.csv`);
  });

  it('dates a list export by the clock in Budapest', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-06T23:30:00Z'));
    expect(datedFileName('kapocs-adataim', 'zip')).toBe('kapocs-adataim-2026-12-07.zip');
    const headers: Record<string, string> = {};
    const reply = {
      header(name: string, value: string) {
        headers[name] = value;
        return this;
      },
      type() {
        return this;
      },
      send() {
        return this;
      },
    } as unknown as FastifyReply;
    await sendExport(reply, 'csv', { filename: 'kapocs-települések', sheetName: 'x', columns: [], rows: [] });
    expect(headers['Content-Disposition']).toBe(contentDisposition('kapocs-települések-2026-12-07.csv'));
    expect(headers['Content-Disposition']).toContain('filename="kapocs-telepulesek-2026-12-07.csv"');
  });
});
