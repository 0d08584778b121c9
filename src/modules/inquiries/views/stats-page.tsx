import { formatWholeNumber } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { type Bar, BarChart } from '../../../ui/bar-chart.js';
import { ExportLinks } from '../../../ui/export-links.js';
import { ErrorSummary, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { monthName } from '../../reports/views/report-formats.js';
import type { InquiryStats } from '../stats-service.js';
import { InquiryNav } from './inquiry-list-page.js';
import { channelLabel } from './labels.js';

type Row = { label: string; count: number };

/** One breakdown: its chart (an image with a title and a description) and the same numbers as a table. */
function Breakdown(props: { id: string; title: string; rows: Row[]; year: number; layout: 'columns' | 'rows'; nameHeader: string }) {
  const { t, locale } = usePage();
  const bars: Bar[] = props.rows.map((r) => ({ label: r.label, value: r.count, valueText: formatWholeNumber(locale, r.count) }));
  const top = props.rows.reduce<Row | undefined>((best, r) => (!best || r.count > best.count ? r : best), undefined);
  return (
    <section aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{props.title}</h2>
      {props.rows.length === 0 ? (
        <p class="empty-state">{t('inquiries.stats.none')}</p>
      ) : (
        <>
          <BarChart
            id={props.id}
            title={t('inquiries.stats.chartTitle', { what: props.title, year: props.year })}
            desc={top ? t('inquiries.stats.chartDesc', { name: top.label, count: top.count }) : ''}
            bars={bars}
            layout={props.layout}
          />
          <div class="table-scroll">
            <table>
              <caption class="visually-hidden">{props.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{props.nameHeader}</th>
                  <th scope="col">{t('inquiries.stats.count')}</th>
                </tr>
              </thead>
              <tbody>
                {props.rows.map((r) => (
                  <tr>
                    <th scope="row">{r.label}</th>
                    <td>{formatWholeNumber(locale, r.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** GET /inquiries/stats: a year's inquiries by month, topic, channel and point, each a chart and a table, with CSV/XLSX. */
export function StatsPage(props: { stats: InquiryStats; errors?: FieldErrors; yearValue: string }) {
  const { t, locale } = usePage();
  const { stats } = props;
  const centerName = (id: string) => stats.centers.find((c) => c.id === id)?.name ?? '';
  return (
    <>
      <InquiryNav />
      <h1>{t('inquiries.stats.title')}</h1>
      <ErrorSummary errors={props.errors} />
      <form method="get" action="/inquiries/stats" class="toolbar" aria-label={t('inquiries.stats.filters')}>
        <SelectField
          name="year"
          label={t('inquiries.stats.year')}
          options={stats.years.map((y) => ({ value: String(y), label: String(y) }))}
          value={props.yearValue}
          error={props.errors?.year}
        />
        {stats.centers.length > 1 && (
          <SelectField
            name="center"
            label={t('inquiries.field.center')}
            options={stats.centers.map((c) => ({ value: c.id, label: c.name }))}
            value={stats.centerId}
            emptyLabel={t('inquiries.list.any')}
          />
        )}
        {stats.points.length > 0 && (
          <SelectField
            name="point"
            label={t('inquiries.field.point')}
            options={stats.points.map((p) => ({ value: p.id, label: stats.centers.length > 1 ? `${p.name} (${centerName(p.centerId)})` : p.name }))}
            value={stats.pointId}
            emptyLabel={t('inquiries.list.any')}
          />
        )}
        <p>
          <button type="submit">{t('inquiries.stats.show')}</button>
        </p>
      </form>
      <p class="lead">{t('inquiries.stats.totalLead', { year: stats.year, count: formatWholeNumber(locale, stats.total) })}</p>
      {stats.total > 0 && <ExportLinks />}
      <Breakdown
        id="stats-month"
        title={t('inquiries.stats.byMonth')}
        nameHeader={t('inquiries.stats.kind.month')}
        year={stats.year}
        layout="columns"
        rows={stats.total > 0 ? stats.months.map((m) => ({ label: monthName(t, m.month, 'short'), count: m.count })) : []}
      />
      <Breakdown
        id="stats-topic"
        title={t('inquiries.stats.byTopic')}
        nameHeader={t('inquiries.stats.kind.topic')}
        year={stats.year}
        layout="rows"
        rows={stats.topics.map((x) => ({ label: x.name, count: x.count }))}
      />
      <Breakdown
        id="stats-channel"
        title={t('inquiries.stats.byChannel')}
        nameHeader={t('inquiries.stats.kind.channel')}
        year={stats.year}
        layout="rows"
        rows={stats.total > 0 ? stats.channels.map((c) => ({ label: channelLabel(t, c.channel), count: c.count })) : []}
      />
      <Breakdown
        id="stats-point"
        title={t('inquiries.stats.byPoint')}
        nameHeader={t('inquiries.stats.kind.point')}
        year={stats.year}
        layout="rows"
        rows={stats.byPoint.map((p) => ({ label: p.name ?? t('inquiries.stats.noPoint'), count: p.count }))}
      />
    </>
  );
}
