import { usePage } from '../../../ui/page-context.js';
import type { CourseRow } from '../course-repo.js';
import { audienceKey, durationText } from './labels.js';

/** A course's facts: who it is for, how long, what it needs and what it grants (the public page and the staff page). */
export function CourseDetails(props: { course: CourseRow }) {
  const { t, locale } = usePage();
  const c = props.course;
  return (
    <dl class="details">
      <dt>{t('trainings.field.audience')}</dt>
      <dd>{t(audienceKey(c.audience))}</dd>
      <dt>{t('trainings.field.duration')}</dt>
      <dd>{durationText(t, locale, c.durationMinutes)}</dd>
      <dt>{t('trainings.field.prerequisites')}</dt>
      <dd>{c.prerequisites ?? t('trainings.course.noPrerequisites')}</dd>
      <dt>{t('trainings.field.qualificationName')}</dt>
      <dd>
        {c.qualificationName
          ? c.validityMonths
            ? t('trainings.course.qualificationValid', { name: c.qualificationName, months: c.validityMonths })
            : t('trainings.course.qualificationForever', { name: c.qualificationName })
          : t('trainings.course.noQualification')}
      </dd>
      <dt>{t('trainings.field.minAge')}</dt>
      <dd>{c.minAge ? t('trainings.course.minAge', { age: c.minAge }) : t('trainings.course.lawAge')}</dd>
      {c.centerName && (
        <>
          <dt>{t('trainings.field.center')}</dt>
          <dd>{c.centerName}</dd>
        </>
      )}
    </dl>
  );
}
