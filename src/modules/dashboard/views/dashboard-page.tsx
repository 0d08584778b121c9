import { formatDateTime, type MessageKey } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import { CompanySection } from '../../companies/views/dashboard-section.js';
import { EventDaySection } from '../../event-day/views/dashboard-section.js';
import { HospitalSection } from '../../hospital/views/dashboard-section.js';
import { IkszSection } from '../../iksz/views/dashboard-section.js';
import { SchoolSection } from '../../schools/views/dashboard-section.js';
import type { NextStep } from '../next-steps.js';
import type { Dashboard } from '../service.js';
import { CoordinatorSection } from './coordinator-section.js';
import { OrganizationSection } from './organization-section.js';
import { VolunteerSection } from './volunteer-section.js';

function NextSteps(props: { steps: NextStep[] }) {
  const { t, locale } = usePage();
  if (props.steps.length === 0) return null;
  return (
    <section class="next-steps" aria-labelledby="dash-next">
      <h2 id="dash-next">{t('dashboard.nextSteps')}</h2>
      <ol>
        {props.steps.map((s) => (
          <li key={`${s.kind}-${s.href}`}>
            <a href={s.href}>
              {t(`dashboard.step.${s.kind}` as MessageKey, {
                name: s.name ?? '',
                count: s.count ?? 0,
                until: s.until ? formatDateTime(locale, s.until) : '',
              })}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}

function AdminSection() {
  const { t } = usePage();
  return (
    <section class="card" aria-labelledby="dash-admin">
      <h2 id="dash-admin">{t('dashboard.admin')}</h2>
      <p>{t('dashboard.adminText')}</p>
      <p>
        <a href="/admin">{t('dashboard.openAdmin')}</a>
      </p>
    </section>
  );
}

/** The dashboard every signed-in user lands on: next steps, then a section for each way the user takes part. */
export function DashboardPage({ dashboard }: { dashboard: Dashboard }) {
  const { t } = usePage();
  const sections = [
    dashboard.volunteer,
    dashboard.organization,
    dashboard.coordinator,
    dashboard.school,
    dashboard.company,
    dashboard.iksz,
    dashboard.hospital,
    dashboard.eventDay,
  ];
  const none = sections.every((s) => !s) && !dashboard.admin && dashboard.nextSteps.length === 0;
  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      <NextSteps steps={dashboard.nextSteps} />
      {dashboard.rolesWithoutArea.length > 0 && (
        <p>
          {t('dashboard.noArea')} <a href="/opportunities">{t('dashboard.search')}</a>
        </p>
      )}
      {none && dashboard.rolesWithoutArea.length === 0 && (
        <p class="empty-state">
          {t('dashboard.nothing')} <a href="/opportunities">{t('dashboard.search')}</a>
        </p>
      )}
      {dashboard.coordinator && <CoordinatorSection data={dashboard.coordinator} />}
      <div class="cards">
        {dashboard.volunteer && <VolunteerSection data={dashboard.volunteer} />}
        {dashboard.organization && <OrganizationSection data={dashboard.organization} />}
        {dashboard.school && <SchoolSection data={dashboard.school} />}
        {dashboard.company && <CompanySection data={dashboard.company} />}
        {dashboard.iksz && <IkszSection data={dashboard.iksz} />}
        {dashboard.hospital && <HospitalSection data={dashboard.hospital} />}
        {dashboard.eventDay && <EventDaySection data={dashboard.eventDay} />}
        {dashboard.admin && <AdminSection />}
      </div>
    </>
  );
}
