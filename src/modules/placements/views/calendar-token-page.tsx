import { usePage } from '../../../ui/page-context.js';

/** Shows the new feed URL once: only its hash is stored, so it cannot be shown again later. */
export function CalendarTokenPage(props: { feedUrl: string }) {
  const { t } = usePage();
  return (
    <>
      <h1>{t('placements.calendar.title')}</h1>
      <p>{t('placements.calendar.intro')}</p>
      <p>
        <label for="feed-url">{t('placements.calendar.urlLabel')}</label>
        <input id="feed-url" type="text" readOnly value={props.feedUrl} class="wide" />
      </p>
      <p class="muted">{t('placements.calendar.secret')}</p>
      <p>
        <a href="/dashboard">{t('dashboard.title')}</a>
      </p>
    </>
  );
}
