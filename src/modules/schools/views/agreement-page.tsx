import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { AgreementRow } from '../agreements-repo.js';
import { AgreementState } from './agreements-page.js';
import { areaLabel, dayText } from './labels.js';

/** The agreement's facts and text, shared by the school's and the host's page. */
export function AgreementDetails(props: { agreement: AgreementRow; today: string; pdfHref: string }) {
  const { t, locale } = usePage();
  const a = props.agreement;
  return (
    <>
      <dl class="facts">
        <dt>{t('schools.field.school')}</dt>
        <dd>
          {a.schoolName} ({t('schools.field.omId')}: {a.schoolOmId})
        </dd>
        <dt>{t('schools.field.host')}</dt>
        <dd>{a.hostName}</dd>
        <dt>{t('schools.field.duration')}</dt>
        <dd>
          {dayText(locale, a.startsOn)} – {dayText(locale, a.endsOn)}
        </dd>
        <dt>{t('schools.field.mentorName')}</dt>
        <dd>{a.mentorName}</dd>
        <dt>{t('schools.field.mentorTasks')}</dt>
        <dd>{a.mentorTasks}</dd>
        <dt>{t('schools.field.areas')}</dt>
        <dd>{a.areas.map((x) => areaLabel(t, x)).join('; ')}</dd>
        <dt>{t('schools.field.schoolSignedOn')}</dt>
        <dd>{dayText(locale, a.schoolSignedOn)}</dd>
        <dt>{t('schools.field.hostSignedOn')}</dt>
        <dd>{dayText(locale, a.hostSignedOn)}</dd>
        <dt>{t('schools.field.status')}</dt>
        <dd>
          <AgreementState agreement={a} today={props.today} />
        </dd>
      </dl>
      <p>
        <a href={props.pdfHref} download>
          {t('schools.agreement.pdf')}
        </a>
      </p>
      <h2>{t('schools.field.body')}</h2>
      <div class="document-text" lang="hu">
        {a.body.split(/\r?\n/).map((line, i) => (line.trim() ? <p key={i}>{line}</p> : null))}
      </div>
    </>
  );
}

/** The signing days' form: the school records both sides' days, the host its own (required there). */
export function SigningForm(props: {
  action: string;
  fields: { name: 'schoolSignedOn' | 'hostSignedOn'; value: string; required?: boolean }[];
  errors?: FieldErrors;
}) {
  const { t } = usePage();
  return (
    <PostForm action={props.action}>
      {props.fields.map((f) => (
        <Field
          key={f.name}
          name={f.name}
          type="date"
          label={t(`schools.field.${f.name}`)}
          value={f.value}
          error={props.errors?.[f.name]}
          required={f.required}
        />
      ))}
      <p>
        <button type="submit">{t('form.save')}</button>
      </p>
    </PostForm>
  );
}

/** GET /schools/:schoolId/agreements/:agreementId: the agreement, its PDF, and the coordinator's signing form. */
export function AgreementPage(props: { agreement: AgreementRow; manage: boolean; today: string; values?: Record<string, string>; errors?: FieldErrors }) {
  const { t } = usePage();
  const a = props.agreement;
  const base = `/schools/${a.schoolId}/agreements`;
  return (
    <>
      <p class="breadcrumb">
        <a href={`/schools/${a.schoolId}`}>{a.schoolName}</a> › <a href={base}>{t('schools.agreements.title')}</a>
      </p>
      <h1>{t('schools.agreement.title', { host: a.hostName })}</h1>
      <ErrorSummary errors={props.errors} />
      {props.manage && (
        <section aria-labelledby="a-sign">
          <h2 id="a-sign">{t('schools.agreement.sign')}</h2>
          <p class="hint">{t('schools.agreement.signHint')}</p>
          <SigningForm
            action={`${base}/${a.id}/sign`}
            fields={[
              { name: 'schoolSignedOn', value: props.values?.schoolSignedOn ?? a.schoolSignedOn ?? '' },
              { name: 'hostSignedOn', value: props.values?.hostSignedOn ?? a.hostSignedOn ?? '' },
            ]}
            errors={props.errors}
          />
        </section>
      )}
      <AgreementDetails agreement={a} today={props.today} pdfHref={`${base}/${a.id}/agreement.pdf`} />
    </>
  );
}
