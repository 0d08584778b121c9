import { isNationalAdmin } from '../../../platform/authz.js';
import { formatWholeNumber } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { IkszReportSection } from '../../iksz/views/report-section.js';
import type { CenterFigures } from '../../statistics/center-figures.js';
import type { CenterReport } from '../service.js';
import { FigureSections } from './center-figure-sections.js';
import { formatDays, formatHours, formatReportDay, formatShare } from './figure-formats.js';

/** The filter form (GET, works without JavaScript): center for national staff, period, point. */
function Filters(props: { report: CenterReport; values: Record<string, string>; errors?: FieldErrors }) {
  const { t } = usePage();
  const { report, values, errors } = props;
  return (
    <form method="get" action="/center/reports" class="toolbar" aria-label={t('centerReports.filters')}>
      {report.centers.length > 1 && (
        <SelectField
          name="center"
          label={t('centerReports.field.center')}
          options={report.centers.map((c) => ({ value: c.id, label: c.name }))}
          value={report.center?.id}
          emptyLabel=""
          error={errors?.center}
        />
      )}
      <Field name="from" type="date" label={t('centerReports.field.from')} value={values.from ?? report.from} error={errors?.from} />
      <Field name="to" type="date" label={t('centerReports.field.to')} value={values.to ?? report.to} error={errors?.to} />
      {report.points.length > 0 && (
        <SelectField
          name="point"
          label={t('centerReports.field.point')}
          options={report.points.map((p) => ({ value: p.id, label: p.name }))}
          value={report.point?.id}
          emptyLabel={t('centerReports.field.anyPoint')}
          error={errors?.point}
        />
      )}
      <p>
        <button type="submit">{t('centerReports.show')}</button>
      </p>
    </form>
  );
}

function Headline(props: { figures: CenterFigures }) {
  const { t, locale } = usePage();
  const f = props.figures;
  return (
    <section aria-labelledby="headline-heading">
      <h2 id="headline-heading">{t('centerReports.headline')}</h2>
      <dl class="figures">
        <dt>{t('centerReports.headline.hours')}</dt>
        <dd>{formatHours(locale, f.totals.minutes)}</dd>
        <dt>{t('centerReports.headline.value')}</dt>
        <dd>{f.value.valueFt === null ? t('centerReports.headline.valueNone') : `${formatWholeNumber(locale, f.value.valueFt)} Ft`}</dd>
        <dt>{t('centerReports.headline.volunteers')}</dt>
        <dd>{formatWholeNumber(locale, f.totals.volunteers)}</dd>
        <dt>{t('centerReports.headline.median')}</dt>
        <dd>
          {f.timeToPlacement.medianDays === null
            ? t('centerReports.noValue')
            : t('centerReports.days', { days: formatDays(locale, f.timeToPlacement.medianDays) })}
        </dd>
        <dt>{t('centerReports.headline.minors')}</dt>
        <dd>{formatShare(locale, f.minors.share)}</dd>
      </dl>
    </section>
  );
}

function MethodNote() {
  const { t } = usePage();
  return (
    <section aria-labelledby="method-heading">
      <h2 id="method-heading">{t('centerReports.method.title')}</h2>
      <p>{t('centerReports.method.funnel')}</p>
      <p>{t('centerReports.method.median')}</p>
      <p>{t('centerReports.method.hours')}</p>
      <p>{t('centerReports.method.responsiveness')}</p>
      <p>{t('centerReports.method.minors')}</p>
    </section>
  );
}

/** GET /center/reports: a center's figures over a period, each chart with its table and downloads. */
export function CenterReportsPage(props: { report: CenterReport; values: Record<string, string>; errors?: FieldErrors }) {
  const { t, locale, actor } = usePage();
  const { report } = props;
  return (
    <>
      <h1>{report.center ? t('centerReports.titleOf', { center: report.center.name }) : t('centerReports.title')}</h1>
      {isNationalAdmin(actor) && (
        <p>
          <a href="/national/reports">{t('centerReports.nationalLink')}</a>
        </p>
      )}
      <ErrorSummary errors={props.errors} />
      <Filters report={report} values={props.values} errors={props.errors} />
      {!report.figures || !report.center ? (
        <p class="lead">{t('centerReports.chooseCenter')}</p>
      ) : (
        <>
          <p class="lead">
            {t('centerReports.period', { from: formatReportDay(locale, report.from), to: formatReportDay(locale, report.to) })}
            {report.point && (
              <>
                <br />
                {t('centerReports.pointIs', { point: report.point.name })}
              </>
            )}
          </p>
          <Headline figures={report.figures} />
          <FigureSections figures={report.figures} workingDays={report.center.hostResponseWorkingDays} />
          {report.iksz && <IkszReportSection rows={report.iksz} />}
          <MethodNote />
        </>
      )}
    </>
  );
}
