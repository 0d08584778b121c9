import { formatDateTime } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { CompanyDashboard } from '../dashboard-part.js';

/**
 * The dashboard's corporate section (issue 16): the coordinator's companies with their counts and
 * next steps; the employee's teams and the team days waiting for their answer. Only links the
 * person may open.
 */
export function CompanySection(props: { data: CompanyDashboard }) {
  const { t, locale } = usePage();
  const { companies, memberships, pending } = props.data;
  return (
    <section class="card" aria-labelledby="dash-companies">
      <h2 id="dash-companies">{t('companies.dashboard.title')}</h2>
      {companies.length > 0 && (
        <ul>
          {companies.map((c) => (
            <li key={c.companyId}>
              <a href={`/companies/${c.companyId}`}>{t('companies.dashboard.open', { company: c.name })}</a>{' '}
              {t('companies.dashboard.company', { company: c.name, teams: c.teams, signups: c.signups })}{' '}
              <a href={`/companies/${c.companyId}/team-days`}>{t('companies.teamDays.title')}</a>
            </li>
          ))}
        </ul>
      )}
      {memberships.length > 0 && (
        <>
          <h3>{t('companies.dashboard.myTeams')}</h3>
          <ul>
            {memberships.map((m) => (
              <li key={m.memberId}>{t('companies.my.teamOf', { team: m.teamName, company: m.companyName })}</li>
            ))}
          </ul>
          {pending.length > 0 && (
            <ul>
              {pending.map((p) => (
                <li key={p.id}>
                  <a href={`/companies/signups/${p.id}`}>
                    {t('companies.dashboard.pending', { title: p.title, when: formatDateTime(locale, new Date(p.starts_at)) })}
                  </a>
                </li>
              ))}
            </ul>
          )}
          <p>
            <a href="/companies">{t('companies.my.title')}</a>
          </p>
        </>
      )}
    </section>
  );
}
