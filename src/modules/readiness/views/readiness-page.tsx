import { formatDate, formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { RadioGroup } from '../../../ui/choice-fields.js';
import { ErrorSummary, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { readinessAnswers, readinessAreas } from '../areas.js';
import type { AssessmentRow } from '../repo.js';
import type { ReadinessPage } from '../service.js';
import { AnswerText } from './answer-text.js';
import { RecommendedCourses } from './recommended-courses.js';

function submitterName(row: AssessmentRow): string | null {
  return row.submitterFamilyName != null ? formatPersonName(row.submitterFamilyName, row.submitterGivenName ?? '') : null;
}

/** The latest self-assessment: when, by whom, and each area's answer in words. */
function LatestAssessment(props: { latest: AssessmentRow }) {
  const { t, locale } = usePage();
  const { latest } = props;
  const by = submitterName(latest);
  return (
    <>
      <p>
        {t('readiness.latest.date', { date: formatDate(locale, latest.submittedAt) })}
        {by && <> · {t('readiness.latest.by', { name: by })}</>}
      </p>
      <table>
        <caption>{t('readiness.latest.caption')}</caption>
        <tbody>
          {readinessAreas.map((area) => (
            <tr key={area}>
              <th scope="row">{t(`readiness.area.${area}`)}</th>
              <td>
                <AnswerText answer={latest.answers[area]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The form: one question per area, with what the area means; filled in from the latest answers. */
function ReadinessForm(props: { organizationId: string; values: Record<string, string>; errors?: FieldErrors }) {
  const { t } = usePage();
  const { values, errors } = props;
  return (
    <section aria-labelledby="readiness-form">
      <h2 id="readiness-form">{t('readiness.form.heading')}</h2>
      <p>{t('readiness.form.intro')}</p>
      <ErrorSummary errors={errors} />
      <PostForm action={`/organizations/${props.organizationId}/readiness`}>
        {readinessAreas.map((area) => (
          <RadioGroup
            key={area}
            name={area}
            legend={t(`readiness.question.${area}`)}
            hint={t(`readiness.explain.${area}`)}
            options={readinessAnswers.map((answer) => ({ value: answer, label: t(`readiness.answer.${answer}`) }))}
            value={values[area]}
            error={errors?.[area]}
            required
          />
        ))}
        <p>
          <button type="submit">{t('readiness.form.submit')}</button>
        </p>
      </PostForm>
    </section>
  );
}

/** Earlier submissions (every one is kept): date, who, how many gaps. */
function History(props: { rows: AssessmentRow[] }) {
  const { t, locale } = usePage();
  if (props.rows.length === 0) return null;
  return (
    <section aria-labelledby="readiness-history">
      <h2 id="readiness-history">{t('readiness.history.heading')}</h2>
      <ul>
        {props.rows.map((row) => {
          const by = submitterName(row);
          return (
            <li key={row.id}>
              {formatDate(locale, row.submittedAt)}
              {by && ` – ${by}`}: {t('readiness.history.gaps', { count: row.gaps.length })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

type Props = { data: ReadinessPage; values?: Record<string, string>; errors?: FieldErrors };

/** An organization's readiness ("Ön"): the latest result and its date, the gaps with courses, the form, the history. */
export function ReadinessPageView({ data, values, errors }: Props) {
  const { t } = usePage();
  const { organization, latest } = data;
  const formValues = values ?? Object.fromEntries(readinessAreas.map((area) => [area, latest?.answers[area] ?? '']));
  return (
    <>
      <p class="breadcrumb">
        <a href={`/organizations/${organization.id}`}>{organization.name}</a>
      </p>
      <h1>{t('readiness.org.title', { name: organization.name })}</h1>
      <p class="lead">{t('readiness.org.intro')}</p>
      <section aria-labelledby="readiness-latest">
        <h2 id="readiness-latest">{t('readiness.latest.heading')}</h2>
        {latest ? <LatestAssessment latest={latest} /> : <p class="empty-state">{t('readiness.latest.none')}</p>}
        {latest && data.due && (
          <p class="warning" role="note">
            {t('readiness.due')}
          </p>
        )}
      </section>
      {latest && <RecommendedCourses recommendations={data.recommendations} />}
      {data.mayAssess ? (
        <ReadinessForm organizationId={organization.id} values={formValues} errors={errors} />
      ) : (
        <p class="muted">{t('readiness.form.membersOnly')}</p>
      )}
      <History rows={data.history.slice(1)} />
    </>
  );
}
