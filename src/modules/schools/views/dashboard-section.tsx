import { formatPersonName } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { SchoolDashboard } from '../dashboard-part.js';

/**
 * The dashboard's school section (issue 16): per school the coordinator's or class teacher's figures
 * with the next steps (students without this year's guardian agreement, agreements ending within 30
 * days, occasions waiting for the school's acceptance); for a guardian, this year's agreement per
 * student. Every link is a page the person may open.
 */
export function SchoolSection(props: { data: SchoolDashboard }) {
  const { t } = usePage();
  const { schools, guardianStudents, schoolYear } = props.data;
  return (
    <section class="card" aria-labelledby="dash-schools">
      <h2 id="dash-schools">{t('schools.dashboard.title')}</h2>
      {schools.map((s) => {
        const base = `/schools/${s.schoolId}`;
        const coordinator = s.role === 'coordinator';
        return (
          <div key={s.schoolId}>
            <h3>
              <a href={base}>{s.name}</a>
            </h3>
            <p>{coordinator ? t('schools.role.coordinator') : t('schools.role.classTeacherOf', { classes: s.classNames.join(', ') })}</p>
            <ul>
              <li>
                <a href={`${base}/students?status=active`}>{t('schools.counts.students', { count: s.counts.students })}</a>
              </li>
              {s.counts.withoutAgreement > 0 && (
                <li>
                  <a href={`${base}/students?agreement=missing`}>
                    {t('schools.dashboard.withoutAgreement', { count: s.counts.withoutAgreement, year: schoolYear })}
                  </a>
                </li>
              )}
              {coordinator && s.counts.expiring > 0 && (
                <li>
                  <a href={`${base}/agreements?expiring=1`}>{t('schools.dashboard.expiring', { count: s.counts.expiring })}</a>
                </li>
              )}
              {coordinator && s.counts.waiting > 0 && (
                <li>
                  <a href={`${base}/iksz/occasions`}>{t('schools.dashboard.waiting', { count: s.counts.waiting })}</a>
                </li>
              )}
            </ul>
          </div>
        );
      })}
      {guardianStudents.length > 0 && (
        <>
          <h3>{t('schools.dashboard.guardianTitle', { year: schoolYear })}</h3>
          <ul>
            {guardianStudents.map((g) => (
              <li key={g.studentId}>
                <a href={`/iksz/agreement/${g.studentId}`}>
                  {formatPersonName(g.familyName, g.givenName)} ({g.schoolName}): {g.agreed ? t('schools.dashboard.agreed') : t('schools.dashboard.toAgree')}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
