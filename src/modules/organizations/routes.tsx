import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { can } from '../../platform/authz.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues } from '../../platform/form-fields.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { organizationExportTable } from './exports.js';
import { memberRoutes } from './member-routes.js';
import {
  getOrganizationToEdit,
  OrganizationLockedError,
  registerOrganization,
  registrationChoices,
  registrationRuleErrors,
  resubmitOrganization,
  updateOrganization,
} from './registration-service.js';
import { organizationFormSchema, organizationIdParam, organizationSorts, parseOrganizationFilter, vettingFormSchema } from './schema.js';
import { exportCenterOrganizations, getOrganizationProfile, listCenterOrganizations, myOrganizations, vettingQueue } from './service.js';
import { requireVetter, VettingConflictError, vetOrganization } from './vetting-service.js';
import { CenterOrganizationsPage } from './views/center-list.js';
import { MyOrganizationsPage } from './views/my-organizations.js';
import { OrganizationFormPage } from './views/organization-form.js';
import { type FormState, OrganizationPage } from './views/organization-page.js';
import { statusKey } from './views/status-badge.js';

const loggedIn = { access: 'authenticated' } as const;

/** The causes ticked in a posted form (one value, several, or none). */
export function postedCauses(body: unknown): string[] {
  const v = (body as Record<string, unknown> | undefined)?.causes;
  return (Array.isArray(v) ? v : [v]).filter((c): c is string => typeof c === 'string' && c.length > 0).slice(0, 50);
}

