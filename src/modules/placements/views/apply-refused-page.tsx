import { usePage } from '../../../ui/page-context.js';
import { courseForQualification, coursePath, type QualificationCourses, qualificationsNamedBy } from '../../trainings/qualification-courses.js';
import type { RefusalReason } from '../errors.js';
import { refusalText } from './refusal-text.js';

/** One refusal reason in the volunteer's words (`placements.reason.<code>`, or a Köt. 5. § weekly rule). */
function useRefusalText(): (reason: RefusalReason) => string {
  const { t, locale } = usePage();
  return (r) => refusalText(t, locale, r, 'volunteer');
}

/** Why the volunteer cannot apply (each broken hard rule, in words), and the way back. */
export function ApplyRefusedPage(props: { reasons: RefusalReason[]; opportunityId: string | null; qualificationCourses?: QualificationCourses }) {
  const { t } = usePage();
  const text = useRefusalText();
  /** The course that grants a missing or expired qualification, where completing it would make the volunteer eligible. */
  const courseOf = (r: RefusalReason) => {
    const [name] = qualificationsNamedBy([r]);
    return name ? courseForQualification(props.qualificationCourses, name) : undefined;
  };
  return (
    <>
      <h1>{t('placements.refused.title')}</h1>
      <div class="error-summary" role="alert">
        <ul>
          {props.reasons.map((r) => {
            const course = courseOf(r);
            return (
              <li key={r.code === 'minorLaw' ? r.rule : `${r.code}${'params' in r ? JSON.stringify(r.params) : ''}`}>
                {text(r)}
                {course && (
                  <>
                    {' '}
                    <a href={coursePath(course)}>{t('trainingAttendance.qualification.courseLink', { title: course.title })}</a>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </div>
      <p>
        {props.opportunityId && <a href={`/opportunities/${props.opportunityId}`}>{t('placements.refused.back')}</a>}{' '}
        <a href="/volunteer/profile">{t('placements.refused.profile')}</a>
      </p>
    </>
  );
}
