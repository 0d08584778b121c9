import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type ExportTable, exportFormatOf, neutraliseFormula, toCsv, toXlsx } from './export.js';

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
    ['=1+1', "'=1+1"],
    ['+36 1 234', "'+36 1 234"],
    ['-5', "'-5"],
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

describe('toXlsx', () => {
  it('writes a sheet that reads back with the same cells', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(table)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Teszt');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Név', 'Darab', 'Időpont']);
    expect(sheet?.getRow(2).values).toEqual([undefined, 'Őrség; Űrhajós, "árvíztűrő"', 3, '2026-11-24 09:05']);
    expect(sheet?.getRow(3).getCell(1).value).toBe('\'=HYPERLINK("http://x")');
    expect(sheet?.getRow(3).getCell(1).formula).toBeUndefined();
    expect(sheet?.rowCount).toBe(6);
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
