import { formatDateTime } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { ReadinessArea } from '../areas.js';
import type { RecommendedCourseRow } from '../repo.js';

/** Each gap with its explanation and the courses that remedy it, each with its next session in the center. */
export function RecommendedCourses(props: { recommendations: { area: ReadinessArea; courses: RecommendedCourseRow[] }[] }) {
  const { t, locale } = usePage();
  return (
    <section aria-labelledby="readiness-gaps">
      <h2 id="readiness-gaps">{t('readiness.gaps.heading')}</h2>
      {props.recommendations.length === 0 ? (
        <p>{t('readiness.gaps.none')}</p>
      ) : (
        props.recommendations.map(({ area, courses }) => (
          <div key={area}>
            <h3>{t(`readiness.area.${area}`)}</h3>
            <p class="hint">{t(`readiness.explain.${area}`)}</p>
            {courses.length === 0 ? (
              <p>{t('readiness.gaps.noCourse')}</p>
            ) : (
              <ul>
                {courses.map((c) => (
                  <li key={c.id}>
                    <a href={`/trainings/${c.slug}`}>{c.title}</a>
                    {' – '}
                    {c.nextStartsAt
                      ? t('readiness.course.next', {
                          date: formatDateTime(locale, c.nextStartsAt),
                          place: c.nextOnline ? t('readiness.course.online') : (c.nextPlaceName ?? ''),
                        })
                      : t('readiness.course.noSession')}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))
      )}
    </section>
  );
}
