import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app.js';
import { centerOfNew } from '../../platform/center-of-new.js';
import { contentDisposition, datedFileName, exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues } from '../../platform/form-fields.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import type { Choice } from '../inquiries/choices-repo.js';
import { type ImportProblem, ImportRejectedError, importEventVolunteers } from './import-service.js';
import { searchCenterVolunteers } from './repo.js';
import { eventDayExportTable, rosterPdf, rosterTable } from './rosters.js';
import { type EventDayState, loadEventDayState, publishAssignment, runAssignment, setPinned } from './run-service.js';
import {
  eventDayFormSchema,
  eventDayIdParam,
  eventDaySorts,
  eventVolunteerFormSchema,
  importFormSchema,
  taskFormSchema,
  taskIdParam,
  volunteerIdParam,
  volunteerSearchSchema,
} from './schema.js';
import {
  addTask,
  createEventDay,
  type EventDay,
  eventDayCenters,
  exportEventDays,
  listEventDays,
  programChoices,
  removeEventVolunteer,
  removeTask,
  requireEventDay,
  requireTask,
  saveEventVolunteer,
  timeOf,
  updateEventDay,
  updateTask,
} from './service.js';
import { type DetailProps, EventDayPage } from './views/detail-page.js';
import { ChooseCenterPage, EventDayFormPage } from './views/form-page.js';
import { ImportPage } from './views/import-page.js';
import { EventDayListPage } from './views/list-page.js';
import { ResultPage } from './views/result-page.js';
import { TaskPage } from './views/task-page.js';

const access = { access: 'permission', permission: 'programs.manage' } as const;
const confirmSchema = z.object({ confirm: z.literal('on', 'eventDay.error.confirm') });
const rosterQuery = z.object({ by: z.enum(['task', 'volunteer']).catch('task'), format: z.enum(['pdf', 'xlsx']).catch('pdf') });

