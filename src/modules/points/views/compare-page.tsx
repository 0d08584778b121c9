import { can } from '../../../platform/authz.js';
import { budapestDayStart } from '../../../platform/budapest-time.js';
import { formatDate, formatWholeNumber } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ExportLinks } from '../../../ui/export-links.js';
import { ErrorSummary, Field, SelectField } from '../../../ui/forms.js';
import { ListFilters } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import { SortableTable, type TableColumn } from '../../../ui/table.js';
import { type CompareSort, compareMeasures } from '../compare-schema.js';
import type { CompareRow, Comparison } from '../compare-service.js';
import { CompareChart } from './compare-chart.js';
import { compareFigureText } from './compare-format.js';

/** GET /center/points/compare: the filter form, the notes on how each figure is counted, the table and two charts. */
export function ComparePage(props: {
  comparison: Comparison;
  params: { sort: CompareSort; dir: 'asc' | 'desc' };
  values: { from: string; to: string };
  errors?: FieldErrors;
}) {
  const { t, locale, actor } = usePage();
  const c = props.comparison;
  const centers = c.kind === 'centers';
  const day = (d: string) => formatDate(locale, budapestDayStart(d));
  const period = { from: day(c.from), to: day(c.to) };
  const nameCell = (r: CompareRow) => {
    if (centers) return <a href={`/center/points/compare?center=${r.id}&from=${c.from}&to=${c.to}`}>{r.name}</a>;
    return c.center && can(actor, 'points.network', { centerId: c.center.id }) ? <a href={`/admin/points/${r.id}/lifecycle`}>{r.name}</a> : r.name;
  };
  const columns: TableColumn<CompareRow>[] = [
    { label: t(centers ? 'points.compare.col.center' : 'points.compare.col.point'), sortKey: 'name', rowHeader: true, cell: nameCell },
    ...(centers ? [] : [{ label: t('points.field.status'), sortKey: 'status', cell: (r: CompareRow) => (r.status ? t(`points.status.${r.status}`) : '–') }]),
    { label: t('points.compare.col.population'), sortKey: 'population', cell: (r) => (r.population > 0 ? formatWholeNumber(locale, r.population) : '–') },
    ...compareMeasures.map((m) => ({ label: t(`points.compare.col.${m}`), sortKey: m, cell: (r: CompareRow) => compareFigureText(locale, m, r.figures[m]) })),
    ...compareMeasures.map((m) => ({
      label: t('points.compare.per1000Of', { what: t(`points.compare.col.${m}`) }),
      sortKey: `${m}Per1000`,
      cell: (r: CompareRow) => compareFigureText(locale, m, r.per1000[m], true),
    })),
  ];
  const choiceOptions = [
    ...(c.national ? [{ value: 'all', label: t('points.compare.allCenters') }] : []),
    ...c.choices.map((x) => ({ value: x.id, label: x.name })),
  ];
  const title = c.center ? t('points.compare.pageTitle', { center: c.center.name }) : t('points.compare.centersTitle');
  return (
    <>
      {c.center && can(actor, 'points.network', { centerId: c.center.id }) && (
        <p class="breadcrumb">
          <a href={`/admin/centers/${c.center.id}`}>{c.center.name}</a>
        </p>
      )}
      <h1>{title}</h1>
      <ErrorSummary errors={props.errors} />
      <ListFilters action="/center/points/compare" label={t('points.compare.filters')} params={props.params}>
        {choiceOptions.length > 1 && <SelectField name="center" label={t('points.compare.center')} options={choiceOptions} value={c.center?.id ?? 'all'} />}
        <Field name="from" type="date" label={t('points.compare.from')} value={props.values.from} error={props.errors?.from} />
        <Field name="to" type="date" label={t('points.compare.to')} value={props.values.to} error={props.errors?.to} />
      </ListFilters>
      <p class="lead">{t(centers ? 'points.compare.centersLead' : 'points.compare.lead', { ...period, count: c.rows.length })}</p>
      <ul class="notes">
        <li>{t(centers ? 'points.compare.note.centerArea' : 'points.compare.note.area', { km: c.center?.coverageKm ?? 0 })}</li>
        {!centers && <li>{t('points.compare.note.statuses')}</li>}
        <li>{t('points.compare.note.hours')}</li>
        <li>{t('points.compare.note.placements')}</li>
        <li>{t(centers ? 'points.compare.note.centerTrainings' : 'points.compare.note.trainings')}</li>
      </ul>
      <SortableTable
        caption={t('points.compare.caption', period)}
        rows={c.rows}
        rowKey={(r) => r.id}
        sort={props.params.sort}
        dir={props.params.dir}
        emptyText={t('points.compare.empty')}
        columns={columns}
      />
      {c.rows.length > 0 && (
        <>
          <ExportLinks />
          <CompareChart id="compare-hours" rows={c.rows} value={(r) => r.figures.hours} title={t('points.compare.chart.hours', period)} />
          <CompareChart
            id="compare-hours-per1000"
            rows={c.rows}
            value={(r) => r.per1000.hours}
            title={t('points.compare.chart.hoursPer1000', period)}
            per1000
          />
        </>
      )}
    </>
  );
}
