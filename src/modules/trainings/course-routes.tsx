import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { isNationalAdmin } from '../../platform/authz.js';
import { exportFormatOf, maxExportRows, sendExport } from '../../platform/export.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError } from '../../platform/validation.js';
import { createCourse, exportCourses, listCourses, trainingCenterChoices, updateCourse } from './course-service.js';
import { courseExportTable, courseSessionsExportTable } from './exports.js';
import { courseFormValues, newCourseValues, postedCourseValues } from './form-values.js';
import { courseFilterSchema, courseIdParam, courseSorts } from './schema.js';
import { listCourseSessions } from './session-service.js';
import type { CourseFormValues } from './views/course-form.js';
import { NewCoursePage } from './views/course-form.js';
import { CourseListPage } from './views/course-list-page.js';
import { CourseManagePage } from './views/course-manage-page.js';

const manage = { access: 'permission', permission: 'trainings.manage' } as const;

/** The staff's course pages (issue 14): the list, a new course, a course with its sessions. */
export function registerCourseRoutes(app: FastifyInstance, { db }: AppDeps): void {
  app.get('/trainings/manage', { config: manage }, async (req, reply) => {
    const params = parseListParams(req.query, courseSorts, { sort: 'title' });
    const filter = courseFilterSchema.parse(req.query ?? {});
    const format = exportFormatOf(req.query);
    if (format) return sendExport(reply, format, courseExportTable(req.t, await exportCourses(db, req.actor, filter, params)));
    const page = await listCourses(db, req.actor, filter, params);
    return sendPage(req, reply, req.t('trainings.manage.title'), <CourseListPage page={page} params={params} filter={filter} />);
  });

  const renderNew = async (req: FastifyRequest, reply: FastifyReply, values: CourseFormValues, errors?: FieldErrors) => {
    const centers = { choices: await trainingCenterChoices(db, req.actor), national: isNationalAdmin(req.actor) };
    return sendPage(req, reply, req.t('trainings.manage.newTitle'), <NewCoursePage values={values} errors={errors} centers={centers} />, errors ? 422 : 200);
  };

  app.get('/trainings/manage/new', { config: manage }, (req, reply) => renderNew(req, reply, newCourseValues));

  app.post('/trainings/manage', { config: manage }, async (req, reply) => {
    try {
      const id = await createCourse(db, req.actor, req.body);
      setFlash(reply, 'trainings.flash.courseCreated');
      return redirectAfterPost(req, reply, `/trainings/manage/${id}`);
    } catch (err) {
      if (err instanceof FieldValidationError) return renderNew(req, reply, postedCourseValues(req.body), err.errors);
      throw err;
    }
  });

  const renderCourse = async (req: FastifyRequest, reply: FastifyReply, form?: { values: CourseFormValues; errors: FieldErrors }) => {
    const params = parseListParams(req.query, ['starts'] as const, { sort: 'starts' });
    const { course, mayEdit, sessions } = await listCourseSessions(db, req.actor, courseIdParam(req.params), params);
    const page = (
      <CourseManagePage course={course} mayEdit={mayEdit} sessions={sessions} values={form?.values ?? courseFormValues(course)} errors={form?.errors} />
    );
    return sendPage(req, reply, course.title, page, form ? 422 : 200);
  };

  app.get('/trainings/manage/:courseId', { config: manage }, async (req, reply) => {
    const format = exportFormatOf(req.query);
    if (format) {
      const { sessions } = await listCourseSessions(db, req.actor, courseIdParam(req.params), { page: 1, pageSize: maxExportRows });
      return sendExport(reply, format, courseSessionsExportTable(req.t, sessions.items));
    }
    return renderCourse(req, reply);
  });

  app.post('/trainings/manage/:courseId', { config: manage }, async (req, reply) => {
    const courseId = courseIdParam(req.params);
    try {
      await updateCourse(db, req.actor, courseId, req.body);
    } catch (err) {
      if (err instanceof FieldValidationError) return renderCourse(req, reply, { values: postedCourseValues(req.body), errors: err.errors });
      throw err;
    }
    setFlash(reply, 'form.saved');
    return redirectAfterPost(req, reply, `/trainings/manage/${courseId}`);
  });
}
