import type { Locale, Translate } from '../../platform/i18n.js';
import { TaggedPdf } from '../../platform/tagged-pdf.js';
import type { Impact } from './impact-service.js';
import { impactTexts } from './impact-text.js';

/** The impact report as a tagged A4 PDF (platform/tagged-pdf.ts): headings, paragraphs and tables with header cells. */
export async function renderImpactPdf(t: Translate, locale: Locale, impact: Impact, createdAt: Date): Promise<Buffer> {
  const x = impactTexts(t, locale, impact);
  const tagged = await TaggedPdf.create({ title: x.title, lang: locale === 'hu' ? 'hu-HU' : 'en-GB', createdAt });
  const { doc: pdf, root } = tagged;
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  const room = (height: number) => {
    if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
  };
  const paragraph = (text: string, size = 10) => {
    room(size * 2);
    tagged.block(root, 'P', () => pdf.font('body').fontSize(size).text(text, left, pdf.y, { width }));
    pdf.moveDown(0.5);
  };
  const heading = (text: string, type = 'H2', size = 13) => {
    room(80);
    pdf.moveDown(0.6);
    tagged.block(root, type, () => pdf.font('bold').fontSize(size).text(text, left, pdf.y, { width }));
    pdf.moveDown(0.4);
  };
  const table = (headers: string[], rows: string[][]) => {
    const columnWidth = width / headers.length;
    tagged.group(root, 'Table', (tableElement) => {
      const row = (cells: string[], header: boolean) => {
        pdf.font(header ? 'bold' : 'body').fontSize(9);
        const height = Math.max(...cells.map((c) => pdf.heightOfString(c, { width: columnWidth - 6 })));
        room(height + 4);
        const y = pdf.y;
        tagged.group(tableElement, 'TR', (tr) => {
          cells.forEach((c, i) => {
            const type = header || i === 0 ? 'TH' : 'TD';
            const options = header ? { scope: 'Column' as const } : i === 0 ? { scope: 'Row' as const } : {};
            tagged.block(tr, type, () => pdf.font(header || i === 0 ? 'bold' : 'body').text(c, left + i * columnWidth, y, { width: columnWidth - 6 }), options);
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

  heading(x.title, 'H1', 17);
  paragraph(x.period);
  table([t('companies.impact.figure'), t('companies.impact.amount')], x.keyFigures);
  paragraph(x.method, 8);
  heading(t('companies.impact.causes'));
  if (x.causes.length) table([t('companies.impact.cause'), t('companies.impact.hours'), t('companies.impact.participants')], x.causes);
  else paragraph(t('companies.impact.none'));
  heading(t('companies.impact.organizations'));
  if (x.organizations.length) table([t('companies.impact.organization'), t('companies.impact.hours'), t('companies.impact.participants')], x.organizations);
  else paragraph(t('companies.impact.none'));
  heading(t('companies.impact.people'));
  if (x.named.length) table([t('companies.impact.name'), t('companies.impact.hours')], x.named);
  paragraph(x.unnamed);
  heading(t('companies.impact.stories'));
  paragraph(x.stories);
  return tagged.finish();
}
