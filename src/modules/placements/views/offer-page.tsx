import { formatDateTime } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { ApplicationTimeline } from '../status-service.js';

/** A seat offered from the waitlist: confirm (the seat is yours) or decline (it goes to the next). */
export function OfferPage(props: { timeline: ApplicationTimeline; errors?: FieldErrors }) {
  const { t, locale } = usePage();
  const { view } = props.timeline;
  const open = view.application.status === 'offered';
  const until = view.application.offerExpiresAt;
  return (
    <>
      <h1>{t('placements.offer.title', { title: view.opportunityTitle })}</h1>
      <ErrorSummary errors={props.errors} />
      <dl>
        <dt>{t('placements.offer.organization')}</dt>
        <dd>{view.organizationName}</dd>
        <dt>{t('placements.offer.shift')}</dt>
        <dd>{view.shiftStartsAt ? formatDateTime(locale, view.shiftStartsAt) : '–'}</dd>
        {open && until && (
          <>
            <dt>{t('placements.offer.until')}</dt>
            <dd>{formatDateTime(locale, until)}</dd>
          </>
        )}
      </dl>
      {open ? (
        <PostForm action={`/applications/${view.application.id}/offer`}>
          <p>
            <button type="submit" name="answer" value="confirm">
              {t('placements.offer.confirm')}
            </button>{' '}
            <button type="submit" name="answer" value="decline">
              {t('placements.offer.decline')}
            </button>
          </p>
        </PostForm>
      ) : (
        <p>{t('placements.offer.closed', { status: t(`placements.status.${view.application.status as 'offered'}`) })}</p>
      )}
      <p>
        <a href={`/applications/${view.application.id}`}>{t('placements.offer.timeline')}</a>
      </p>
    </>
  );
}
