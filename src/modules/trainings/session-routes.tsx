import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues } from '../../platform/form-fields.js';
import { formatDateTime } from '../../platform/i18n.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldError, type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { getCourseForEditing, trainingCenterChoices } from './course-service.js';
import { SessionClosedError } from './errors.js';
import { participantExportTable } from './exports.js';
import { newSessionValues, sessionFormValues } from './form-values.js';
import { cancellableStatuses } from './registration-rules.js';
import { confirmSchema, courseIdParam, participantSorts, sessionIdParam } from './schema.js';
import { cancelSession, createSession, exportParticipants, getSessionForStaff, listParticipants, updateSession } from './session-service.js';
import { SessionCancelPage } from './views/confirm-pages.js';
import { SessionFormPage } from './views/session-form-page.js';
import { SessionPage } from './views/session-page.js';

const manage = { access: 'permission', permission: 'trainings.manage' } as const;

/** The staff's session pages (issue 14): schedule, edit and cancel a session, and its roster. */
export function registerSessionRoutes(app: FastifyInstance, { db, config }: AppDeps): void {
  const options = () => ({ baseUrl: config.baseUrl });

  const renderNew = async (req: FastifyRequest, reply: FastifyReply, values: Record<string, string>, errors?: FieldErrors) => {
    const { course } = await getCourseForEditing(db, req.actor, courseIdParam(req.params));
    // A center course's sessions are held in its center; a national course's in a center of the staff member's.
    const centers = course.centerId ? undefined : await trainingCenterChoices(db, req.actor);
    const title = req.t('trainings.session.newTitle', { course: course.title });
    return sendPage(req, reply, title, <SessionFormPage course={course} values={values} errors={errors} centers={centers} />, errors ? 422 : 200);
  };

  app.get('/trainings/manage/:courseId/sessions/new', { config: manage }, (req, reply) => renderNew(req, reply, newSessionValues));

  app.post('/trainings/manage/:courseId/sessions', { config: manage }, async (req, reply) => {
    try {
      const id = await createSession(db, req.actor, courseIdParam(req.params), req.body);
      setFlash(reply, 'trainings.flash.sessionCreated');
      return redirectAfterPost(req, reply, `/trainings/sessions/${id}`);
    } catch (err) {
      if (err instanceof FieldValidationError) return renderNew(req, reply, postedValues(req.body), err.errors);
      throw err;
    }
  });

  app.get('/trainings/sessions/:sessionId', { config: manage }, async (req, reply) => {
    const sessionId = sessionIdParam(req.params);
    const params = parseListParams(req.query, participantSorts, { sort: 'status' });
    const format = exportFormatOf(req.query);
    if (format) return sendExport(reply, format, participantExportTable(req.t, (await exportParticipants(db, req.actor, sessionId, params)).rows));
    const { session, page } = await listParticipants(db, req.actor, sessionId, params);
    const title = req.t('trainings.session.title', { course: session.courseTitle, when: formatDateTime(req.locale, session.startsAt) });
    return sendPage(req, reply, title, <SessionPage session={session} page={page} params={params} now={new Date()} />);
  });

  /** A session that has started or was cancelled cannot be changed: say so on its page. */
  const closed = (req: FastifyRequest, reply: FastifyReply, sessionId: string) => {
    setFlash(reply, 'trainings.flash.sessionClosed');
    return redirectAfterPost(req, reply, `/trainings/sessions/${sessionId}`);
  };

  const renderEdit = async (req: FastifyRequest, reply: FastifyReply, form?: { values: Record<string, string>; errors: FieldErrors }) => {
    const session = await getSessionForStaff(db, req.actor, sessionIdParam(req.params));
    const page = (
      <SessionFormPage
        course={{ id: session.courseId, title: session.courseTitle }}
        session={session}
        values={form?.values ?? sessionFormValues(session)}
        errors={form?.errors}
      />
    );
    return sendPage(req, reply, req.t('trainings.session.editTitle', { course: session.courseTitle }), page, form ? 422 : 200);
  };

  app.get('/trainings/sessions/:sessionId/edit', { config: manage }, (req, reply) => renderEdit(req, reply));

  app.post('/trainings/sessions/:sessionId/edit', { config: manage }, async (req, reply) => {
    const sessionId = sessionIdParam(req.params);
    try {
      await updateSession(db, req.actor, sessionId, req.body, options());
    } catch (err) {
      if (err instanceof FieldValidationError) return renderEdit(req, reply, { values: postedValues(req.body), errors: err.errors });
      if (err instanceof SessionClosedError) return closed(req, reply, sessionId);
      throw err;
    }
    setFlash(reply, 'form.saved');
    return redirectAfterPost(req, reply, `/trainings/sessions/${sessionId}`);
  });

  const renderCancel = async (req: FastifyRequest, reply: FastifyReply, error?: FieldError) => {
    const sessionId = sessionIdParam(req.params);
    const { session, rows } = await exportParticipants(db, req.actor, sessionId, { sort: 'status', dir: 'asc' });
    const open = rows.filter((r) => cancellableStatuses.has(r.status)).length;
    return sendPage(req, reply, req.t('trainings.session.cancelTitle'), <SessionCancelPage session={session} open={open} error={error} />, error ? 422 : 200);
  };

  app.get('/trainings/sessions/:sessionId/cancel', { config: manage }, (req, reply) => renderCancel(req, reply));

  app.post('/trainings/sessions/:sessionId/cancel', { config: manage }, async (req, reply) => {
    const sessionId = sessionIdParam(req.params);
    // Who may cancel is decided before the form is read (ADR 003: no probing by form errors).
    await getSessionForStaff(db, req.actor, sessionId);
    const form = parseForm(confirmSchema, req.body);
    if (!form.ok) return renderCancel(req, reply, form.errors.confirm);
    try {
      await cancelSession(db, req.actor, sessionId, options());
    } catch (err) {
      if (err instanceof SessionClosedError) return closed(req, reply, sessionId);
      throw err;
    }
    setFlash(reply, 'trainings.flash.sessionCancelled');
    return redirectAfterPost(req, reply, `/trainings/sessions/${sessionId}`);
  });
}
