import { usePage } from '../../../ui/page-context.js';
import type { HospitalDashboard } from '../dashboard-part.js';
import { dayText, requirementLabel, stateText } from './labels.js';

/** The dashboard card of hospital volunteering: a volunteer's requirements to renew, the staff's programs needing attention, a supervisor's wards this week. */
export function HospitalSection(props: { data: HospitalDashboard }) {
  const { t, locale } = usePage();
  const { mine, programs, wards } = props.data;
  return (
    <section class="card" aria-labelledby="dash-hospital">
      <h2 id="dash-hospital">{t('hospital.dashboard.title')}</h2>
      {mine.length > 0 && (
        <ul>
          {mine.map((m) => (
            <li key={`${m.programId}-${m.status.kind}`}>
              <a href={`/hospital/${m.programId}/roster`}>
                {m.status.state === 'expiring' && m.status.validUntil
                  ? t('hospital.dashboard.expiringVolunteer', {
                      program: m.programName,
                      name: requirementLabel(t, m.status.kind),
                      date: dayText(locale, m.status.validUntil),
                    })
                  : `${m.programName}: ${requirementLabel(t, m.status.kind)} – ${stateText(t, locale, m.status)}`}
              </a>
            </li>
          ))}
        </ul>
      )}
      {programs.length > 0 && (
        <ul>
          {programs.map((p) => (
            <li key={p.id}>
              <a href={`/hospital/${p.id}/volunteers`}>{t('hospital.dashboard.expiringStaff', { program: p.name, count: p.expiring })}</a> ·{' '}
              <a href={`/hospital/${p.id}/wards`}>{t('hospital.nav.wards')}</a>
            </li>
          ))}
        </ul>
      )}
      {wards.length > 0 && (
        <ul>
          {wards.map((w) => (
            <li key={w.id}>
              <a href={`/hospital/wards/${w.id}`}>
                {t('hospital.dashboard.supervisedWard', { ward: w.name, organization: w.organizationName, count: w.signedUp, seats: w.seats })}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
