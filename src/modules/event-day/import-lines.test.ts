import { describe, expect, it } from 'vitest';
import { readLines } from './import-service.js';

/** How the import reads pasted rows: the delimiter, a header, quoted cells, empty lines and row numbers. */
describe('readLines', () => {
  it('reads a spreadsheet copy (tabs) and skips its header row, keeping the pasted row numbers', () => {
    const lines = readLines('E-mail\tFeladatok\n\nanna@example.hu\tRajt-cél, Frissítőpont\n');
    expect(lines).toEqual([{ row: 3, cells: ['anna@example.hu', 'Rajt-cél, Frissítőpont'] }]);
  });

  it('reads a Hungarian CSV (semicolons) and a comma CSV with quoted lists', () => {
    expect(readLines('anna@example.hu;Rajt-cél;08:00')[0]?.cells).toEqual(['anna@example.hu', 'Rajt-cél', '08:00']);
    expect(readLines('anna@example.hu,"Rajt-cél, Frissítőpont",08:00')[0]?.cells).toEqual(['anna@example.hu', 'Rajt-cél, Frissítőpont', '08:00']);
  });

  it('ignores a byte-order mark and rows of empty cells', () => {
    expect(readLines('\uFEFFanna@example.hu;;\n;;;\n').map((l) => l.row)).toEqual([1]);
  });
});
