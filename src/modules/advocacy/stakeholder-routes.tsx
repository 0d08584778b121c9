import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { centerOfNew } from '../../platform/center-of-new.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues } from '../../platform/form-fields.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import type { Choice } from '../inquiries/choices-repo.js';
import { stakeholderExportTable } from './exports.js';
import { advocacyCenters, advocacyReachOf } from './policy.js';
import { stakeholderFilterSchema, stakeholderFormSchema, stakeholderIdParam, stakeholderSorts } from './schema.js';
import { findStakeholderPlaces } from './stakeholders-repo.js';
import {
  createStakeholder,
  eraseStakeholderContact,
  exportStakeholders,
  getStakeholder,
  listStakeholders,
  ownerChoices,
  type StakeholderDetail,
  stakeholderFilterOf,
  updateStakeholder,
} from './stakeholders-service.js';
import { ConfirmPage } from './views/confirm-pages.js';
import { ChooseCenterPage, placeText } from './views/labels.js';
import { StakeholderFormPage } from './views/stakeholder-form-page.js';
import { StakeholderListPage } from './views/stakeholder-list-page.js';
import { StakeholderPage } from './views/stakeholder-page.js';

export const advocacyAccess = { access: 'permission', permission: 'advocacy.manage' } as const;

/** A stored stakeholder as its form shows it. */
function storedValues({ row }: StakeholderDetail): Record<string, string> {
  return {
    kind: row.kind,
    name: row.name,
    place: placeText(row) ?? '',
    ownerUserId: row.ownerUserId ?? '',
    tags: row.tags.join(', '),
    notes: row.notes ?? '',
    contactName: row.contactName ?? '',
    contactEmail: row.contactEmail ?? '',
    contactPhone: row.contactPhone ?? '',
    contactLegalBasis: row.contactLegalBasis ?? '',
  };
}

