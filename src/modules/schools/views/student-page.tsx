import { formatPersonName } from '../../../platform/i18n.js';
import { Checkbox } from '../../../ui/choice-fields.js';
import { ConfirmForm } from '../../../ui/confirm-form.js';
import { ErrorSummary, Field, PostForm, SelectField, TextAreaField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { exemptReasons } from '../schema.js';
import type { StudentDetail } from '../students-service.js';
import { agreementStatus, dayText, exemptReasonLabel, SchoolNav, studentName, studentStatus, trackLabel } from './labels.js';
import type { PageForm } from './school-page.js';

/**
 * GET /schools/:schoolId/students/:studentId: the student's enrolment, exemption, this school year's
 * application form with the guardian's agreement, and (for the coordinator) the forms that change them.
 */
export function StudentPage(props: { school: { id: string; name: string }; detail: StudentDetail; today: string; form?: PageForm }) {
  const { t, locale } = usePage();
  const { student: s, abilities, schoolYear, isMinor } = props.detail;
  const base = `/schools/${props.school.id}/students/${s.id}`;
  const f = props.form;
  const errorsOf = (name: string) => (f?.name === name ? f.errors : undefined);
  const valuesOf = (name: string) => (f?.name === name ? f.values : {});
  return (
    <>
      <SchoolNav schoolId={props.school.id} schoolName={props.school.name} manage={abilities.manage} />
      <h1>{studentName(s)}</h1>
      <ErrorSummary errors={f?.errors} />
      <dl class="facts">
        <dt>{t('schools.field.className')}</dt>
        <dd>{s.className}</dd>
        <dt>{t('schools.field.grade')}</dt>
        <dd>{s.grade}</dd>
        <dt>{t('schools.field.track')}</dt>
        <dd>{trackLabel(t, s.track)}</dd>
        <dt>{t('schools.field.birthDate')}</dt>
        <dd>{dayText(locale, s.birthDate)}</dd>
        <dt>{t('schools.field.status')}</dt>
        <dd>{studentStatus(t, locale, s)}</dd>
        {s.exemptNote && (
          <>
            <dt>{t('schools.field.exemptNote')}</dt>
            <dd>{s.exemptNote}</dd>
          </>
        )}
        <dt>{t('schools.field.agreementOf', { year: schoolYear })}</dt>
        <dd>{agreementStatus(t, locale, s)}</dd>
        {s.plannedPlace && (
          <>
            <dt>{t('schools.field.plannedPlace')}</dt>
            <dd>{s.plannedPlace}</dd>
          </>
        )}
        {s.plannedTime && (
          <>
            <dt>{t('schools.field.plannedTime')}</dt>
            <dd>{s.plannedTime}</dd>
          </>
        )}
        <dt>{t('schools.field.linkedGuardians')}</dt>
        <dd>{s.linkedGuardians}</dd>
      </dl>
      {abilities.manage && (
        <>
          <section aria-labelledby="s-agreement">
            <h2 id="s-agreement">{t('schools.guardianAgreement.recordPaper', { year: schoolYear })}</h2>
            <p class="hint">{t('schools.guardianAgreement.paperHint')}</p>
            <PostForm action={`${base}/guardian-agreement`}>
              <Field
                name="agreedOn"
                type="date"
                label={t('schools.field.agreedOn')}
                value={valuesOf('agreement').agreedOn ?? props.today}
                error={errorsOf('agreement')?.agreedOn}
                required
              />
              <Field
                name="plannedPlace"
                label={t('schools.field.plannedPlace')}
                value={valuesOf('agreement').plannedPlace ?? s.plannedPlace ?? ''}
                error={errorsOf('agreement')?.plannedPlace}
                maxLength={300}
              />
              <Field
                name="plannedTime"
                label={t('schools.field.plannedTime')}
                value={valuesOf('agreement').plannedTime ?? s.plannedTime ?? ''}
                error={errorsOf('agreement')?.plannedTime}
                maxLength={300}
              />
              <p>
                <button type="submit">{t('schools.guardianAgreement.save')}</button>
              </p>
            </PostForm>
          </section>
          {isMinor && (
            <section aria-labelledby="s-guardian">
              <h2 id="s-guardian">{t('schools.guardian.invite')}</h2>
              <p class="hint">{t('schools.guardian.inviteHint')}</p>
              <PostForm action={`${base}/guardian-invite`}>
                <Field
                  name="guardianEmail"
                  type="email"
                  label={t('schools.field.guardianEmail')}
                  value={valuesOf('invite').guardianEmail}
                  error={errorsOf('invite')?.guardianEmail}
                  required
                  maxLength={254}
                />
                <p>
                  <button type="submit">{t('schools.guardian.send')}</button>
                </p>
              </PostForm>
            </section>
          )}
          <section aria-labelledby="s-exempt">
            <h2 id="s-exempt">{t('schools.exemption.title')}</h2>
            <p class="hint">{t('schools.exemption.hint')}</p>
            <PostForm action={`${base}/exemption`}>
              <SelectField
                name="exemptReason"
                label={t('schools.field.exemptReason')}
                options={exemptReasons.map((r) => ({ value: r, label: exemptReasonLabel(t, r) }))}
                value={valuesOf('exemption').exemptReason ?? s.exemptReason ?? ''}
                error={errorsOf('exemption')?.exemptReason}
                emptyLabel=""
                required
              />
              <TextAreaField
                name="exemptNote"
                label={t('schools.field.exemptNote')}
                value={valuesOf('exemption').exemptNote ?? s.exemptNote ?? ''}
                error={errorsOf('exemption')?.exemptNote}
                maxLength={1000}
                rows={2}
              />
              <p>
                <button type="submit">{t('schools.exemption.save')}</button>
              </p>
            </PostForm>
            {s.exemptReason && (
              <ConfirmForm
                action={`${base}/exemption/remove`}
                button={t('schools.exemption.remove')}
                question={t('schools.exemption.removeQuestion', { name: formatPersonName(s.familyName, s.givenName) })}
                idSuffix="exemption"
                error={errorsOf('exemptionRemove')?.confirm}
              />
            )}
          </section>
          {!s.leftOn && (
            <section aria-labelledby="s-left">
              <h2 id="s-left">{t('schools.left.title')}</h2>
              <PostForm action={`${base}/left`}>
                <Field
                  name="leftOn"
                  type="date"
                  label={t('schools.field.leftOn')}
                  value={valuesOf('left').leftOn ?? props.today}
                  error={errorsOf('left')?.leftOn}
                  required
                />
                <Checkbox name="confirm" label={t('schools.left.confirm')} error={errorsOf('left')?.confirm} required />
                <p>
                  <button type="submit" class="button-danger">
                    {t('schools.left.save')}
                  </button>
                </p>
              </PostForm>
            </section>
          )}
        </>
      )}
    </>
  );
}
