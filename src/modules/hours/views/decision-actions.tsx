import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';

/**
 * Approve (one click) and reject (a page asking for the reason) for one submitted entry. Both carry
 * the list they were pressed on (`next`: this page with its filters, sort and page), so the decision
 * lands back there; the routes accept only a local path.
 */
export function DecisionActions(props: { entryId: string; which: string }) {
  const { t, url } = usePage();
  return (
    <>
      <PostForm action={`/hours/${props.entryId}/approve`} class="inline-form">
        <input type="hidden" name="next" value={url} />
        <button class="button button-secondary" type="submit">
          {t('hours.approve.submit')}
          <span class="visually-hidden">{props.which}</span>
        </button>
      </PostForm>{' '}
      <a href={`/hours/${props.entryId}/reject?next=${encodeURIComponent(url)}`}>
        {t('hours.reject.link')}
        <span class="visually-hidden">{props.which}</span>
      </a>
    </>
  );
}
