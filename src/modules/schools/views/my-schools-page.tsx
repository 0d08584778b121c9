import { usePage } from '../../../ui/page-context.js';

/** GET /schools: the schools the user is a member of (coordinator or class teacher), and the staff's list. */
export function MySchoolsPage(props: { schools: { schoolId: string; name: string; role: string; classNames: string[] }[]; staff: boolean }) {
  const { t } = usePage();
  return (
    <>
      <h1>{t('schools.mine.title')}</h1>
      {props.staff && (
        <p>
          <a href="/schools/manage">{t('schools.manage.title')}</a>
        </p>
      )}
      {props.schools.length === 0 ? (
        <p class="empty-state">{t('schools.mine.empty')}</p>
      ) : (
        <ul>
          {props.schools.map((s) => (
            <li key={s.schoolId}>
              <a href={`/schools/${s.schoolId}`}>{s.name}</a> –{' '}
              {s.role === 'coordinator' ? t('schools.role.coordinator') : t('schools.role.classTeacherOf', { classes: s.classNames.join(', ') })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
