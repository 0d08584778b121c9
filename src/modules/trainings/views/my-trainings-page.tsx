import { formatDateTime } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { MyRegistrationRow } from '../mine-service.js';
import { isCancellable } from '../registration-rules.js';
import type { RegistrationSort } from '../schema.js';
import { ParticipantStatus } from './session-page.js';

/** What the person can do with their registration: answer an offer, cancel before the session, or (after it) give feedback and get the certificate in my volunteering. */
function MyActions(props: { row: MyRegistrationRow; now: Date }) {
  const { t } = usePage();
  const r = props.row;
  const before = !r.cancelledAt && r.startsAt.getTime() > props.now.getTime();
  return (
    <>
      {r.status === 'offered' && (
        <a href={`/trainings/registrations/${r.id}/offer`}>
          {t('trainings.offer.answer')}
          <span class="visually-hidden"> – {r.courseTitle}</span>
        </a>
      )}
      {r.status === 'offered' && before && ' · '}
      {before && isCancellable(r.status) && (
        <a href={`/trainings/registrations/${r.id}/cancel`}>
          {t('trainings.registration.cancel')}
          <span class="visually-hidden"> – {r.courseTitle}</span>
        </a>
      )}
      {(r.status === 'completed' || r.status === 'attended') && r.volunteerId && (
        <a href="/volunteer/my-volunteering#my-trainings">
          {t('trainings.mine.afterSession')}
          <span class="visually-hidden"> – {r.courseTitle}</span>
        </a>
      )}
    </>
  );
}

/** GET /trainings/mine: the person's registrations, their waitlist places and the offers waiting for their answer. */
export function MyTrainingsPage(props: { page: Page<MyRegistrationRow>; params: ListParams<RegistrationSort>; now: Date }) {
  const { t, locale } = usePage();
  const offers = props.page.items.filter((r) => r.status === 'offered');
  return (
    <ListPage
      title={t('trainings.mine.title')}
      page={props.page}
      params={props.params}
      rowKey={(r) => r.id}
      emptyText={t('trainings.mine.empty')}
      columns={[
        { label: t('trainings.mine.course'), sortKey: 'course', rowHeader: true, cell: (r) => <a href={`/trainings/${r.courseSlug}`}>{r.courseTitle}</a> },
        {
          label: t('trainings.session.when'),
          sortKey: 'starts',
          cell: (r) => (
            <>
              {formatDateTime(locale, r.startsAt)}
              {r.cancelledAt && ` (${t('trainings.session.cancelled')})`}
            </>
          ),
        },
        { label: t('trainings.session.where'), cell: (r) => (r.online ? t('trainings.session.online') : [r.placeName, r.address].filter(Boolean).join(', ')) },
        { label: t('trainings.participant.status'), cell: (r) => <ParticipantStatus row={r} /> },
        { label: t('list.actions'), cell: (r) => <MyActions row={r} now={props.now} /> },
      ]}
    >
      <p>{t('trainings.mine.intro')}</p>
      {offers.length > 0 && (
        <p class="flash" role="status">
          {t('trainings.mine.offers', { count: offers.length })}
        </p>
      )}
      <p>
        <a href="/trainings">{t('trainings.mine.catalogue')}</a>
      </p>
    </ListPage>
  );
}
