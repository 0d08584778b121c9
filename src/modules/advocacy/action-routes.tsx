import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { centerOfNew } from '../../platform/center-of-new.js';
import { NotFoundError } from '../../platform/errors.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues } from '../../platform/form-fields.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import type { Choice } from '../inquiries/choices-repo.js';
import { findActionPlaces } from './actions-repo.js';
import {
  type ActionDetail,
  actionFilterOf,
  createAction,
  deleteAction,
  exportActions,
  getAction,
  listActions,
  settlementTimeline,
  stakeholderChoicesFor,
  updateAction,
} from './actions-service.js';
import { actionExportTable } from './exports.js';
import { advocacyCenters, advocacyReachOf } from './policy.js';
import { actionFilterSchema, actionFormSchema, actionIdParam, actionSorts, stakeholderPickerFilter } from './schema.js';
import { advocacyAccess } from './stakeholder-routes.js';
import { findStakeholders } from './stakeholders-repo.js';
import { ActionFormPage, type ActionFormValues } from './views/action-form-page.js';
import { ActionListPage } from './views/action-list-page.js';
import { ActionPage } from './views/action-page.js';
import { ConfirmPage } from './views/confirm-pages.js';
import { ChooseCenterPage, placeText } from './views/labels.js';
import { SettlementPage } from './views/settlement-page.js';

const query = (req: FastifyRequest) => (req.query ?? {}) as Record<string, unknown>;

/** The posted form as typed, to show it again with its errors. */
function postedActionValues(body: unknown): ActionFormValues {
  const ids = (body as Record<string, unknown> | undefined)?.stakeholderIds;
  return { text: postedValues(body), stakeholderIds: (Array.isArray(ids) ? ids : [ids]).filter((x): x is string => typeof x === 'string').slice(0, 100) };
}

function storedActionValues({ row, stakeholderIds }: ActionDetail): ActionFormValues {
  return {
    text: {
      kind: row.kind,
      title: row.title,
      goal: row.goal,
      heldOn: row.heldOn,
      place: placeText(row) ?? '',
      outcome: row.outcome ?? '',
      followUp: row.followUp ?? '',
      followUpOn: row.followUpOn ?? '',
    },
    stakeholderIds,
  };
}

