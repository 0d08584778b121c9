import { formatDate } from '../../../platform/i18n.js';
import type { ListParams } from '../../../platform/list-params.js';
import { Field, SelectField } from '../../../ui/forms.js';
import { ListFilters, ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import { urlWith } from '../../../ui/pagination.js';
import type { TableColumn } from '../../../ui/table.js';
import { readinessAnswers, readinessAreas } from '../areas.js';
import type { CenterReadinessRow } from '../repo.js';
import { type ReadinessFilter, type ReadinessSort, readinessStates } from '../schema.js';
import type { CenterReadiness, ReadinessSummary } from '../service.js';
import { AnswerText } from './answer-text.js';

/** The figures at a glance: how many filled it in, and each area's answers among the latest ones. */
function Summary(props: { summary: ReadinessSummary }) {
  const { t, url } = usePage();
  const { organizations, assessed, perArea } = props.summary;
  return (
    <section aria-labelledby="readiness-summary">
      <h2 id="readiness-summary">{t('readiness.center.summary')}</h2>
      <p>{t('readiness.center.summaryLead', { organizations, assessed, notAssessed: organizations - assessed })}</p>
      {assessed > 0 && (
        <div class="table-scroll">
          <table>
            <caption>{t('readiness.center.summaryCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('readiness.center.area')}</th>
                {readinessAnswers.map((answer) => (
                  <th scope="col" key={answer}>
                    {t(`readiness.answer.${answer}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {readinessAreas.map((area) => (
                <tr key={area}>
                  <th scope="row">
                    <a href={urlWith(url, { gap: area, state: undefined, page: undefined, format: undefined })}>{t(`readiness.area.${area}`)}</a>
                  </th>
                  {readinessAnswers.map((answer) => (
                    <td key={answer}>{perArea[area][answer]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

type Props = { data: CenterReadiness; params: ListParams<ReadinessSort>; filter: ReadinessFilter };

/** `/readiness`: the center's organizations with their latest self-assessment, filtered by gap or by "not filled in". */
export function CenterReadinessPage({ data, params, filter }: Props) {
  const { t, locale } = usePage();
  const filtered = !!(filter.q || filter.gap || filter.state || filter.centerId);
  const columns: TableColumn<CenterReadinessRow>[] = [
    {
      label: t('readiness.field.organization'),
      sortKey: 'name',
      rowHeader: true,
      cell: (r) => <a href={`/organizations/${r.id}/readiness`}>{r.name}</a>,
    },
    ...(data.centers.length > 0 ? [{ label: t('readiness.field.center'), cell: (r: CenterReadinessRow) => r.centerName }] : []),
    {
      label: t('readiness.field.date'),
      sortKey: 'date',
      cell: (r) => (r.submittedAt ? formatDate(locale, r.submittedAt) : <span class="muted">{t('readiness.notAssessed')}</span>),
    },
    ...readinessAreas.map(
      (area): TableColumn<CenterReadinessRow> => ({
        label: t(`readiness.area.${area}`),
        cell: (r) => (r.answers ? <AnswerText answer={r.answers[area]} /> : '–'),
      }),
    ),
    { label: t('readiness.field.gapCount'), sortKey: 'gaps', cell: (r) => (r.gaps ? r.gaps.length : '–') },
  ];
  return (
    <ListPage
      title={t('readiness.center.title')}
      page={data.page}
      params={params}
      rowKey={(r) => r.id}
      emptyText={filtered ? t('readiness.center.noMatch') : t('readiness.center.empty')}
      columns={columns}
    >
      <p class="lead">{t('readiness.center.intro')}</p>
      <Summary summary={data.summary} />
      <ListFilters action="/readiness" label={t('readiness.filter.label')} params={params}>
        <Field name="q" type="search" label={t('readiness.filter.q')} value={filter.q} maxLength={200} />
        <SelectField
          name="gap"
          label={t('readiness.filter.gap')}
          options={readinessAreas.map((area) => ({ value: area, label: t(`readiness.area.${area}`) }))}
          value={filter.gap}
          emptyLabel={t('readiness.filter.anyGap')}
        />
        <SelectField
          name="state"
          label={t('readiness.filter.state')}
          options={readinessStates.map((s) => ({ value: s, label: t(`readiness.state.${s}`) }))}
          value={filter.state}
          emptyLabel={t('readiness.filter.anyState')}
        />
        {data.centers.length > 0 && (
          <SelectField
            name="centerId"
            label={t('readiness.filter.center')}
            options={data.centers.map((c) => ({ value: c.id, label: c.name }))}
            value={filter.centerId}
            emptyLabel={t('readiness.filter.anyCenter')}
          />
        )}
      </ListFilters>
    </ListPage>
  );
}
