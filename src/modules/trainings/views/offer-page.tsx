import { formatDateTime } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { RegistrationAccess } from '../registration-access.js';
import { registrationStatusKey } from './labels.js';
import { SessionFacts } from './session-facts.js';

/** GET /trainings/registrations/:registrationId/offer: a seat offered from the waitlist — accept it, or let it go to the next. */
export function OfferPage(props: { access: RegistrationAccess; now: Date; errors?: FieldErrors }) {
  const { t, locale } = usePage();
  const { registration, session, sides } = props.access;
  const until = registration.offerExpiresAt;
  const open = registration.status === 'offered' && until != null && until.getTime() > props.now.getTime();
  const own = sides.includes('participant');
  return (
    <>
      <p class="breadcrumb">
        <a href={own ? '/trainings/mine' : `/trainings/sessions/${session.id}/enrol`}>{own ? t('trainings.mine.title') : t('trainings.enrol.title')}</a>
      </p>
      <h1>{t('trainings.offer.title', { course: session.courseTitle })}</h1>
      <ErrorSummary errors={props.errors} />
      {!own && <p>{t('trainings.offer.forSomeone', { name: registration.participantName })}</p>}
      <SessionFacts session={session} />
      {open && until ? (
        <>
          <p>{t('trainings.offer.heldUntil', { until: formatDateTime(locale, until) })}</p>
          <PostForm action={`/trainings/registrations/${registration.id}/offer`}>
            <p>
              <button type="submit" name="answer" value="accept">
                {t('trainings.offer.accept')}
              </button>{' '}
              <button type="submit" name="answer" value="decline" class="button-secondary">
                {t('trainings.offer.decline')}
              </button>
            </p>
          </PostForm>
        </>
      ) : (
        <p>
          {registration.status === 'offered'
            ? t('trainings.offer.expired')
            : t('trainings.offer.closed', { status: t(registrationStatusKey(registration.status)) })}
        </p>
      )}
    </>
  );
}