/** Advocacy actions (issue 15): list, form, page, deletion, and a settlement's timeline. */
export function actionRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (app) => {
    app.get('/advocacy/actions', { config: advocacyAccess }, async (req, reply) => {
      const params = parseListParams(req.query, actionSorts, { sort: 'day', dir: 'desc' });
      const filterInput = actionFilterSchema.parse(req.query ?? {});
      const filter = actionFilterOf(filterInput);
      const format = exportFormatOf(req.query);
      if (format) return sendExport(reply, format, actionExportTable(req.t, await exportActions(db, req.actor, filter, params)));
      const page = await listActions(db, req.actor, filter, params);
      const reach = advocacyReachOf(req.actor);
      const [places, stakeholders] = await Promise.all([
        findActionPlaces(db, reach),
        findStakeholders(db, reach, {}, { page: 1, pageSize: 500, sort: 'name', dir: 'asc' }),
      ]);
      const body = <ActionListPage page={page} params={params} filter={filterInput} choices={{ places, stakeholders }} />;
      return sendPage(req, reply, req.t('advocacy.actions.title'), body);
    });

    const renderForm = async (
      req: FastifyRequest,
      reply: FastifyReply,
      center: Choice,
      values: ActionFormValues,
      errors?: FieldErrors,
      action?: { id: string; title: string },
    ) => {
      const who = stakeholderPickerFilter.parse(query(req).who);
      const stakeholders = await stakeholderChoicesFor(db, req.actor, center.id, who, values.stakeholderIds);
      const body = <ActionFormPage center={center} values={values} errors={errors} stakeholders={stakeholders} who={who} action={action} />;
      return sendPage(req, reply, req.t(action ? 'advocacy.actions.edit' : 'advocacy.actions.new'), body, errors ? 422 : 200);
    };

    const chooseCenter = (req: FastifyRequest, reply: FastifyReply, centers: Choice[], status = 200) =>
      sendPage(
        req,
        reply,
        req.t('advocacy.actions.new'),
        <ChooseCenterPage centers={centers} action="/advocacy/actions/new" back="/advocacy/actions" title={req.t('advocacy.actions.new')} />,
        status,
      );

    app.get('/advocacy/actions/new', { config: advocacyAccess }, async (req, reply) => {
      const centers = await advocacyCenters(db, req.actor);
      const center = centerOfNew(centers, query(req).center as string | undefined);
      if (!center) return chooseCenter(req, reply, centers);
      const stakeholder = query(req).stakeholder;
      const values = { text: { kind: 'meeting', heldOn: budapestDay(new Date()) }, stakeholderIds: typeof stakeholder === 'string' ? [stakeholder] : [] };
      return renderForm(req, reply, center, values);
    });

    app.post('/advocacy/actions', { config: advocacyAccess }, async (req, reply) => {
      const centers = await advocacyCenters(db, req.actor);
      const posted = postedActionValues(req.body);
      const center = centerOfNew(centers, posted.text.centerId);
      if (!center) return chooseCenter(req, reply, centers, 422);
      const form = parseForm(actionFormSchema, req.body);
      if (!form.ok) return renderForm(req, reply, center, posted, form.errors);
      try {
        const id = await createAction(db, req.actor, center, form.data);
        setFlash(reply, 'advocacy.flash.actionSaved');
        return redirectAfterPost(req, reply, `/advocacy/actions/${id}`);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderForm(req, reply, center, posted, err.errors);
        throw err;
      }
    });

    app.get('/advocacy/actions/:advocacyActionId', { config: advocacyAccess }, async (req, reply) => {
      const detail = await getAction(db, req.actor, actionIdParam(req.params));
      return sendActionPage(req, reply, detail);
    });

    const centerOf = (detail: ActionDetail): Choice => ({ id: detail.row.centerId, name: detail.row.centerName });

    app.get('/advocacy/actions/:advocacyActionId/edit', { config: advocacyAccess }, async (req, reply) => {
      const detail = await getAction(db, req.actor, actionIdParam(req.params));
      return renderForm(req, reply, centerOf(detail), storedActionValues(detail), undefined, detail.row);
    });

    app.post('/advocacy/actions/:advocacyActionId', { config: advocacyAccess }, async (req, reply) => {
      // Tenant first: a stranger learns nothing from validation messages.
      const detail = await getAction(db, req.actor, actionIdParam(req.params));
      const posted = postedActionValues(req.body);
      const form = parseForm(actionFormSchema, req.body);
      if (!form.ok) return renderForm(req, reply, centerOf(detail), posted, form.errors, detail.row);
      try {
        await updateAction(db, req.actor, detail.row.id, form.data);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderForm(req, reply, centerOf(detail), posted, err.errors, detail.row);
        throw err;
      }
      setFlash(reply, 'form.saved');
      return redirectAfterPost(req, reply, `/advocacy/actions/${detail.row.id}`);
    });

    app.get('/advocacy/actions/:advocacyActionId/delete', { config: advocacyAccess }, async (req, reply) => {
      const { row } = await getAction(db, req.actor, actionIdParam(req.params));
      const back = `/advocacy/actions/${row.id}`;
      const body = (
        <ConfirmPage
          title={req.t('advocacy.actions.delete')}
          question={req.t('advocacy.actions.deleteQuestion', { title: row.title })}
          action={`${back}/delete`}
          confirm={req.t('advocacy.actions.delete')}
          back={back}
          backLabel={row.title}
        />
      );
      return sendPage(req, reply, req.t('advocacy.actions.delete'), body);
    });

    app.post('/advocacy/actions/:advocacyActionId/delete', { config: advocacyAccess }, async (req, reply) => {
      await deleteAction(db, req.actor, actionIdParam(req.params));
      setFlash(reply, 'advocacy.flash.actionDeleted');
      return redirectAfterPost(req, reply, '/advocacy/actions');
    });

    app.get('/advocacy/settlements/:placeId', { config: advocacyAccess }, async (req, reply) => {
      const raw = (req.params as Record<string, unknown>).placeId;
      if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw)) throw new NotFoundError('place');
      const timeline = await settlementTimeline(db, req.actor, Number(raw));
      return sendPage(req, reply, req.t('advocacy.settlement.title', { name: timeline.place.name }), <SettlementPage timeline={timeline} />);
    });
  };
}

/** The action's page; `uploadErrors` when an upload was refused (422). */
export function sendActionPage(req: FastifyRequest, reply: FastifyReply, detail: ActionDetail, uploadErrors?: FieldErrors) {
  const body = <ActionPage detail={detail} uploadErrors={uploadErrors} />;
  return sendPage(req, reply, detail.row.title, body, uploadErrors ? 422 : 200);
}
