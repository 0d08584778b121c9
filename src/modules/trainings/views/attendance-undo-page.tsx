import { formatDate } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox } from '../../../ui/choice-fields.js';
import { ErrorSummary, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { CompletionToUndo } from '../completion-service.js';
import { AttendanceSessionFacts } from './attendance-session-facts.js';

/** The confirmation before a completion is undone: what goes with it (the qualification, a certificate). */
export function AttendanceUndoPage(props: { data: CompletionToUndo; errors?: FieldErrors }) {
  const { t, locale } = usePage();
  const { session, registration, qualification } = props.data;
  const completed = registration.status === 'completed';
  return (
    <>
      <p class="breadcrumb">
        <a href={`/trainings/sessions/${session.id}/attendance`}>{t('trainingAttendance.undo.back')}</a>
      </p>
      <h1>{t('trainingAttendance.undo.title', { name: registration.participantName })}</h1>
      <AttendanceSessionFacts session={session} />
      {!completed ? (
        <p class="notice">{t('trainingAttendance.undo.notCompleted')}</p>
      ) : (
        <>
          <p>{t('trainingAttendance.undo.intro', { name: registration.participantName, course: session.courseTitle })}</p>
          {qualification && (
            <p>
              <strong>
                {qualification.validUntil
                  ? t('trainingAttendance.undo.qualificationUntil', {
                      qualification: qualification.name,
                      date: formatDate(locale, new Date(`${qualification.validUntil}T12:00:00Z`)),
                    })
                  : t('trainingAttendance.undo.qualification', { qualification: qualification.name })}
              </strong>
            </p>
          )}
          <p>{t('trainingAttendance.undo.certificate')}</p>
          <ErrorSummary errors={props.errors} />
          <PostForm action={`/trainings/registrations/${registration.id}/undo-completion`}>
            <Checkbox name="confirm" label={t('trainingAttendance.undo.confirm')} required error={props.errors?.confirm} />
            <button type="submit" class="button-danger">
              {t('trainingAttendance.undo.submit')}
            </button>
          </PostForm>
        </>
      )}
    </>
  );
}
