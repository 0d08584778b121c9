import type { ComponentChildren } from 'preact';
import { assetUrl } from '../platform/assets.js';
import { can } from '../platform/authz.js';
import { formatPersonName } from '../platform/i18n.js';
import { CsrfField } from './forms.js';
import { urlWithLang } from './language-switch.js';
import { usePage } from './page-context.js';

export function Layout(props: { title: string; children: ComponentChildren }) {
  const { t, locale, actor, url, csrfToken, flash } = usePage();
  const other = locale === 'hu' ? 'en' : 'hu';
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="htmx-config" content='{"includeIndicatorStyles":false,"allowEval":false}' />
        <meta name="csrf-token" content={csrfToken} />
        <title>{`${props.title} – ${t('app.name')}`}</title>
        <link rel="stylesheet" href={assetUrl('app.css')} />
        <link rel="icon" href={assetUrl('favicon.svg')} type="image/svg+xml" />
        <script src={assetUrl('htmx.min.js')} defer />
        <script src={assetUrl('app.js')} defer />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('nav.skip')}
        </a>
        <header class="site-header">
          <div class="container header-row">
            <a class="brand" href="/">
              {t('app.name')}
            </a>
            <nav aria-label={t('nav.main')}>
              <ul class="nav-list">
                <li>
                  <a href="/">{t('nav.home')}</a>
                </li>
                <li>
                  <a href="/opportunities">{t('nav.opportunities')}</a>
                </li>
                <li>
                  <a href="/places">{t('nav.places')}</a>
                </li>
                <li>
                  <a href="/knowledge">{t('nav.knowledge')}</a>
                </li>
                <li>
                  <a href="/trainings">{t('trainings.nav')}</a>
                </li>
                {actor && (
                  <li>
                    <a href="/dashboard">{t('nav.dashboard')}</a>
                  </li>
                )}
                {actor?.grants.some((g) => g.role === 'guardian') && (
                  <li>
                    <a href="/guardian">{t('guardians.nav')}</a>
                  </li>
                )}
                {can(actor, 'volunteers.view') && (
                  <li>
                    <a href="/volunteers">{t('nav.volunteers')}</a>
                  </li>
                )}
                {can(actor, 'inquiries.log') && (
                  <li>
                    <a href="/inquiries">{t('inquiries.nav')}</a>
                  </li>
                )}
                {can(actor, 'knowledge.edit') && (
                  <li>
                    <a href="/knowledge/manage">{t('knowledge.nav.manage')}</a>
                  </li>
                )}
                {can(actor, 'trainings.manage') && (
                  <>
                    <li>
                      <a href="/trainings/manage">{t('trainings.nav.manage')}</a>
                    </li>
                    <li>
                      <a href="/readiness">{t('readiness.nav')}</a>
                    </li>
                    <li>
                      <a href="/exchange-meetings">{t('exchange.nav')}</a>
                    </li>
                  </>
                )}
                {can(actor, 'advocacy.manage') && (
                  <li>
                    <a href="/advocacy/actions">{t('advocacy.nav')}</a>
                  </li>
                )}
                {can(actor, 'programs.manage') && (
                  <li>
                    <a href="/programs/manage">{t('programs.nav.manage')}</a>
                  </li>
                )}
                {actor?.grants.some((g) => g.role === 'school_coordinator') && (
                  <li>
                    <a href="/schools">{t('programs.nav.schools')}</a>
                  </li>
                )}
                {actor?.grants.some((g) => g.role === 'company_coordinator') && (
                  <li>
                    <a href="/companies">{t('programs.nav.companies')}</a>
                  </li>
                )}
                {can(actor, 'reports.center') && (
                  <li>
                    <a href="/center/reports">{t('nav.reports')}</a>
                  </li>
                )}
                {can(actor, 'admin.enter') && (
                  <li>
                    <a href="/admin">{t('nav.admin')}</a>
                  </li>
                )}
                {actor ? (
                  <>
                    <li>
                      <a href="/account">{t('nav.account')}</a>
                    </li>
                    <li>
                      <form method="post" action="/logout" class="inline-form">
                        <CsrfField />
                        <button type="submit" class="link-button">
                          {t('nav.logout')}
                        </button>
                      </form>
                    </li>
                  </>
                ) : (
                  <>
                    <li>
                      <a href="/login">{t('nav.login')}</a>
                    </li>
                    <li>
                      <a href="/signup">{t('nav.signup')}</a>
                    </li>
                  </>
                )}
                <li>
                  <a href={urlWithLang(url, other)} lang={other} hreflang={other}>
                    {other === 'en' ? t('nav.switchToEnglish') : t('nav.switchToHungarian')}
                  </a>
                </li>
              </ul>
            </nav>
          </div>
          {actor && <p class="container signed-in">{formatPersonName(actor.familyName, actor.givenName)}</p>}
        </header>
        <main id="main" class="container" tabindex={-1}>
          {flash && (
            <p class="flash" role="status">
              {flash}
            </p>
          )}
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="container">
            <p>
              <a href="/ask">{t('inquiries.ask.title')}</a> · <a href="/points">{t('points.public.title')}</a> ·{' '}
              <a href="/programs">{t('programs.public.title')}</a>
            </p>
            <p>{t('footer.license')}</p>
            <p class="small">{t('footer.attribution')}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
