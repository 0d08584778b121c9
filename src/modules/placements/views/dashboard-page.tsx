import { formatDateTime, formatPersonName } from '../../../platform/i18n.js';
import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { Dashboard } from '../overview-service.js';
import type { ApplicationStatus } from '../status-rules.js';

function Empty(props: { text: string }) {
  return <p class="empty-state">{props.text}</p>;
}

function VolunteerSection({ data }: { data: NonNullable<Dashboard['volunteer']> }) {
  const { t, locale } = usePage();
  return (
    <section class="card" aria-labelledby="dash-volunteer">
      <h2 id="dash-volunteer">{t('placements.dashboard.volunteer')}</h2>
      <h3>{t('placements.dashboard.myApplications')}</h3>
      {data.applications.length === 0 ? (
        <Empty text={t('placements.dashboard.noApplications')} />
      ) : (
        <ul>
          {data.applications.map((a) => (
            <li key={a.id}>
              <a href={`/applications/${a.id}`}>{a.title}</a> – {t(`placements.status.${a.status as ApplicationStatus}`)}
              {a.startsAt && ` (${formatDateTime(locale, new Date(a.startsAt))})`}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('placements.dashboard.upcomingShifts')}</h3>
      {data.upcomingShifts.length === 0 ? (
        <Empty text={t('placements.dashboard.noShifts')} />
      ) : (
        <ul>
          {data.upcomingShifts.map((s) => (
            <li key={s.shiftId}>
              {formatDateTime(locale, s.startsAt)} – <a href={`/applications/${s.applicationId}`}>{s.title}</a> ·{' '}
              <a href={`/shifts/${s.shiftId}/calendar.ics`}>{t('placements.calendar.ics')}</a>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href="/volunteer/suggestions">{t('placements.dashboard.suggestions')}</a> · <a href="/opportunities">{t('placements.dashboard.search')}</a> ·{' '}
        <a href="/volunteer/certificates">{t('certificates.title')}</a> · <a href="/volunteer/my-volunteering">{t('myVolunteering.dashboardLink')}</a>
      </p>
      <PostForm action="/volunteer/calendar-token">
        <button class="button button-secondary" type="submit">
          {data.hasCalendarFeed ? t('placements.calendar.rotate') : t('placements.calendar.create')}
        </button>
      </PostForm>
    </section>
  );
}

function OrganizationSection({ data }: { data: NonNullable<Dashboard['organization']> }) {
  const { t, locale } = usePage();
  return (
    <section class="card" aria-labelledby="dash-organization">
      <h2 id="dash-organization">{t('placements.dashboard.organization')}</h2>
      <ul>
        {data.organizations.map((o) => (
          <li key={o.id}>
            <a href={`/organizations/${o.id}`}>{o.name}</a>: <a href={`/organizations/${o.id}/hours`}>{t('placements.dashboard.orgHours')}</a>
            {' · '}
            <a href={`/organizations/${o.id}/contract-template`}>{t('placements.dashboard.orgContractTemplate')}</a>
            {o.keepsRegister && (
              <>
                {' · '}
                <a href={`/organizations/${o.id}/register`}>{t('placements.dashboard.orgRegister')}</a>
              </>
            )}
            {' · '}
            <a href={`/organizations/${o.id}/reports`}>{t('placements.dashboard.orgReports')}</a>
          </li>
        ))}
      </ul>
      <h3>{t('placements.dashboard.opportunities')}</h3>
      {data.opportunities.length === 0 ? (
        <Empty text={t('placements.dashboard.noOpportunities')} />
      ) : (
        <ul>
          {data.opportunities.map((o) => (
            <li key={o.id}>
              <a href={`/opportunities/${o.id}`}>{o.title}</a> ({o.organizationName}) – {t('placements.dashboard.newApplicants', { count: o.newApplicants })}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('placements.dashboard.applicants')}</h3>
      {data.applicants.length === 0 ? (
        <Empty text={t('placements.dashboard.noApplicants')} />
      ) : (
        <ul>
          {data.applicants.map((a) => (
            <li key={a.id}>
              <a href={`/applications/${a.id}`}>{formatPersonName(a.familyName, a.givenName)}</a> – {a.title} (
              {t(`placements.status.${a.status as ApplicationStatus}`)})
            </li>
          ))}
        </ul>
      )}
      <h3>{t('placements.dashboard.openShifts')}</h3>
      {data.openShifts.length === 0 ? (
        <Empty text={t('placements.dashboard.noOpenShifts')} />
      ) : (
        <ul>
          {data.openShifts.map((s) => (
            <li key={s.id}>
              {formatDateTime(locale, new Date(s.startsAt))} – <a href={`/opportunities/${s.opportunityId}/shifts`}>{s.title}</a>:{' '}
              {t('placements.dashboard.seats', { taken: s.seatsTaken, capacity: s.capacity })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CoordinatorSection({ data }: { data: NonNullable<Dashboard['coordinator']> }) {
  const { t } = usePage();
  return (
    <section class="card" aria-labelledby="dash-coordinator">
      <h2 id="dash-coordinator">{t('placements.dashboard.coordinator')}</h2>
      <h3>{t('placements.dashboard.queue')}</h3>
      <ul>
        <li>
          <a href="/center/organizations">{t('placements.dashboard.queueOrganizations', { count: data.queue.organizations })}</a>
        </li>
        <li>
          <a href="/center/opportunities">{t('placements.dashboard.queueOpportunities', { count: data.queue.opportunities })}</a>
        </li>
        <li>
          <a href="/center/follow-up">{t('placements.followUp.title')}</a>
        </li>
        <li>
          <a href="/center/follow-up/host-answers">{t('placements.dashboard.overdueHostAnswers', { count: data.overdueHostAnswers })}</a>
        </li>
        <li>
          <a href="/coordinator/hours">{t('hours.stale.title')}</a>
        </li>
      </ul>
      <h3>{t('placements.dashboard.recentPlacements')}</h3>
      {data.recentPlacements.length === 0 ? (
        <Empty text={t('placements.dashboard.noneRecentPlacements')} />
      ) : (
        <ul>
          {data.recentPlacements.map((a) => (
            <li key={a.id}>
              <a href={`/applications/${a.id}`}>{formatPersonName(a.familyName, a.givenName)}</a> – {a.title} (
              {t(`placements.status.${a.status as ApplicationStatus}`)})
            </li>
          ))}
        </ul>
      )}
      <h3>{t('placements.dashboard.withoutPlacement')}</h3>
      {data.volunteersWithoutPlacement.length === 0 ? (
        <Empty text={t('placements.dashboard.noneWithoutPlacement')} />
      ) : (
        <ul>
          {data.volunteersWithoutPlacement.map((v) => (
            <li key={v.id}>
              <a href={`/volunteers/${v.id}`}>{formatPersonName(v.familyName, v.givenName)}</a>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('placements.dashboard.withoutApplicants')}</h3>
      {data.opportunitiesWithoutApplicants.length === 0 ? (
        <Empty text={t('placements.dashboard.noneWithoutApplicants')} />
      ) : (
        <ul>
          {data.opportunitiesWithoutApplicants.map((o) => (
            <li key={o.id}>
              <a href={`/opportunities/${o.id}/candidates`}>{o.title}</a> ({o.organizationName})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The role-aware dashboard: a section for each way the user takes part. */
export function DashboardPage({ dashboard }: { dashboard: Dashboard }) {
  const { t } = usePage();
  const none = !dashboard.volunteer && !dashboard.organization && !dashboard.coordinator;
  return (
    <>
      <h1>{t('placements.dashboard.title')}</h1>
      {none && (
        <p class="empty-state">
          {t('placements.dashboard.nothing')} <a href="/volunteer/profile">{t('placements.dashboard.createProfile')}</a>
        </p>
      )}
      <div class="cards">
        {dashboard.volunteer && <VolunteerSection data={dashboard.volunteer} />}
        {dashboard.organization && <OrganizationSection data={dashboard.organization} />}
        {dashboard.coordinator && <CoordinatorSection data={dashboard.coordinator} />}
      </div>
    </>
  );
}
