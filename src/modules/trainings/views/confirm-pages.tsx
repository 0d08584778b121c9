import { formatDateTime } from '../../../platform/i18n.js';
import type { FieldError } from '../../../platform/validation.js';
import { ConfirmForm } from '../../../ui/confirm-form.js';
import { usePage } from '../../../ui/page-context.js';
import type { RegistrationAccess } from '../registration-access.js';
import type { SessionRow } from '../session-repo.js';
import { registrationStatusKey } from './labels.js';
import { SessionFacts } from './session-facts.js';

/** GET /trainings/sessions/:sessionId/cancel: what cancelling the session does, and the box to confirm it. */
export function SessionCancelPage(props: { session: SessionRow; open: number; error?: FieldError }) {
  const { t, locale } = usePage();
  const s = props.session;
  return (
    <>
      <p class="breadcrumb">
        <a href={`/trainings/sessions/${s.id}`}>{t('trainings.session.title', { course: s.courseTitle, when: formatDateTime(locale, s.startsAt) })}</a>
      </p>
      <h1>{t('trainings.session.cancelTitle')}</h1>
      <SessionFacts session={s} />
      <p>{t('trainings.session.cancelIntro', { count: props.open })}</p>
      <ConfirmForm
        action={`/trainings/sessions/${s.id}/cancel`}
        button={t('trainings.session.cancel')}
        question={t('trainings.session.cancelConfirm')}
        idSuffix="session"
        error={props.error}
      />
    </>
  );
}

/** GET /trainings/registrations/:registrationId/cancel: cancelling one's own registration, or staff taking someone off. */
export function RegistrationCancelPage(props: { access: RegistrationAccess; error?: FieldError }) {
  const { t, locale } = usePage();
  const { registration, session, sides } = props.access;
  const own = sides.includes('participant');
  return (
    <>
      <p class="breadcrumb">
        <a href={own ? '/trainings/mine' : `/trainings/${session.courseSlug}`}>{own ? t('trainings.mine.title') : session.courseTitle}</a>
      </p>
      <h1>{own ? t('trainings.registration.cancelTitle') : t('trainings.registration.removeTitle', { name: registration.participantName })}</h1>
      <p>{t('trainings.session.title', { course: session.courseTitle, when: formatDateTime(locale, session.startsAt) })}</p>
      <p>{t('trainings.registration.statusIs', { status: t(registrationStatusKey(registration.status)) })}</p>
      <ConfirmForm
        action={`/trainings/registrations/${registration.id}/cancel`}
        button={own ? t('trainings.registration.cancel') : t('trainings.registration.remove')}
        question={own ? t('trainings.registration.cancelConfirm') : t('trainings.registration.removeConfirm', { name: registration.participantName })}
        idSuffix="registration"
        error={props.error}
      />
    </>
  );
}
