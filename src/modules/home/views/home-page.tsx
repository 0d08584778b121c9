import { formatPersonName } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';

export function HomePage() {
  const { t, actor } = usePage();
  return (
    <>
      <section class="hero">
        <h1>{t('home.title')}</h1>
        {actor && <p class="welcome">{t('home.welcome', { name: formatPersonName(actor.familyName, actor.givenName) })}</p>}
        <p class="lead">{t('home.lead')}</p>
      </section>
      <div class="cards">
        <section class="card">
          <h2>{t('home.volunteerTitle')}</h2>
          <p>{t('home.volunteerText')}</p>
          <p>
            <a href="/opportunities">{t('home.searchLink')}</a>
          </p>
          {!actor && (
            <p>
              <a class="button" href="/signup?kind=volunteer">
                {t('nav.signup')}
              </a>
            </p>
          )}
        </section>
        <section class="card">
          <h2>{t('home.orgTitle')}</h2>
          <p>{t('home.orgText')}</p>
          {actor && (
            <p>
              <a href="/organizations/register">{t('home.orgRegisterLink')}</a>
            </p>
          )}
          <p>
            <a href="/law/contract-check">{t('law.check.homeLink')}</a>
          </p>
          {!actor && (
            <p>
              <a class="button button-secondary" href="/signup?kind=organization">
                {t('nav.signup')}
              </a>
            </p>
          )}
        </section>
        <section class="card">
          <h2>{t('home.placesTitle')}</h2>
          <p>{t('home.placesText')}</p>
          <p>
            <a href="/places">{t('nav.places')}</a>
          </p>
        </section>
      </div>
    </>
  );
}
