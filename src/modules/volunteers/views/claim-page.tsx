import { formatPersonName } from '../../../platform/i18n.js';
import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { ClaimState } from '../profile-service.js';

/** Taking over a profile staff registered, from the e-mailed link (addressed to the volunteer). */
export function ClaimPage(props: { state: ClaimState; token: string }) {
  const { t } = usePage();
  const { state } = props;
  return (
    <>
      <h1>{t('volunteers.claim.title')}</h1>
      {state.kind === 'ok' ? (
        <>
          <p>{t('volunteers.claim.lead', { name: formatPersonName(state.volunteer.familyName, state.volunteer.givenName) })}</p>
          <PostForm action="/volunteer/claim">
            <input type="hidden" name="token" value={props.token} />
            <p class="toolbar">
              <button type="submit">{t('volunteers.claim.submit')}</button>
              <a href="/">{t('form.cancel')}</a>
            </p>
          </PostForm>
        </>
      ) : (
        <>
          <p>{t(`volunteers.claim.${state.kind}`)}</p>
          <p>
            <a href={state.kind === 'hasProfile' ? '/volunteer/profile' : '/'}>
              {t(state.kind === 'hasProfile' ? 'volunteers.claim.toProfile' : 'error.backHome')}
            </a>
          </p>
        </>
      )}
    </>
  );
}