/** Stakeholders of local advocacy (issue 15): list, form, page and the removal of the contact. */
export function stakeholderRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (app) => {
    app.get('/advocacy/stakeholders', { config: advocacyAccess }, async (req, reply) => {
      const params = parseListParams(req.query, stakeholderSorts, { sort: 'name' });
      const filterInput = stakeholderFilterSchema.parse(req.query ?? {});
      const filter = stakeholderFilterOf(filterInput);
      const format = exportFormatOf(req.query);
      if (format) return sendExport(reply, format, stakeholderExportTable(req.t, await exportStakeholders(db, req.actor, filter, params)));
      const page = await listStakeholders(db, req.actor, filter, params);
      const centers = await advocacyCenters(db, req.actor);
      const [places, staff] = await Promise.all([
        findStakeholderPlaces(db, advocacyReachOf(req.actor)),
        centers.length === 1 && centers[0] ? ownerChoices(db, centers[0].id) : Promise.resolve([]),
      ]);
      const body = <StakeholderListPage page={page} params={params} filter={filterInput} choices={{ places, staff }} />;
      return sendPage(req, reply, req.t('advocacy.stakeholders.title'), body);
    });

    const renderForm = async (
      req: FastifyRequest,
      reply: FastifyReply,
      center: Choice,
      values: Record<string, string>,
      errors?: FieldErrors,
      stakeholder?: { id: string; name: string },
    ) => {
      const staff = await ownerChoices(db, center.id);
      const body = <StakeholderFormPage center={center} values={values} errors={errors} staff={staff} stakeholder={stakeholder} />;
      const title = req.t(stakeholder ? 'advocacy.stakeholders.edit' : 'advocacy.stakeholders.new');
      return sendPage(req, reply, title, body, errors ? 422 : 200);
    };

    const chooseCenter = (req: FastifyRequest, reply: FastifyReply, centers: Choice[], status = 200) =>
      sendPage(
        req,
        reply,
        req.t('advocacy.stakeholders.new'),
        <ChooseCenterPage centers={centers} action="/advocacy/stakeholders/new" back="/advocacy/stakeholders" title={req.t('advocacy.stakeholders.new')} />,
        status,
      );

    app.get('/advocacy/stakeholders/new', { config: advocacyAccess }, async (req, reply) => {
      const centers = await advocacyCenters(db, req.actor);
      const center = centerOfNew(centers, (req.query as Record<string, unknown> | undefined)?.center as string | undefined);
      if (!center) return chooseCenter(req, reply, centers);
      return renderForm(req, reply, center, { kind: 'municipality', ownerUserId: req.actor?.userId ?? '' });
    });

    app.post('/advocacy/stakeholders', { config: advocacyAccess }, async (req, reply) => {
      const centers = await advocacyCenters(db, req.actor);
      const posted = postedValues(req.body);
      const center = centerOfNew(centers, posted.centerId);
      if (!center) return chooseCenter(req, reply, centers, 422);
      const form = parseForm(stakeholderFormSchema, req.body);
      if (!form.ok) return renderForm(req, reply, center, posted, form.errors);
      try {
        const id = await createStakeholder(db, req.actor, center, form.data);
        setFlash(reply, 'advocacy.flash.stakeholderSaved');
        return redirectAfterPost(req, reply, `/advocacy/stakeholders/${id}`);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderForm(req, reply, center, posted, err.errors);
        throw err;
      }
    });

    app.get('/advocacy/stakeholders/:stakeholderId', { config: advocacyAccess }, async (req, reply) => {
      const detail = await getStakeholder(db, req.actor, stakeholderIdParam(req.params));
      return sendPage(req, reply, detail.row.name, <StakeholderPage detail={detail} />);
    });

    const centerOf = (detail: StakeholderDetail): Choice => ({ id: detail.row.centerId, name: detail.row.centerName });

    app.get('/advocacy/stakeholders/:stakeholderId/edit', { config: advocacyAccess }, async (req, reply) => {
      const detail = await getStakeholder(db, req.actor, stakeholderIdParam(req.params));
      return renderForm(req, reply, centerOf(detail), storedValues(detail), undefined, detail.row);
    });

    app.post('/advocacy/stakeholders/:stakeholderId', { config: advocacyAccess }, async (req, reply) => {
      // Tenant first: a stranger learns nothing from validation messages.
      const detail = await getStakeholder(db, req.actor, stakeholderIdParam(req.params));
      const posted = postedValues(req.body);
      const form = parseForm(stakeholderFormSchema, req.body);
      if (!form.ok) return renderForm(req, reply, centerOf(detail), posted, form.errors, detail.row);
      try {
        await updateStakeholder(db, req.actor, detail.row.id, form.data);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderForm(req, reply, centerOf(detail), posted, err.errors, detail.row);
        throw err;
      }
      setFlash(reply, 'form.saved');
      return redirectAfterPost(req, reply, `/advocacy/stakeholders/${detail.row.id}`);
    });

    app.get('/advocacy/stakeholders/:stakeholderId/erase-contact', { config: advocacyAccess }, async (req, reply) => {
      const { row } = await getStakeholder(db, req.actor, stakeholderIdParam(req.params));
      const back = `/advocacy/stakeholders/${row.id}`;
      const body = (
        <ConfirmPage
          title={req.t('advocacy.contact.eraseTitle')}
          question={req.t('advocacy.contact.eraseQuestion', { name: row.name })}
          action={`${back}/erase-contact`}
          confirm={req.t('advocacy.contact.erase')}
          back={back}
          backLabel={row.name}
        />
      );
      return sendPage(req, reply, req.t('advocacy.contact.eraseTitle'), body);
    });

    app.post('/advocacy/stakeholders/:stakeholderId/erase-contact', { config: advocacyAccess }, async (req, reply) => {
      const id = stakeholderIdParam(req.params);
      await eraseStakeholderContact(db, req.actor, id);
      setFlash(reply, 'advocacy.flash.contactErased');
      return redirectAfterPost(req, reply, `/advocacy/stakeholders/${id}`);
    });
  };
}
