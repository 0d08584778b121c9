import { formatDateTime, formatPersonName } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { ApplicationStatus } from '../../placements/service.js';
import type { Dashboard } from '../service.js';
import { ListSection } from './list-section.js';

export function OrganizationSection({ data }: { data: NonNullable<Dashboard['organization']> }) {
  const { t, locale } = usePage();
  return (
    <section class="card" aria-labelledby="dash-organization">
      <h2 id="dash-organization">{t('dashboard.organization')}</h2>
      <ul>
        {data.organizations.map((o) => (
          <li key={o.id}>
            <a href={`/organizations/${o.id}`}>{o.name}</a>: <a href={`/organizations/${o.id}/hours`}>{t('dashboard.orgHours')}</a>
            {' · '}
            <a href={`/organizations/${o.id}/contract-template`}>{t('dashboard.orgContractTemplate')}</a>
            {o.keepsRegister && (
              <>
                {' · '}
                <a href={`/organizations/${o.id}/register`}>{t('dashboard.orgRegister')}</a>
              </>
            )}
            {' · '}
            <a href={`/organizations/${o.id}/reports`}>{t('dashboard.orgReports')}</a>
            {o.status === 'approved' && (
              <>
                {' · '}
                <a href={`/organizations/${o.id}/readiness`}>{t('readiness.nav')}</a>
                {' · '}
                <a href={`/organizations/${o.id}/exchange-meetings`}>{t('exchange.nav')}</a>
              </>
            )}
          </li>
        ))}
      </ul>
      <ListSection
        heading={t('dashboard.opportunities')}
        rows={data.opportunities}
        emptyText={t('dashboard.noOpportunities')}
        item={(o) => (
          <>
            <a href={`/opportunities/${o.id}`}>{o.title}</a> ({o.organizationName}) – {t('dashboard.newApplicants', { count: o.newApplicants })}
          </>
        )}
      />
      <ListSection
        heading={t('dashboard.applicants')}
        headingId="dash-applicants"
        rows={data.applicants}
        emptyText={t('dashboard.noApplicants')}
        item={(a) => (
          <>
            <a href={`/applications/${a.id}`}>{formatPersonName(a.familyName, a.givenName)}</a> – {a.title} (
            {t(`placements.status.${a.status as ApplicationStatus}`)})
          </>
        )}
      />
      <ListSection
        heading={t('dashboard.openShifts')}
        rows={data.openShifts}
        emptyText={t('dashboard.noOpenShifts')}
        item={(s) => (
          <>
            {formatDateTime(locale, new Date(s.startsAt))} – <a href={`/opportunities/${s.opportunityId}/shifts`}>{s.title}</a>:{' '}
            {t('dashboard.seats', { taken: s.seatsTaken, capacity: s.capacity })}
          </>
        )}
      />
    </section>
  );
}
