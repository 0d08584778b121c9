import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';

/** The confirmation step of the one-click unsubscribe link (a real form: works without JavaScript). */
export function UnsubscribeConfirmPage(props: { token: string; subscribed: boolean }) {
  const { t } = usePage();
  return (
    <>
      <h1>{t('alerts.unsubscribe.title')}</h1>
      {props.subscribed ? (
        <>
          <p>{t('alerts.unsubscribe.question')}</p>
          <PostForm action="/alerts/unsubscribe">
            <input type="hidden" name="token" value={props.token} />
            <p class="toolbar">
              <button type="submit">{t('alerts.unsubscribe.confirm')}</button>
              <a href="/">{t('alerts.unsubscribe.cancel')}</a>
            </p>
          </PostForm>
        </>
      ) : (
        <>
          <p>{t('alerts.unsubscribe.already')}</p>
          <p>
            <a href="/">{t('alerts.unsubscribe.home')}</a>
          </p>
        </>
      )}
    </>
  );
}

export function UnsubscribeInvalidPage() {
  const { t } = usePage();
  return (
    <>
      <h1>{t('alerts.unsubscribe.invalidTitle')}</h1>
      <div class="error-summary" role="alert">
        <p>{t('alerts.unsubscribe.invalid')}</p>
      </div>
      <p>
        <a href="/volunteer/profile">{t('alerts.unsubscribe.profile')}</a>
      </p>
    </>
  );
}

export function UnsubscribeDonePage() {
  const { t } = usePage();
  return (
    <>
      <h1>{t('alerts.unsubscribe.doneTitle')}</h1>
      <p>{t('alerts.unsubscribe.done')}</p>
      <p class="toolbar">
        <a href="/">{t('alerts.unsubscribe.home')}</a>
        <a href="/volunteer/profile">{t('alerts.unsubscribe.profile')}</a>
      </p>
    </>
  );
}
