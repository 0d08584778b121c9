import { formatDateTime } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { ParticipantRow } from '../participants-repo.js';
import { isCancellable } from '../registration-rules.js';
import type { ParticipantSort } from '../schema.js';
import type { SessionRow } from '../session-repo.js';
import { registrationStatusKey } from './labels.js';
import { SessionFacts } from './session-facts.js';

/** A participant's status: with the waitlist place, or until when an offered seat is held. */
export function ParticipantStatus(props: { row: ParticipantRow }) {
  const { t, locale } = usePage();
  const r = props.row;
  return (
    <>
      {t(registrationStatusKey(r.status))}
      {r.waitlistPosition != null && ` (${t('trainings.mine.position', { position: r.waitlistPosition })})`}
      {r.status === 'offered' && r.offerExpiresAt && ` (${t('trainings.offer.until', { until: formatDateTime(locale, r.offerExpiresAt) })})`}
    </>
  );
}

/** What staff can do with one registration: answer an offer on the person's word, or take them off. */
export function ParticipantActions(props: { row: ParticipantRow }) {
  const { t } = usePage();
  const r = props.row;
  return (
    <>
      {r.status === 'offered' && (
        <a href={`/trainings/registrations/${r.id}/offer`}>
          {t('trainings.offer.answer')}
          <span class="visually-hidden"> – {r.participantName}</span>
        </a>
      )}
      {r.status === 'offered' && ' · '}
      {isCancellable(r.status) && (
        <a href={`/trainings/registrations/${r.id}/cancel`}>
          {t('trainings.registration.remove')}
          <span class="visually-hidden"> – {r.participantName}</span>
        </a>
      )}
    </>
  );
}

/** Who the registration is for: a volunteer, an organization's staff member, a walk-in. */
function participantKind(t: ReturnType<typeof usePage>['t'], r: ParticipantRow): string {
  const kind = r.volunteerId ? t('trainings.participant.volunteer') : r.userId ? t('trainings.participant.staff') : t('trainings.participant.walkIn');
  return r.organizationName ? `${kind} (${r.organizationName})` : kind;
}

/**
 * GET /trainings/sessions/:sessionId: the session for its center's training staff, with the roster
 * (participants and the waitlist in its order) and the way to the attendance page.
 */
export function SessionPage(props: { session: SessionRow; page: Page<ParticipantRow>; params: ListParams<ParticipantSort>; now: Date }) {
  const { t, locale } = usePage();
  const s = props.session;
  const upcoming = !s.cancelledAt && s.startsAt.getTime() > props.now.getTime();
  return (
    <>
      <p class="breadcrumb">
        <a href="/trainings/manage">{t('trainings.manage.title')}</a> › <a href={`/trainings/manage/${s.courseId}`}>{s.courseTitle}</a>
      </p>
      <h1>{t('trainings.session.title', { course: s.courseTitle, when: formatDateTime(locale, s.startsAt) })}</h1>
      <SessionFacts session={s} showLink />
      <ul>
        {upcoming && (
          <li>
            <a href={`/trainings/sessions/${s.id}/edit`}>{t('trainings.session.edit')}</a>
          </li>
        )}
        {upcoming && (
          <li>
            <a href={`/trainings/sessions/${s.id}/enrol`}>{t('trainings.session.enrol')}</a>
          </li>
        )}
        <li>
          {/* The attendance, sign-in sheet and completion pages (trainings' attendance-* files). */}
          <a href={`/trainings/sessions/${s.id}/attendance`}>{t('trainings.session.attendance')}</a>
        </li>
        {s.courseStatus === 'published' && (
          <li>
            <a href={`/trainings/${s.courseSlug}`}>{t('trainings.manage.publicPage')}</a>
          </li>
        )}
        {upcoming && (
          <li>
            <a href={`/trainings/sessions/${s.id}/cancel`}>{t('trainings.session.cancel')}</a>
          </li>
        )}
      </ul>
      <ListPage
        title={t('trainings.session.participants')}
        headingLevel={2}
        page={props.page}
        params={props.params}
        rowKey={(r) => r.id}
        emptyText={t('trainings.session.noParticipants')}
        columns={[
          { label: t('trainings.participant.name'), sortKey: 'name', rowHeader: true, cell: (r) => r.participantName },
          { label: t('trainings.participant.email'), cell: (r) => r.participantEmail ?? '' },
          { label: t('trainings.participant.kind'), cell: (r) => participantKind(t, r) },
          { label: t('trainings.participant.status'), sortKey: 'status', cell: (r) => <ParticipantStatus row={r} /> },
          { label: t('trainings.participant.registered'), sortKey: 'registered', cell: (r) => formatDateTime(locale, r.createdAt) },
          { label: t('list.actions'), cell: (r) => <ParticipantActions row={r} /> },
        ]}
      />
    </>
  );
}
