import { formatPersonName } from '../../../platform/i18n.js';
import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { InvitationView } from '../service.js';

/**
 * The e-mailed invitation's page (formal "Ön"). Opening it never confirms anything: the button POSTs.
 * Without a login it offers logging in (back here) or signing up; a wrong account is told why not.
 */
export function InvitationPage(props: { view: InvitationView; token: string }) {
  const { t } = usePage();
  const { view } = props;
  const here = `/guardian/invitation?token=${encodeURIComponent(props.token)}`;
  return (
    <>
      <h1>{t('guardians.invitation.title')}</h1>
      {view.state === 'ok' && (
        <>
          <p>{t('guardians.invitation.lead', { name: formatPersonName(view.minor.familyName, view.minor.givenName) })}</p>
          <PostForm action="/guardian/invitation">
            <input type="hidden" name="token" value={props.token} />
            <p class="toolbar">
              <button type="submit">{t('guardians.invitation.submit')}</button>
              <a href="/">{t('form.cancel')}</a>
            </p>
          </PostForm>
        </>
      )}
      {view.state === 'anonymous' && (
        <>
          <p>{t('guardians.invitation.anonymous')}</p>
          <p class="toolbar">
            <a class="button" href={`/login?next=${encodeURIComponent(here)}`}>
              {t('guardians.invitation.login')}
            </a>
            <a class="button button-secondary" href="/signup">
              {t('guardians.invitation.signup')}
            </a>
          </p>
          <p>{t('guardians.invitation.afterSignup')}</p>
        </>
      )}
      {view.state === 'wrongAccount' && <p>{t('guardians.invitation.wrongAccount', { email: view.invitedEmail })}</p>}
      {view.state !== 'ok' && view.state !== 'anonymous' && view.state !== 'wrongAccount' && <p>{t(`guardians.invitation.${view.state}`)}</p>}
      {view.state !== 'ok' && view.state !== 'anonymous' && (
        <p>
          <a href="/">{t('error.backHome')}</a>
        </p>
      )}
    </>
  );
}