/** Host organizations: registration, public profile, editing and resubmission, vetting, lists. */
export function organizationsRoutes({ db, config }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    const renderForm = async (
      req: FastifyRequest,
      reply: FastifyReply,
      values: Record<string, string>,
      causes: string[],
      errors?: FieldErrors,
      organizationId?: string,
    ) => {
      const choices = await registrationChoices(db);
      const organization = organizationId ? await getOrganizationToEdit(db, req.actor, organizationId) : undefined;
      const page = <OrganizationFormPage choices={choices} values={values} causes={causes} errors={errors} organization={organization} />;
      const title = req.t(organization ? 'organizations.edit.title' : 'organizations.register.title');
      return sendPage(req, reply, title, page, errors ? 422 : 200);
    };

    /** zod's errors, plus the rule errors (seat, center, point, causes) of the fields zod accepted. */
    const allErrors = async (req: FastifyRequest, errors: FieldErrors): Promise<FieldErrors> => ({
      ...(await registrationRuleErrors(db, postedValues(req.body), postedCauses(req.body))),
      ...errors,
    });

    app.get('/organizations/register', { config: loggedIn }, (req, reply) => renderForm(req, reply, {}, []));

    app.post('/organizations/register', { config: loggedIn }, async (req, reply) => {
      const form = parseForm(organizationFormSchema, req.body);
      if (!form.ok) return renderForm(req, reply, form.values, postedCauses(req.body), await allErrors(req, form.errors));
      try {
        const id = await registerOrganization(db, req.actor, form.data, config.baseUrl);
        setFlash(reply, 'organizations.flash.registered');
        return redirectAfterPost(req, reply, `/organizations/${id}`);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderForm(req, reply, postedValues(req.body), postedCauses(req.body), err.errors);
        throw err;
      }
    });

    app.get('/my/organizations', { config: loggedIn }, async (req, reply) => {
      const organizations = await myOrganizations(db, req.actor);
      return sendPage(req, reply, req.t('organizations.my.title'), <MyOrganizationsPage organizations={organizations} />);
    });

    app.get('/center/organizations', { config: { access: 'permission', permission: 'organizations.view' } }, async (req, reply) => {
      const params = parseListParams(req.query, organizationSorts, { sort: 'name' });
      const filter = parseOrganizationFilter(req.query);
      const format = exportFormatOf(req.query);
      if (format) {
        const rows = await exportCenterOrganizations(db, req.actor, filter, params);
        return sendExport(reply, format, organizationExportTable(req.t, req.locale, rows));
      }
      const [page, queue] = await Promise.all([listCenterOrganizations(db, req.actor, filter, params), vettingQueue(db, req.actor)]);
      const showQueue = can(req.actor, 'organizations.vet');
      const body = <CenterOrganizationsPage queue={queue} showQueue={showQueue} page={page} params={params} filter={filter} />;
      return sendPage(req, reply, req.t('organizations.center.title'), body);
    });

    /** The profile page, optionally with a rejected vetting or member form shown again. */
    const renderProfile = async (req: FastifyRequest, reply: FastifyReply, forms: { vetForm?: FormState; memberForm?: FormState } = {}, status = 200) => {
      const profile = await getOrganizationProfile(db, req.actor, organizationIdParam(req.params), req.locale);
      return sendPage(req, reply, profile.org.name, <OrganizationPage profile={profile} {...forms} />, status);
    };

    app.get('/organizations/:organizationId', { config: { access: 'public' } }, (req, reply) => renderProfile(req, reply));

    app.get('/organizations/:organizationId/edit', { config: loggedIn }, async (req, reply) => {
      const id = organizationIdParam(req.params);
      try {
        const org = await getOrganizationToEdit(db, req.actor, id);
        return renderForm(req, reply, organizationFormValues(org), org.causes, undefined, id);
      } catch (err) {
        if (!(err instanceof OrganizationLockedError)) throw err;
        setFlash(reply, 'organizations.error.locked');
        return reply.code(303).redirect(`/organizations/${id}`);
      }
    });

    app.post('/organizations/:organizationId', { config: loggedIn }, async (req, reply) => {
      const id = organizationIdParam(req.params);
      // Membership first: a stranger learns nothing from validation messages.
      await getOrganizationToEdit(db, req.actor, id);
      const form = parseForm(organizationFormSchema, req.body);
      if (!form.ok) return renderForm(req, reply, form.values, postedCauses(req.body), await allErrors(req, form.errors), id);
      try {
        const before = (await getOrganizationToEdit(db, req.actor, id)).status;
        const status = await updateOrganization(db, req.actor, id, form.data, config.baseUrl);
        setFlash(reply, status !== before && status === 'submitted' ? 'organizations.flash.resubmittedByEdit' : 'form.saved');
        return redirectAfterPost(req, reply, `/organizations/${id}`);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderForm(req, reply, postedValues(req.body), postedCauses(req.body), err.errors, id);
        throw err;
      }
    });

    app.post('/organizations/:organizationId/submit', { config: loggedIn }, async (req, reply) => {
      const id = organizationIdParam(req.params);
      try {
        await resubmitOrganization(db, req.actor, id, config.baseUrl);
        setFlash(reply, 'organizations.flash.resubmitted');
      } catch (err) {
        if (!(err instanceof OrganizationLockedError)) throw err;
        setFlash(reply, 'organizations.error.locked');
      }
      return redirectAfterPost(req, reply, `/organizations/${id}`);
    });

    app.post('/organizations/:organizationId/vet', { config: { access: 'permission', permission: 'organizations.vet' } }, async (req, reply) => {
      const id = organizationIdParam(req.params);
      // The vetter's reach first (403/404), then the form's errors.
      await requireVetter(db, req.actor, id);
      const form = parseForm(vettingFormSchema, req.body);
      if (!form.ok) return renderProfile(req, reply, { vetForm: { values: form.values, errors: form.errors } }, 422);
      try {
        await vetOrganization(db, req.actor, id, form.data, config.baseUrl);
        setFlash(reply, 'organizations.flash.vetted');
        return redirectAfterPost(req, reply, `/organizations/${id}`);
      } catch (err) {
        if (!(err instanceof VettingConflictError)) throw err;
        const errors: FieldErrors = { _form: { key: 'organizations.error.vettingConflict', params: { status: req.t(statusKey(err.status)) } } };
        return renderProfile(req, reply, { vetForm: { values: postedValues(req.body), errors } }, 409);
      }
    });

    await app.register(memberRoutes({ db, config, renderProfile }));
  };
}

/** What the edit form starts from. */
function organizationFormValues(org: Awaited<ReturnType<typeof getOrganizationToEdit>>): Record<string, string> {
  return {
    name: org.name,
    hostType: org.hostType,
    taxNumber: org.taxNumber ?? '',
    kotRegistrationNumber: org.kotRegistrationNumber ?? '',
    place: org.placeLabel,
    pointId: org.pointId ?? '',
    address: org.address ?? '',
    email: org.email ?? '',
    phone: org.phone ?? '',
    website: org.website ?? '',
    description: org.description ?? '',
  };
}
