import { formatDateTime } from '../../../platform/i18n.js';
import type { Page } from '../../../platform/list-params.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { CourseRow } from '../course-repo.js';
import type { SessionRow } from '../session-repo.js';
import { CourseDetails } from './course-details.js';
import { CourseForm, type CourseFormValues } from './course-form.js';
import { courseStatusKey, sessionPlaceText } from './labels.js';

/** A course's sessions on its staff page (held in the reader's centers), each linking to its roster. */
function CourseSessions(props: { course: CourseRow; sessions: Page<SessionRow> }) {
  const { t, locale } = usePage();
  return (
    <ListPage
      title={t('trainings.manage.sessions')}
      headingLevel={2}
      page={props.sessions}
      params={{ sort: 'starts', dir: 'asc' }}
      rowKey={(s) => s.id}
      emptyText={t('trainings.manage.noSessions')}
      columns={[
        {
          label: t('trainings.session.when'),
          rowHeader: true,
          cell: (s) => <a href={`/trainings/sessions/${s.id}`}>{formatDateTime(locale, s.startsAt)}</a>,
        },
        { label: t('trainings.session.where'), cell: (s) => sessionPlaceText(t, s) },
        { label: t('trainings.session.trainer'), cell: (s) => s.trainerName },
        { label: t('trainings.session.center'), cell: (s) => s.centerName },
        { label: t('trainings.session.seats'), cell: (s) => (s.cancelledAt ? t('trainings.session.cancelled') : `${s.seatsTaken} / ${s.capacity}`) },
        { label: t('trainings.session.waitlist'), cell: (s) => s.waitlisted },
      ]}
    >
      {props.course.status !== 'archived' && (
        <p>
          <a class="button" href={`/trainings/manage/${props.course.id}/sessions/new`}>
            {t('trainings.manage.newSession')}
          </a>
        </p>
      )}
    </ListPage>
  );
}

/** GET /trainings/manage/:courseId: the course's form (or its facts, for a national course a center's staff schedule but do not edit) and its sessions. */
export function CourseManagePage(props: { course: CourseRow; mayEdit: boolean; sessions: Page<SessionRow>; values: CourseFormValues; errors?: FieldErrors }) {
  const { t } = usePage();
  const { course } = props;
  return (
    <>
      <p class="breadcrumb">
        <a href="/trainings/manage">{t('trainings.manage.title')}</a>
      </p>
      <h1>{course.title}</h1>
      <p>
        {t('trainings.manage.statusIs', { status: t(courseStatusKey(course.status)) })}
        {course.status === 'published' && (
          <>
            {' '}
            · <a href={`/trainings/${course.slug}`}>{t('trainings.manage.publicPage')}</a>
          </>
        )}
      </p>
      {props.mayEdit ? (
        <section aria-labelledby="course-edit">
          <h2 id="course-edit">{t('trainings.manage.editTitle')}</h2>
          <CourseForm action={`/trainings/manage/${course.id}`} values={props.values} errors={props.errors} submit={t('form.save')} />
        </section>
      ) : (
        <>
          <p class="muted">{t('trainings.manage.nationalReadOnly')}</p>
          <CourseDetails course={course} />
        </>
      )}
      <CourseSessions course={course} sessions={props.sessions} />
    </>
  );
}
