import { Checkbox } from '../../../ui/choice-fields.js';
import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { Invitation } from '../team-service.js';

/** The invitation link: join the team (choosing whether the company sees the name), or why not. */
export function JoinPage(props: { state: Invitation; token: string }) {
  const { t } = usePage();
  const { state } = props;
  const here = `/companies/join/${props.token}`;
  return (
    <>
      <h1>{t('companies.join.title')}</h1>
      {state.kind === 'invalid' && <p>{t('companies.join.invalid')}</p>}
      {state.kind === 'expired' && <p>{t('companies.join.expired')}</p>}
      {state.kind === 'noProfile' && (
        <>
          <p>{t('companies.join.noProfile')}</p>
          <p>
            <a class="button" href={`/volunteer/profile?next=${encodeURIComponent(here)}`}>
              {t('companies.join.createProfile')}
            </a>
          </p>
        </>
      )}
      {state.kind === 'ok' && (
        <>
          <p>{t('companies.join.intro', { company: state.companyName, team: state.teamName })}</p>
          <p>{t('companies.join.privacy')}</p>
          <PostForm action={here}>
            <Checkbox name="namesConsent" label={t('companies.join.namesConsent', { company: state.companyName })} />
            <button type="submit">{t('companies.join.accept')}</button>
          </PostForm>
        </>
      )}
    </>
  );
}
