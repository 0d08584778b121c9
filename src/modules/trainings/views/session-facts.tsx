import { formatDateTime } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { SessionRow } from '../session-repo.js';
import { seatsText, sessionPlaceText } from './labels.js';

/** When, where, who trains and the seats of one session, as a description list. */
export function SessionFacts(props: { session: SessionRow; showLink?: boolean }) {
  const { t, locale } = usePage();
  const s = props.session;
  return (
    <dl class="details">
      <dt>{t('trainings.session.when')}</dt>
      <dd>
        {formatDateTime(locale, s.startsAt)} – {formatDateTime(locale, s.endsAt)}
      </dd>
      <dt>{t('trainings.session.where')}</dt>
      <dd>
        {sessionPlaceText(t, s)}
        {s.online && props.showLink && s.onlineUrl && (
          <>
            {' '}
            (<a href={s.onlineUrl}>{s.onlineUrl}</a>)
          </>
        )}
      </dd>
      <dt>{t('trainings.session.trainer')}</dt>
      <dd>{s.trainerName}</dd>
      <dt>{t('trainings.session.center')}</dt>
      <dd>{s.centerName}</dd>
      <dt>{t('trainings.session.seats')}</dt>
      <dd>{s.cancelledAt ? t('trainings.session.cancelled') : seatsText(t, s)}</dd>
    </dl>
  );
}
