import { formatDateTime, type MessageKey, type Translate } from '../../../platform/i18n.js';
import type { ListParams } from '../../../platform/list-params.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, PostForm, SelectField } from '../../../ui/forms.js';
import { ListFilters, ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { AnnualReportRow } from '../repo.js';
import type { AnnualReportsView } from '../service.js';

export const listPath = '/center/annual-reports';

export const statusLabel = (t: Translate, status: string) => t(`annualReport.status.${status}` as MessageKey);
export const stepLabel = (t: Translate, step: string | null) => (step ? t(`annualReport.step.${step}` as MessageKey) : '');

export type RequestForm = { values: Record<string, string>; errors: FieldErrors };

/** The progress bar with its visible label ("40 % – Képzések"): the step being made. */
function Progress(props: { report: AnnualReportRow }) {
  const { t } = usePage();
  const r = props.report;
  const id = `annual-report-progress-${r.id}`;
  if (r.status === 'failed') return <span>{t('annualReport.failedWith', { error: r.error ?? '' })}</span>;
  return (
    <span class="annual-report-progress">
      <label for={id}>{r.status === 'queued' ? statusLabel(t, r.status) : `${r.progress} % – ${stepLabel(t, r.step)}`}</label>{' '}
      <progress id={id} max={100} value={r.progress}>
        {r.progress} %
      </progress>
    </span>
  );
}

function Files(props: { report: AnnualReportRow }) {
  const { t } = usePage();
  const r = props.report;
  if (r.status !== 'done') return null;
  return (
    <>
      <a href={`${listPath}/${r.id}/pdf`}>{t('annualReport.downloadPdf', { year: r.year })}</a>{' '}
      <a href={`${listPath}/${r.id}/xlsx`}>{t('annualReport.downloadXlsx', { year: r.year })}</a>
    </>
  );
}

function RequestReportForm(props: { view: AnnualReportsView; form?: RequestForm }) {
  const { t } = usePage();
  const { centers, center, years } = props.view;
  const values = props.form?.values ?? {};
  const errors = props.form?.errors;
  const chosenCenter = values.center ?? center?.id ?? centers[0]?.id ?? '';
  return (
    <PostForm action={listPath} class="stack">
      <ErrorSummary errors={errors} />
      {centers.length > 1 ? (
        <SelectField
          name="center"
          label={t('annualReport.center')}
          options={centers.map((c) => ({ value: c.id, label: c.name }))}
          value={chosenCenter}
          error={errors?.center}
          required
        />
      ) : (
        <input type="hidden" name="center" value={chosenCenter} />
      )}
      <SelectField
        name="year"
        label={t('annualReport.year')}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
        value={values.year ?? String(years[0] ?? '')}
        error={errors?.year}
        required
      />
      <p>
        <button type="submit">{t('annualReport.request')}</button>
      </p>
    </PostForm>
  );
}

/**
 * The list of a center's annual reports with the request form. While a report is queued or running
 * the list refreshes itself: htmx swaps the list every 5 seconds, and without JavaScript a refresh
 * inside <noscript> reloads the page (with scripts on, the browser ignores it, so the page never
 * reloads under a screen reader's feet).
 */
export function AnnualReportsPage(props: { view: AnnualReportsView; params: ListParams<'requested'>; form?: RequestForm }) {
  const { t, locale, url } = usePage();
  const { view } = props;
  return (
    <>
      <h1>{t('annualReport.title')}</h1>
      <p>{t('annualReport.intro')}</p>
      {view.centers.length > 1 && (
        <ListFilters action={listPath} label={t('annualReport.chooseCenter')} params={props.params}>
          <SelectField
            name="center"
            label={t('annualReport.center')}
            options={view.centers.map((c) => ({ value: c.id, label: c.name }))}
            value={view.center?.id ?? ''}
            emptyLabel={t('annualReport.allCenters')}
          />
        </ListFilters>
      )}
      <RequestReportForm view={view} form={props.form} />
      <section
        id="annual-report-list"
        hx-get={view.inProgress ? url : undefined}
        hx-trigger={view.inProgress ? 'every 5s' : undefined}
        hx-select={view.inProgress ? '#annual-report-list' : undefined}
        hx-target={view.inProgress ? 'this' : undefined}
        hx-swap={view.inProgress ? 'outerHTML' : undefined}
      >
        {view.inProgress && (
          <>
            <noscript>
              <meta http-equiv="refresh" content="5" />
            </noscript>
            <p class="hint">{t('annualReport.inProgressNote')}</p>
          </>
        )}
        <ListPage
          title={t('annualReport.list')}
          headingLevel={2}
          page={view.page}
          params={props.params}
          rowKey={(r) => r.id}
          emptyText={t('annualReport.empty')}
          columns={[
            ...(view.centers.length > 1 ? [{ label: t('annualReport.center'), cell: (r: AnnualReportRow) => r.centerName }] : []),
            { label: t('annualReport.year'), rowHeader: true, cell: (r) => String(r.year) },
            { label: t('annualReport.status'), cell: (r) => statusLabel(t, r.status) },
            { label: t('annualReport.progress'), cell: (r) => <Progress report={r} /> },
            { label: t('annualReport.requestedBy'), cell: (r) => r.requestedBy ?? '–' },
            { label: t('annualReport.requestedAt'), cell: (r) => formatDateTime(locale, r.requestedAt) },
            { label: t('annualReport.files'), cell: (r) => <Files report={r} /> },
          ]}
        />
      </section>
    </>
  );
}
