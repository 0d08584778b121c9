import type { Locale, Translate } from '../../platform/i18n.js';
import { type StructureElement, TaggedPdf } from '../../platform/tagged-pdf.js';
import type { EvidencePack } from './evidence-service.js';
import { evidenceTexts, evidenceTitle } from './evidence-texts.js';

type Bar = { label: string; value: number; valueText: string };

/**
 * The evidence pack as a tagged A4 PDF (platform/tagged-pdf.ts, DejaVu fonts with ő and ű): title,
 * area and year, the key figures against the year before, bar charts drawn as vector rectangles
 * (each a Figure with its numbers as alternate text, and the same numbers in the table after it),
 * the tables, the economic value with the method and its sources. The figures are the pack's shown
 * ones, so small numbers are hidden as on the page.
 */
export async function renderEvidencePdf(t: Translate, locale: Locale, pack: EvidencePack, createdAt: Date): Promise<Buffer> {
  const title = evidenceTitle(t, locale, pack.request);
  const tagged = await TaggedPdf.create({ title, lang: locale === 'hu' ? 'hu-HU' : 'en-GB', createdAt });
  const { doc: pdf, root } = tagged;
  const x = evidenceTexts(t, locale);
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;
  const room = (height: number) => {
    if (pdf.y + height > bottom()) pdf.addPage();
  };
  const paragraph = (text: string, size = 10, font: 'body' | 'bold' = 'body') => {
    room(size * 2);
    tagged.block(root, 'P', () => pdf.font(font).fontSize(size).text(text, left, pdf.y, { width }));
    pdf.moveDown(0.5);
  };
  /** A section heading, kept on one page with the first `keepWith` points of what follows it. */
  const heading = (text: string, keepWith = 120) => {
    room(keepWith + 30);
    pdf.moveDown(0.6);
    tagged.block(root, 'H2', () => pdf.font('bold').fontSize(13).text(text, left, pdf.y, { width }));
    pdf.moveDown(0.4);
  };

  /** A table: a header row, then rows whose first cell is the row's header; a row that does not fit starts a new page. */
  const table = (headers: string[], rows: string[][]) => {
    const first = width * 0.34;
    const rest = (width - first) / Math.max(1, headers.length - 1);
    const columnX = (i: number) => (i === 0 ? left : left + first + (i - 1) * rest);
    const columnWidth = (i: number) => (i === 0 ? first : rest) - 6;
    tagged.group(root, 'Table', (tableElement) => {
      const row = (cells: string[], header: boolean) => {
        pdf.font(header ? 'bold' : 'body').fontSize(9);
        const height = Math.max(...cells.map((c, i) => pdf.heightOfString(c, { width: columnWidth(i) })));
        room(height + 4);
        const y = pdf.y;
        tagged.group(tableElement, 'TR', (tr) => {
          cells.forEach((c, i) => {
            const type = header || i === 0 ? 'TH' : 'TD';
            const options = header ? { scope: 'Column' as const } : i === 0 ? { scope: 'Row' as const } : {};
            tagged.block(tr, type, () => pdf.font(header || i === 0 ? 'bold' : 'body').text(c, columnX(i), y, { width: columnWidth(i) }), options);
          });
        });
        pdf.y = y + height + 4;
        pdf.x = left;
      };
      row(headers, true);
      for (const r of rows) row(r, false);
    });
    pdf.moveDown(0.5);
  };

  /** Bars as vector rectangles; `rows`: a bar per line with its label before it, else columns side by side. */
  const chart = (bars: Bar[], alt: string, layout: 'rows' | 'columns') => {
    const max = Math.max(0, ...bars.map((b) => b.value));
    const height = layout === 'rows' ? bars.length * 18 + 4 : 150;
    room(height + 10);
    const top = pdf.y;
    tagged.block(
      root,
      'Figure',
      () => {
        pdf.font('body').fontSize(8).fillColor('#000000');
        if (layout === 'rows') {
          const labelWidth = 150;
          const plot = width - labelWidth - 90;
          bars.forEach((b, i) => {
            const y = top + i * 18;
            const w = max > 0 ? (b.value / max) * plot : 0;
            pdf.text(b.label, left, y + 3, { width: labelWidth - 8, align: 'right', lineBreak: false, ellipsis: true });
            if (w > 0) pdf.rect(left + labelWidth, y + 2, w, 12).fill('#1f5f8b');
            pdf.fillColor('#000000').text(b.valueText, left + labelWidth + w + 4, y + 3, { lineBreak: false });
          });
        } else {
          const plotHeight = height - 30;
          const slot = width / Math.max(1, bars.length);
          const base = top + plotHeight + 12;
          pdf
            .moveTo(left, base)
            .lineTo(left + width, base)
            .lineWidth(0.5)
            .stroke();
          bars.forEach((b, i) => {
            const h = max > 0 ? (b.value / max) * plotHeight : 0;
            const bx = left + i * slot;
            if (h > 0) pdf.rect(bx + slot * 0.18, base - h, slot * 0.64, h).fill('#1f5f8b');
            pdf.fillColor('#000000').text(b.valueText, bx, base - h - 10, { width: slot, align: 'center', lineBreak: false });
            pdf.text(b.label, bx, base + 4, { width: slot, align: 'center', lineBreak: false });
          });
        }
      },
      { alt, bbox: [left, top, left + width, top + height] },
    );
    pdf.fillColor('#000000');
    pdf.y = top + height + 8;
    pdf.x = left;
  };

  tagged.block(root, 'H1', () => pdf.font('bold').fontSize(17).text(title, left, pdf.y, { width }));
  pdf.moveDown(0.6);
  paragraph(t('advocacy.evidence.pdf.made', { day: x.day(pack.madeOn) }));
  if (pack.suppressed) paragraph(t('advocacy.evidence.suppressedArea'), 10, 'bold');
  paragraph(t('advocacy.evidence.smallNumbers'), 9);

  heading(t('advocacy.evidence.figures.title'));
  table(
    [
      t('advocacy.evidence.field.figure'),
      String(pack.year),
      String(pack.year - 1),
      t('advocacy.evidence.field.difference'),
      t('advocacy.evidence.field.percent'),
    ],
    pack.trend.map((r) => [x.figureLabel(r.figure), x.figure(r.figure, r.current), x.figure(r.figure, r.previous), x.difference(r), x.percent(r)]),
  );
  paragraph(`${t('advocacy.evidence.value.title')}: ${x.money(pack.valueFt)}`, 12, 'bold');

  const listed = (rows: { label: string; text: string }[]) => rows.map((r) => `${r.label}: ${r.text}`).join('; ');
  heading(t('advocacy.evidence.ages.title'));
  const ages = pack.ageGroups.map((a) => ({ label: x.ageLabel(a.group), value: a.volunteers.value ?? 0, valueText: x.count(a.volunteers) }));
  chart(ages, listed(ages.map((a) => ({ label: a.label, text: a.valueText }))), 'rows');
  table(
    [t('advocacy.evidence.field.ageGroup'), t('advocacy.evidence.figure.volunteers')],
    ages.map((a) => [a.label, a.valueText]),
  );

  heading(t('advocacy.evidence.causes.title'));
  if (pack.causes.length === 0) paragraph(t('advocacy.evidence.causes.none'));
  else {
    const causes = pack.causes.map((c) => ({ label: c.name, value: c.minutes.value ?? 0, valueText: x.hours(c.minutes) }));
    chart(causes, listed(causes.map((c) => ({ label: c.label, text: c.valueText }))), 'rows');
    table(
      [t('advocacy.evidence.field.cause'), t('advocacy.evidence.figure.volunteers'), t('advocacy.evidence.figure.minutes')],
      pack.causes.map((c) => [c.name, x.count(c.volunteers), x.hours(c.minutes)]),
    );
  }

  heading(t('advocacy.evidence.months.title'), 170);
  const months = pack.months.map((m) => ({ label: x.monthShort(m.month), value: m.minutes.value ?? 0, valueText: x.monthBarText(m.minutes) }));
  chart(months, listed(pack.months.map((m) => ({ label: x.monthLabel(m.month), text: x.hours(m.minutes) }))), 'columns');
  table(
    [t('advocacy.evidence.field.month'), t('advocacy.evidence.figure.volunteers'), t('advocacy.evidence.figure.minutes')],
    pack.months.map((m) => [x.monthLabel(m.month), x.count(m.volunteers), x.hours(m.minutes)]),
  );

  heading(t('advocacy.evidence.value.title'));
  paragraph(x.money(pack.valueFt), 14, 'bold');
  paragraph(t('advocacy.evidence.method'));
  if (pack.hourValues.length > 0) {
    tagged.group(root, 'L', (list: StructureElement) => {
      for (const v of pack.hourValues) {
        const text = `${t('advocacy.evidence.value.rate', { hourValue: x.hourValue(v.hourValueFt), from: x.day(v.effectiveFrom), hours: x.hours(v.minutes) })} (${t('reports.value.source')}: ${v.source})`;
        room(30);
        tagged.group(list, 'LI', (li) => tagged.block(li, 'LBody', () => pdf.font('body').fontSize(9).text(`• ${text}`, left, pdf.y, { width })));
        pdf.moveDown(0.3);
      }
    });
  }
  return tagged.finish();
}
