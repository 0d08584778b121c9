import { formatDuration } from '../../../platform/i18n.js';
import { ConfirmForm } from '../../../ui/confirm-form.js';
import { ErrorSummary, PostForm, SelectField, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { formatDay } from '../../certificates/certificate-text.js';
import { formatVerificationCode } from '../../certificates/verification-code.js';
import type { StudentPageData } from '../view-service.js';
import { LogTable } from './log-table.js';
import { AreaField, type OccasionFormState, RuleIssues, SpanFields } from './occasion-form.js';
import { ProgressSection } from './progress-section.js';

type Certificates = { id: string; code: string; minutes: number; issuedOn: string }[];

/** The school's forms on a student's page: preparation and closing (133. § (5)), and the transfer certificate. */
function SchoolTools(props: { data: StudentPageData; session?: OccasionFormState; today: string }) {
  const { t } = usePage();
  const { student } = props.data;
  const values = props.session?.values ?? {};
  const errors = props.session?.errors;
  return (
    <>
      {student.leftOn == null && (
        <section aria-labelledby="session">
          <h2 id="session">{t('iksz.session.title')}</h2>
          <p>{t('iksz.session.intro')}</p>
          <PostForm action={`/iksz/students/${student.id}/sessions`}>
            <RuleIssues issues={props.session?.issues} />
            <SelectField
              name="kind"
              label={t('iksz.session.kind')}
              options={[
                { value: 'preparation', label: t('iksz.session.preparation') },
                { value: 'closing', label: t('iksz.session.closing') },
              ]}
              value={values.kind}
              error={errors?.kind}
              required
            />
            <SpanFields values={values} errors={errors} today={props.today} />
            <AreaField value={values.area} error={errors?.area} />
            <TextAreaField rows={2} name="activity" label={t('iksz.form.activity')} value={values.activity} error={errors?.activity} maxLength={300} required />
            <button class="button" type="submit">
              {t('iksz.session.submit')}
            </button>
          </PostForm>
        </section>
      )}
      <section aria-labelledby="transfer">
        <h2 id="transfer">{t('iksz.transfer.title')}</h2>
        <p>{t('iksz.transfer.intro')}</p>
        <ConfirmForm
          action={`/iksz/students/${student.id}/transfer-certificates`}
          button={t('iksz.transfer.issue')}
          question={t('iksz.transfer.question')}
          idSuffix="transfer"
        />
      </section>
    </>
  );
}

/** One student's IKSZ page: progress, log, certificates; the school's tools for its coordinator. */
export function StudentPage(props: { data: StudentPageData; certificates: Certificates; session?: OccasionFormState; today: string }) {
  const { t, locale } = usePage();
  const { student, access } = props.data;
  const name = `${student.familyName} ${student.givenName}`;
  return (
    <>
      <h1>{t('iksz.student.title', { name })}</h1>
      <ErrorSummary errors={props.session?.errors} />
      <p>{t('iksz.student.school', { school: student.schoolName, className: student.className, grade: student.grade })}</p>
      {student.leftOn && <p>{t('iksz.student.left', { date: formatDay(locale, student.leftOn) })}</p>}
      <ProgressSection progress={props.data.progress} exemptReason={student.exemptReason} headingId="progress" />
      <LogTable log={props.data.log} editable={access.isSelf} headingId="log" />
      {props.certificates.length > 0 && (
        <section aria-labelledby="certificates">
          <h2 id="certificates">{t('iksz.transfer.list')}</h2>
          <ul>
            {props.certificates.map((c) => (
              <li key={c.id}>
                {t('iksz.transfer.item', {
                  date: formatDay(locale, c.issuedOn),
                  hours: formatDuration(t, locale, c.minutes),
                  code: formatVerificationCode(c.code),
                })}{' '}
                <a href={`/iksz/transfer-certificates/${c.id}/pdf`}>{t('iksz.transfer.download')}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {access.schoolManages && <SchoolTools data={props.data} session={props.session} today={props.today} />}
    </>
  );
}