/** Event days (issue 16, ADR 026): list, form, tasks, volunteers, the optimal assignment, pins, rosters and publishing. */
export function eventDayRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (app) => {
    app.get('/event-days', { config: access }, async (req, reply) => {
      const params = parseListParams(req.query, eventDaySorts, { sort: 'day', dir: 'desc' });
      const format = exportFormatOf(req.query);
      if (format)
        return sendExport(
          reply,
          format,
          eventDayExportTable(req.t, req.locale, await exportEventDays(db, req.actor, { ...params, page: 1, pageSize: 50_000 })),
        );
      return sendPage(req, reply, req.t('eventDay.title'), <EventDayListPage page={await listEventDays(db, req.actor, params)} params={params} />);
    });

    const renderForm = async (
      req: FastifyRequest,
      reply: FastifyReply,
      center: Choice,
      values: Record<string, string>,
      errors?: FieldErrors,
      eventDay?: { id: string; name: string },
    ) => {
      const body = <EventDayFormPage center={center} programs={await programChoices(db, center.id)} values={values} errors={errors} eventDay={eventDay} />;
      return sendPage(req, reply, req.t(eventDay ? 'eventDay.edit' : 'eventDay.new'), body, errors ? 422 : 200);
    };
    const centersAndChoice = async (req: FastifyRequest, wanted: string | undefined) => {
      const centers = await eventDayCenters(db, req.actor);
      return { centers, center: centerOfNew(centers, wanted) };
    };

    app.get('/event-days/new', { config: access }, async (req, reply) => {
      const { centers, center } = await centersAndChoice(req, (req.query as Record<string, unknown> | undefined)?.center as string | undefined);
      if (!center) return sendPage(req, reply, req.t('eventDay.new'), <ChooseCenterPage centers={centers} />);
      return renderForm(req, reply, center, {});
    });

    app.post('/event-days', { config: access }, async (req, reply) => {
      const posted = postedValues(req.body);
      const { centers, center } = await centersAndChoice(req, posted.centerId);
      if (!center) return sendPage(req, reply, req.t('eventDay.new'), <ChooseCenterPage centers={centers} />, 422);
      const form = parseForm(eventDayFormSchema, req.body);
      if (!form.ok) return renderForm(req, reply, center, posted, form.errors);
      try {
        const id = await createEventDay(db, req.actor, center, form.data);
        setFlash(reply, 'eventDay.flash.saved');
        return redirectAfterPost(req, reply, `/event-days/${id}`);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderForm(req, reply, center, posted, err.errors);
        throw err;
      }
    });

    const renderDetail = async (req: FastifyRequest, reply: FastifyReply, state: EventDayState, extra: Partial<DetailProps> = {}) => {
      const { q } = volunteerSearchSchema.parse(req.query ?? {});
      const matches = q ? await searchCenterVolunteers(db, state.eventDay.centerId, q) : undefined;
      const failed = extra.taskErrors || extra.volunteerErrors || extra.runErrors;
      const body = <EventDayPage state={state} search={{ q, matches }} taskValues={{ requiredSeats: '0' }} volunteerValues={{ maxSlots: '1' }} {...extra} />;
      return sendPage(req, reply, state.eventDay.name, body, failed ? 422 : 200);
    };

    app.get('/event-days/:eventDayId', { config: access }, async (req, reply) => {
      return renderDetail(req, reply, await loadEventDayState(db, req.actor, eventDayIdParam(req.params)));
    });

    app.get('/event-days/:eventDayId/edit', { config: access }, async (req, reply) => {
      const row = await requireEventDay(db, req.actor, eventDayIdParam(req.params));
      const values = { name: row.name, day: row.day, place: row.place ?? '', programId: row.programId ?? '' };
      return renderForm(req, reply, { id: row.centerId, name: row.centerName }, values, undefined, row);
    });

    app.post('/event-days/:eventDayId', { config: access }, async (req, reply) => {
      const row = await requireEventDay(db, req.actor, eventDayIdParam(req.params));
      const center = { id: row.centerId, name: row.centerName };
      const posted = postedValues(req.body);
      const form = parseForm(eventDayFormSchema, req.body);
      if (!form.ok) return renderForm(req, reply, center, posted, form.errors, row);
      try {
        await updateEventDay(db, req.actor, row.id, form.data);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderForm(req, reply, center, posted, err.errors, row);
        throw err;
      }
      setFlash(reply, 'eventDay.flash.saved');
      return redirectAfterPost(req, reply, `/event-days/${row.id}`);
    });

    app.post('/event-days/:eventDayId/tasks', { config: access }, async (req, reply) => {
      const id = eventDayIdParam(req.params);
      const state = await loadEventDayState(db, req.actor, id);
      const form = parseForm(taskFormSchema, req.body);
      if (!form.ok) return renderDetail(req, reply, state, { taskValues: postedValues(req.body), taskErrors: form.errors });
      await addTask(db, req.actor, id, form.data);
      setFlash(reply, 'eventDay.flash.taskSaved');
      return redirectAfterPost(req, reply, `/event-days/${id}`);
    });

    const taskValuesOf = (task: Awaited<ReturnType<typeof requireTask>>['task']) => ({
      name: task.name,
      startsAt: timeOf(task.startsAt),
      endsAt: timeOf(task.endsAt),
      capacity: String(task.capacity),
      requiredSeats: String(task.requiredSeats),
      requiredQualifications: task.requiredQualifications.join(', '),
      minAge: task.minAge == null ? '' : String(task.minAge),
    });

    app.get('/event-days/:eventDayId/tasks/:taskId/edit', { config: access }, async (req, reply) => {
      const { eventDay, task } = await requireTask(db, req.actor, eventDayIdParam(req.params), taskIdParam(req.params));
      return sendPage(req, reply, req.t('eventDay.tasks.edit'), <TaskPage eventDay={eventDay} task={task} values={taskValuesOf(task)} />);
    });

    app.post('/event-days/:eventDayId/tasks/:taskId', { config: access }, async (req, reply) => {
      const { eventDay, task } = await requireTask(db, req.actor, eventDayIdParam(req.params), taskIdParam(req.params));
      const form = parseForm(taskFormSchema, req.body);
      if (!form.ok) {
        return sendPage(
          req,
          reply,
          req.t('eventDay.tasks.edit'),
          <TaskPage eventDay={eventDay} task={task} values={postedValues(req.body)} errors={form.errors} />,
          422,
        );
      }
      await updateTask(db, req.actor, eventDay.id, task.id, form.data);
      setFlash(reply, 'eventDay.flash.taskSaved');
      return redirectAfterPost(req, reply, `/event-days/${eventDay.id}`);
    });

    app.post('/event-days/:eventDayId/tasks/:taskId/remove', { config: access }, async (req, reply) => {
      const { eventDay, task } = await requireTask(db, req.actor, eventDayIdParam(req.params), taskIdParam(req.params));
      const form = parseForm(confirmSchema, req.body);
      if (!form.ok)
        return sendPage(
          req,
          reply,
          req.t('eventDay.tasks.edit'),
          <TaskPage eventDay={eventDay} task={task} values={taskValuesOf(task)} errors={form.errors} />,
          422,
        );
      await removeTask(db, req.actor, eventDay.id, task.id);
      setFlash(reply, 'eventDay.flash.taskRemoved');
      return redirectAfterPost(req, reply, `/event-days/${eventDay.id}`);
    });

    app.post('/event-days/:eventDayId/volunteers', { config: access }, async (req, reply) => {
      const id = eventDayIdParam(req.params);
      const state = await loadEventDayState(db, req.actor, id);
      const posted = postedValues(req.body);
      const form = parseForm(eventVolunteerFormSchema, req.body);
      if (!form.ok) return renderDetail(req, reply, state, { volunteerValues: posted, volunteerErrors: form.errors });
      try {
        await saveEventVolunteer(db, req.actor, id, form.data);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderDetail(req, reply, state, { volunteerValues: posted, volunteerErrors: err.errors });
        throw err;
      }
      setFlash(reply, 'eventDay.flash.volunteerSaved');
      return redirectAfterPost(req, reply, `/event-days/${id}`);
    });

    const renderImport = async (
      req: FastifyRequest,
      reply: FastifyReply,
      eventDay: EventDay,
      failed?: { value: string; errors?: FieldErrors; problems?: ImportProblem[] },
    ) => sendPage(req, reply, req.t('eventDay.import.title', { name: eventDay.name }), <ImportPage eventDay={eventDay} {...failed} />, failed ? 422 : 200);

    app.get('/event-days/:eventDayId/volunteers/import', { config: access }, async (req, reply) => {
      return renderImport(req, reply, await requireEventDay(db, req.actor, eventDayIdParam(req.params)));
    });

    app.post('/event-days/:eventDayId/volunteers/import', { config: access }, async (req, reply) => {
      const eventDay = await requireEventDay(db, req.actor, eventDayIdParam(req.params));
      const value = postedValues(req.body).rows ?? '';
      const form = parseForm(importFormSchema, req.body);
      if (!form.ok) return renderImport(req, reply, eventDay, { value, errors: form.errors });
      try {
        await importEventVolunteers(db, req.actor, eventDay.id, form.data.rows);
        setFlash(reply, 'eventDay.flash.imported');
      } catch (err) {
        if (err instanceof ImportRejectedError) return renderImport(req, reply, eventDay, { value, problems: err.problems });
        throw err;
      }
      return redirectAfterPost(req, reply, `/event-days/${eventDay.id}`);
    });

    app.post('/event-days/:eventDayId/volunteers/:volunteerId/remove', { config: access }, async (req, reply) => {
      const id = eventDayIdParam(req.params);
      await removeEventVolunteer(db, req.actor, id, volunteerIdParam(req.params));
      setFlash(reply, 'eventDay.flash.volunteerRemoved');
      return redirectAfterPost(req, reply, `/event-days/${id}`);
    });

    app.post('/event-days/:eventDayId/run', { config: access }, async (req, reply) => {
      const id = eventDayIdParam(req.params);
      const confirmed = (req.body as Record<string, unknown> | undefined)?.confirm === 'on';
      try {
        await runAssignment(db, req.actor, id, { confirmed });
      } catch (err) {
        if (err instanceof FieldValidationError) return renderDetail(req, reply, await loadEventDayState(db, req.actor, id), { runErrors: err.errors });
        throw err;
      }
      setFlash(reply, 'eventDay.flash.solved');
      return redirectAfterPost(req, reply, `/event-days/${id}/result`);
    });

    app.get('/event-days/:eventDayId/result', { config: access }, async (req, reply) => {
      const state = await loadEventDayState(db, req.actor, eventDayIdParam(req.params));
      return sendPage(req, reply, req.t('eventDay.result.title', { name: state.eventDay.name }), <ResultPage state={state} />);
    });

    for (const action of ['pin', 'unpin'] as const) {
      app.post(`/event-days/:eventDayId/assignments/:taskId/:volunteerId/${action}`, { config: access }, async (req, reply) => {
        const id = eventDayIdParam(req.params);
        await setPinned(db, req.actor, id, taskIdParam(req.params), volunteerIdParam(req.params), action === 'pin');
        setFlash(reply, 'eventDay.flash.pinChanged');
        return redirectAfterPost(req, reply, `/event-days/${id}/result`);
      });
    }

    app.get('/event-days/:eventDayId/roster', { config: access }, async (req, reply) => {
      const state = await loadEventDayState(db, req.actor, eventDayIdParam(req.params));
      const { by, format } = rosterQuery.parse(req.query ?? {});
      if (format === 'xlsx') return sendExport(reply, 'xlsx', rosterTable(req.t, state, by));
      const pdf = await rosterPdf(req.t, req.locale, state, by, new Date());
      const file = datedFileName(by === 'task' ? 'beosztas-feladatonkent' : 'beosztas-onkentesenkent', 'pdf');
      return reply.type('application/pdf').header('Content-Disposition', contentDisposition(file)).header('Cache-Control', 'no-store').send(pdf);
    });

    app.post('/event-days/:eventDayId/publish', { config: access }, async (req, reply) => {
      const id = eventDayIdParam(req.params);
      const state = await loadEventDayState(db, req.actor, id);
      const form = parseForm(confirmSchema, req.body);
      const renderResult = (errors: FieldErrors) =>
        sendPage(req, reply, req.t('eventDay.result.title', { name: state.eventDay.name }), <ResultPage state={state} errors={errors} />, 422);
      if (!form.ok) return renderResult(form.errors);
      try {
        await publishAssignment(db, req.actor, id);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderResult(err.errors);
        throw err;
      }
      setFlash(reply, 'eventDay.flash.published');
      return redirectAfterPost(req, reply, `/event-days/${id}/result`);
    });
  };
}
