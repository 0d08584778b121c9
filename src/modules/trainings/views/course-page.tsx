import { formatDateTime } from '../../../platform/i18n.js';
import { ErrorSummary, PostForm } from '../../../ui/forms.js';
import { linkifiedText } from '../../../ui/linkified-text.js';
import { usePage } from '../../../ui/page-context.js';
import type { CoursePage as CoursePageData } from '../catalogue-service.js';
import type { TrainingRefusal } from '../errors.js';
import type { ParticipantRow } from '../participants-repo.js';
import { hasFreeSeat } from '../registration-rules.js';
import type { SessionRow } from '../session-repo.js';
import { CourseDetails } from './course-details.js';
import { refusalText, registrationStatusKey } from './labels.js';
import { SessionFacts } from './session-facts.js';

/** The reader's own registration for a session: its status, the waitlist place, the offer to answer, a way out. */
function MyRegistration(props: { registration: ParticipantRow }) {
  const { t, locale } = usePage();
  const r = props.registration;
  return (
    <p>
      <strong>{t(registrationStatusKey(r.status))}</strong>
      {r.waitlistPosition != null && ` – ${t('trainings.mine.position', { position: r.waitlistPosition })}`}
      {r.status === 'offered' && r.offerExpiresAt && (
        <>
          {' '}
          – <a href={`/trainings/registrations/${r.id}/offer`}>{t('trainings.offer.answerUntil', { until: formatDateTime(locale, r.offerExpiresAt) })}</a>
        </>
      )}
      {(r.status === 'registered' || r.status === 'waitlisted' || r.status === 'offered') && (
        <>
          {' '}
          · <a href={`/trainings/registrations/${r.id}/cancel`}>{t('trainings.registration.cancel')}</a>
        </>
      )}
    </p>
  );
}

/** What the reader can do with one session: register (or join the waitlist), see their registration, register others, manage it. */
function SessionActions(props: { data: CoursePageData; session: SessionRow }) {
  const { t, actor, url, locale } = usePage();
  const { data, session } = props;
  const mine = data.mine.get(session.id);
  const full = !hasFreeSeat(session);
  return (
    <>
      {!actor ? (
        <p>
          <a href={`/login?next=${encodeURIComponent(url)}`}>{t('trainings.course.loginToRegister')}</a>
        </p>
      ) : mine ? (
        <MyRegistration registration={mine} />
      ) : data.hasVolunteerProfile ? (
        <PostForm action={`/trainings/sessions/${session.id}/register`}>
          <button type="submit">
            {full ? t('trainings.course.joinWaitlist') : t('trainings.course.register')}
            <span class="visually-hidden"> – {formatDateTime(locale, session.startsAt)}</span>
          </button>
        </PostForm>
      ) : (
        <p>
          <a href="/volunteer/profile">{t('trainings.course.createProfile')}</a>
        </p>
      )}
      {(data.mayEnrolOthers || data.managedSessionIds.has(session.id)) && (
        <p>
          {data.mayEnrolOthers && <a href={`/trainings/sessions/${session.id}/enrol`}>{t('trainings.course.enrolOthers')}</a>}
          {data.mayEnrolOthers && data.managedSessionIds.has(session.id) && ' · '}
          {data.managedSessionIds.has(session.id) && <a href={`/trainings/sessions/${session.id}`}>{t('trainings.course.staffPage')}</a>}
        </p>
      )}
    </>
  );
}

/** GET /trainings/:courseSlug: a published course, its upcoming sessions with free seats or the waitlist, and registration. */
export function CoursePage(props: { data: CoursePageData; refusal?: { sessionId: string; reasons: TrainingRefusal[] } }) {
  const { t, locale } = usePage();
  const { course, sessions } = props.data;
  const refusal = props.refusal;
  return (
    <>
      <p class="breadcrumb">
        <a href="/trainings">{t('trainings.catalogue.title')}</a>
      </p>
      <h1>{course.title}</h1>
      {refusal && (
        <ErrorSummary
          errors={{
            _form: { key: 'trainings.register.refused', params: { reasons: refusal.reasons.map((r) => refusalText(t, locale, r, 'self')).join(' ') } },
          }}
        />
      )}
      <p class="lead">{course.summary}</p>
      <CourseDetails course={course} />
      <section aria-labelledby="course-description">
        <h2 id="course-description">{t('trainings.course.description')}</h2>
        {course.description.split(/\n{2,}/).map((paragraph) => (
          <p>{linkifiedText(paragraph)}</p>
        ))}
      </section>
      <section aria-labelledby="course-sessions">
        <h2 id="course-sessions">{t('trainings.course.sessions')}</h2>
        {sessions.length === 0 ? (
          <p class="empty-state">{t('trainings.course.noSessions')}</p>
        ) : (
          <ul class="result-list">
            {sessions.map((s) => (
              <li key={s.id} id={`session-${s.id}`}>
                <h3>{formatDateTime(locale, s.startsAt)}</h3>
                <SessionFacts session={s} />
                <SessionActions data={props.data} session={s} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
