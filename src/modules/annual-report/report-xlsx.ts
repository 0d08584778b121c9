import { translator } from '../../platform/i18n.js';
import type { ReportDocument } from './report-document.js';

const t = translator('hu');

/** A sheet name Excel takes: at most 31 characters, none of []:*?/\ . */
const sheetNameOf = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/**
 * The annual report as a workbook: a summary sheet (title and notes), then one sheet per section with
 * its paragraphs and tables (caption, header row, rows). Figures stay numbers (hours as decimal hours,
 * forints as whole numbers) so they can be summed; "< 5" stays text.
 */
export async function renderAnnualReportXlsx(doc: ReportDocument): Promise<Buffer> {
  // Loaded with the first workbook, not at start (issue 13), as platform/export.ts does.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kapocs';
  workbook.title = doc.title;
  const summary = workbook.addWorksheet(sheetNameOf(t('annualReport.doc.sheetSummary')));
  summary.getColumn(1).width = 100;
  summary.addRow([doc.title]).font = { bold: true, size: 14 };
  for (const note of doc.notes) summary.addRow([note]);
  for (const section of doc.sections) summary.addRow([section.heading]);

  for (const section of doc.sections) {
    const sheet = workbook.addWorksheet(sheetNameOf(section.heading));
    const widest = Math.max(1, ...section.tables.map((table) => table.header.length));
    sheet.columns = Array.from({ length: widest }, (_, i) => ({ width: i === 0 ? 48 : 20 }));
    sheet.addRow([section.heading]).font = { bold: true, size: 14 };
    for (const paragraph of section.paragraphs) sheet.addRow([paragraph]);
    for (const table of section.tables) {
      sheet.addRow([]);
      sheet.addRow([table.caption]).font = { bold: true };
      sheet.addRow(table.header).font = { bold: true };
      for (const cells of table.rows) sheet.addRow(cells.map((c) => c.value));
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
