import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox } from '../../../ui/choice-fields.js';
import { ErrorSummary, Field, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { GuardianAgreementView } from '../guardian-agreement-service.js';
import { agreementStatus, studentName } from './labels.js';

/** GET /iksz/agreement/:studentId: the guardian agrees to this school year's community service plan (HUNGARY.md §2.2). */
export function GuardianAgreementPage(props: { view: GuardianAgreementView; values?: Record<string, string>; errors?: FieldErrors }) {
  const { t, locale } = usePage();
  const { student: s, school, schoolYear } = props.view;
  const v = props.values ?? {};
  return (
    <>
      <h1>{t('schools.guardianPage.title', { name: studentName(s), year: schoolYear })}</h1>
      <p>{t('schools.guardianPage.intro', { school: school.name, className: s.className })}</p>
      <p>
        <strong>{agreementStatus(t, locale, s)}</strong>
      </p>
      <ErrorSummary errors={props.errors} />
      <PostForm action={`/iksz/agreement/${s.id}`}>
        <Field
          name="plannedPlace"
          label={t('schools.field.plannedPlace')}
          hint={t('schools.guardianPage.placeHint')}
          value={v.plannedPlace ?? s.plannedPlace ?? ''}
          error={props.errors?.plannedPlace}
          maxLength={300}
        />
        <Field
          name="plannedTime"
          label={t('schools.field.plannedTime')}
          hint={t('schools.guardianPage.timeHint')}
          value={v.plannedTime ?? s.plannedTime ?? ''}
          error={props.errors?.plannedTime}
          maxLength={300}
        />
        <Checkbox name="agree" label={t('schools.guardianPage.statement', { name: studentName(s), year: schoolYear })} error={props.errors?.agree} required />
        <p>
          <button type="submit">{t(s.agreedOn ? 'schools.guardianPage.update' : 'schools.guardianPage.agree')}</button>
        </p>
      </PostForm>
    </>
  );
}
