import { type StructureElement, TaggedPdf } from '../../platform/tagged-pdf.js';
import type { DocChart, DocTable, ReportDocument } from './report-document.js';

/**
 * The annual report as a tagged A4 PDF (platform/tagged-pdf.ts): the title, a heading per section,
 * its tables (header cells scoped to their columns, the first cell of a row heading the row), and
 * the hours by month as a vector bar chart after its table, a Figure whose alternate text points
 * to that table. Bars and rules are drawn shapes (no image), so the chart prints sharp at any size.
 */
export async function renderAnnualReportPdf(doc: ReportDocument, madeAt: Date): Promise<Buffer> {
  const tagged = await TaggedPdf.create({ title: doc.title, lang: 'hu-HU', createdAt: madeAt });
  const { doc: pdf, root } = tagged;
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;
  const ensureRoom = (height: number) => {
    if (pdf.y + height > bottom()) pdf.addPage();
  };

  tagged.block(root, 'H1', () => pdf.font('bold').fontSize(18).text(doc.title, left, pdf.y, { width }));
  pdf.moveDown(0.5);
  for (const note of doc.notes) tagged.block(root, 'P', () => pdf.font('body').fontSize(9.5).text(note, left, pdf.y, { width }));

  for (const section of doc.sections) {
    pdf.moveDown(1);
    ensureRoom(80);
    tagged.block(root, 'H2', () => pdf.font('bold').fontSize(14).text(section.heading, left, pdf.y, { width }));
    pdf.moveDown(0.4);
    section.paragraphs.forEach((p, i) => {
      // The first paragraph of the value section is the figure itself: set large.
      const size = section.key === 'economicValue' && i === 0 ? 16 : 10.5;
      tagged.block(root, 'P', () =>
        pdf
          .font(size > 12 ? 'bold' : 'body')
          .fontSize(size)
          .text(p, left, pdf.y, { width }),
      );
      pdf.moveDown(0.3);
    });
    for (const table of section.tables) {
      drawTable(tagged, root, table, { left, width, bottom });
      // The chart comes right after the table that holds its figures.
      if (section.chart && table.caption === section.chart.title) drawChart(tagged, root, section.chart, { left, width, ensureRoom });
    }
  }
  return tagged.finish();
}

type Frame = { left: number; width: number };

function drawChart(tagged: TaggedPdf, root: StructureElement, chart: DocChart, frame: Frame & { ensureRoom: (h: number) => void }) {
  const pdf = tagged.doc;
  const height = 150;
  frame.ensureRoom(height + 20);
  pdf.moveDown(0.5);
  const top = pdf.y;
  const axisY = top + height - 16;
  const max = Math.max(1, ...chart.bars.map((b) => b.value));
  const slot = frame.width / Math.max(1, chart.bars.length);
  const barWidth = Math.min(28, slot * 0.6);
  tagged.block(
    root,
    'Figure',
    () => {
      chart.bars.forEach((bar, i) => {
        const x = frame.left + i * slot + (slot - barWidth) / 2;
        const barHeight = ((axisY - top - 14) * bar.value) / max;
        if (barHeight > 0) pdf.rect(x, axisY - barHeight, barWidth, barHeight).fill('#2f6f8f');
        pdf
          .fillColor('#000000')
          .font('body')
          .fontSize(8)
          .text(bar.label, frame.left + i * slot, axisY + 3, { width: slot, align: 'center', lineBreak: false });
      });
      pdf
        .moveTo(frame.left, axisY)
        .lineTo(frame.left + frame.width, axisY)
        .lineWidth(0.5)
        .stroke('#000000');
    },
    { alt: chart.alt, bbox: [frame.left, top, frame.left + frame.width, top + height] },
  );
  pdf.x = frame.left;
  pdf.y = top + height + 6;
}

function drawTable(tagged: TaggedPdf, root: StructureElement, table: DocTable, frame: Frame & { bottom: () => number }) {
  const pdf = tagged.doc;
  const columns = table.header.length;
  // The first column (the row's name) gets the room it needs; the figures share the rest.
  const firstWidth = columns === 1 ? frame.width : Math.max(frame.width * 0.4, frame.width - (columns - 1) * 110);
  const otherWidth = columns === 1 ? 0 : (frame.width - firstWidth) / (columns - 1);
  const xOf = (i: number) => (i === 0 ? frame.left : frame.left + firstWidth + (i - 1) * otherWidth);
  const widthOf = (i: number) => (i === 0 ? firstWidth : otherWidth) - 6;
  pdf.moveDown(0.6);
  if (pdf.y + 60 > frame.bottom()) pdf.addPage();
  tagged.group(root, 'Table', (element) => {
    tagged.block(element, 'Caption', () => pdf.font('bold').fontSize(10.5).text(table.caption, frame.left, pdf.y, { width: frame.width }));
    pdf.moveDown(0.2);
    const row = (cells: string[], header: boolean) => {
      pdf.font(header ? 'bold' : 'body').fontSize(9.5);
      const height = Math.max(...cells.map((c, i) => pdf.heightOfString(c || ' ', { width: widthOf(i) })));
      if (pdf.y + height > frame.bottom()) pdf.addPage();
      const y = pdf.y;
      tagged.group(element, 'TR', (tr) => {
        cells.forEach((cell, i) => {
          const type = header || i === 0 ? 'TH' : 'TD';
          const options = header ? { scope: 'Column' as const } : i === 0 ? { scope: 'Row' as const } : {};
          tagged.block(tr, type, () => pdf.text(cell, xOf(i), y, { width: widthOf(i), align: i === 0 ? 'left' : 'right' }), options);
        });
      });
      pdf.y = y + height + 3;
      tagged.artifact(() =>
        pdf
          .moveTo(frame.left, pdf.y - 1.5)
          .lineTo(frame.left + frame.width, pdf.y - 1.5)
          .lineWidth(header ? 0.8 : 0.3)
          .stroke('#888888'),
      );
    };
    row(table.header, true);
    for (const cells of table.rows)
      row(
        cells.map((c) => c.text),
        false,
      );
  });
  pdf.x = frame.left;
}
