import { formatDuration } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { IkszDashboard } from '../dashboard-part.js';

/** The dashboard's IKSZ cards: the student's progress and next step, a guardian's students, a host's occasions to certify. */
export function IkszSection(props: { data: IkszDashboard }) {
  const { t, locale } = usePage();
  const { student, children, hosts } = props.data;
  const h = (m: number) => formatDuration(t, locale, m);
  return (
    <>
      {student && (
        <section class="card" aria-labelledby="dash-iksz-student">
          <h2 id="dash-iksz-student">{t('iksz.dashboard.student')}</h2>
          <p>{t('iksz.dashboard.studentProgress', { hours: h(student.accepted) })}</p>
          <p>{t(student.nextStep)}</p>
          <p>
            <a href="/iksz/my">{t('iksz.my.title')}</a>
          </p>
        </section>
      )}
      {children.length > 0 && (
        <section class="card" aria-labelledby="dash-iksz-guardian">
          <h2 id="dash-iksz-guardian">{t('iksz.dashboard.guardian')}</h2>
          <ul>
            {children.map((c) => (
              <li key={c.studentId}>
                <a href={`/iksz/students/${c.studentId}`}>{t('iksz.dashboard.guardianItem', { name: c.name, hours: h(c.accepted) })}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {hosts.length > 0 && (
        <section class="card" aria-labelledby="dash-iksz-host">
          <h2 id="dash-iksz-host">{t('iksz.dashboard.host')}</h2>
          <ul>
            {hosts.map((o) => (
              <li key={o.organizationId}>
                <a href={`/organizations/${o.organizationId}/iksz`}>{t('iksz.dashboard.hostItem', { organization: o.name, count: o.waiting })}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
