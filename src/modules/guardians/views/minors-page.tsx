import { formatDate, formatPersonName } from '../../../platform/i18n.js';
import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { GuardianHome } from '../service.js';

/** "A gyermekeim": the minors linked to the guardian's account, and invitations waiting for their address. */
export function MinorsPage({ home }: { home: GuardianHome }) {
  const { t, locale } = usePage();
  return (
    <>
      <h1>{t('guardians.home.title')}</h1>
      {home.invitations.length > 0 && (
        <section aria-labelledby="guardian-invitations">
          <h2 id="guardian-invitations">{t('guardians.home.invitations')}</h2>
          <ul>
            {home.invitations.map((i) => {
              const name = formatPersonName(i.familyName, i.givenName);
              return (
                <li key={i.id}>
                  <PostForm action="/guardian/invitation">
                    <input type="hidden" name="linkId" value={i.id} />
                    {t('guardians.home.invitationFrom', { name, until: formatDate(locale, i.expiresAt) })}{' '}
                    <button type="submit" aria-label={t('guardians.home.confirmNamed', { name })}>
                      {t('guardians.invitation.submit')}
                    </button>
                  </PostForm>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {home.minors.length === 0 ? (
        <p class="empty-state">{t('guardians.home.empty')}</p>
      ) : (
        <ul>
          {home.minors.map((m) => (
            <li key={m.id}>
              <a href={`/guardian/minors/${m.id}`}>{formatPersonName(m.familyName, m.givenName)}</a>
              {m.age != null && ` (${t('guardians.minor.age', { age: m.age })})`}
              {m.consentWaiting && (
                <>
                  {' – '}
                  <strong>{t('guardians.home.consentWaiting')}</strong>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
