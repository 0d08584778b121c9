import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { isNationalAdmin } from '../../platform/authz.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues } from '../../platform/form-fields.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { volunteerExportTable } from './exports.js';
import { newWalkInValues, type ProfileFormValues, postedFormValues, profileFormValues } from './form-state.js';
import { allProfileErrors } from './profile-form-errors.js';
import { checksSchema, guardianConsentSchema, listFilterSchema, qualificationSchema, staffProfileSchema, volunteerIdParam, volunteerSorts } from './schema.js';
import {
  activeCauses,
  activeSkills,
  addQualification,
  exportVolunteers,
  getVolunteerForStaff,
  inviteToClaim,
  listVolunteers,
  recordChecks,
  recordersOf,
  recordGuardianConsent,
  registerVolunteer,
  registrationCenters,
  registrationPoints,
  updateVolunteer,
  volunteerFilterOf,
} from './service.js';
import { StaffFormPage } from './views/staff-form-page.js';
import { StaffListPage } from './views/staff-list-page.js';
import { StaffVolunteerPage, type SubFormState } from './views/staff-volunteer-page.js';

const view = { access: 'permission', permission: 'volunteers.view' } as const;
const manage = { access: 'permission', permission: 'volunteers.manage' } as const;

/** Staff pages: the volunteers of their center or point, walk-in registration, checks, invitations. */

/** What a sub-form does; field errors show the page again, nothing means done. */
// biome-ignore lint/suspicious/noConfusingVoidType: actions that never fail return nothing (Promise<void>).
type SubFormAction = (req: FastifyRequest, volunteerId: string) => Promise<FieldErrors | undefined | void>;
export function staffVolunteerRoutes({ db, config }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    const lists = async () => {
      const [causes, skills] = await Promise.all([activeCauses(db), activeSkills(db)]);
      return { causes, skills };
    };

    app.get('/volunteers', { config: view }, async (req, reply) => {
      const params = parseListParams(req.query, volunteerSorts, { sort: 'name' });
      const filterInput = listFilterSchema.parse(req.query ?? {});
      const filter = await volunteerFilterOf(db, filterInput);
      const format = exportFormatOf(req.query);
      if (format) return sendExport(reply, format, volunteerExportTable(req.t, await exportVolunteers(db, req.actor, filter, params), await lists()));
      const page = await listVolunteers(db, req.actor, filter, params);
      return sendPage(req, reply, req.t('volunteers.list.title'), <StaffListPage page={page} params={params} filter={filterInput} {...(await lists())} />);
    });

    const renderForm = async (req: FastifyRequest, reply: FastifyReply, volunteerId: string | undefined, values: ProfileFormValues, errors?: FieldErrors) => {
      const centers = volunteerId ? [] : await registrationCenters(db, req.actor);
      const points = volunteerId ? [] : await registrationPoints(db, req.actor);
      const chooseCenter = isNationalAdmin(req.actor) || centers.length > 1;
      const title = req.t(volunteerId ? 'volunteers.edit.title' : 'volunteers.new.title');
      const page = (
        <StaffFormPage
          volunteerId={volunteerId}
          values={values}
          errors={errors}
          centers={centers}
          points={points}
          chooseCenter={chooseCenter}
          {...(await lists())}
        />
      );
      return sendPage(req, reply, title, page, errors ? 422 : 200);
    };

    app.get('/volunteers/new', { config: manage }, (req, reply) => renderForm(req, reply, undefined, newWalkInValues()));

    app.post('/volunteers', { config: manage }, async (req, reply) => {
      await registrationCenters(db, req.actor);
      const posted = postedFormValues(req.body);
      const form = parseForm(staffProfileSchema(), req.body);
      if (!form.ok) return renderForm(req, reply, undefined, posted, await allProfileErrors(db, posted, form.errors));
      try {
        const id = await registerVolunteer(db, req.actor, form.data);
        setFlash(reply, 'volunteers.flash.registered');
        return redirectAfterPost(req, reply, `/volunteers/${id}`);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderForm(req, reply, undefined, posted, err.errors);
        throw err;
      }
    });

    const renderVolunteer = async (req: FastifyRequest, reply: FastifyReply, rejected?: SubFormState) => {
      const profile = await getVolunteerForStaff(db, req.actor, volunteerIdParam(req.params));
      const recorders = await recordersOf(db, profile);
      const page = <StaffVolunteerPage profile={profile} recorders={recorders} rejected={rejected} {...(await lists())} />;
      return sendPage(req, reply, `${profile.familyName} ${profile.givenName}`, page, rejected ? 422 : 200);
    };

    app.get('/volunteers/:volunteerId', { config: view }, (req, reply) => renderVolunteer(req, reply));

    app.get('/volunteers/:volunteerId/edit', { config: manage }, async (req, reply) => {
      const profile = await getVolunteerForStaff(db, req.actor, volunteerIdParam(req.params), 'volunteers.manage');
      return renderForm(req, reply, profile.id, profileFormValues(profile));
    });

    app.post('/volunteers/:volunteerId', { config: manage }, async (req, reply) => {
      // Tenant first: a stranger learns nothing from validation messages.
      const profile = await getVolunteerForStaff(db, req.actor, volunteerIdParam(req.params), 'volunteers.manage');
      const posted = postedFormValues(req.body);
      const form = parseForm(staffProfileSchema(), req.body);
      if (!form.ok) return renderForm(req, reply, profile.id, posted, await allProfileErrors(db, posted, form.errors));
      try {
        await updateVolunteer(db, req.actor, profile.id, form.data);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderForm(req, reply, profile.id, posted, err.errors);
        throw err;
      }
      setFlash(reply, 'form.saved');
      return redirectAfterPost(req, reply, `/volunteers/${profile.id}`);
    });

    /** A sub-form of the volunteer page: check the tenant, validate, act, and show the page again on errors. */
    const subForm = (form: SubFormState['form'], flash: string, act: SubFormAction) => async (req: FastifyRequest, reply: FastifyReply) => {
      const volunteerId = volunteerIdParam(req.params);
      await getVolunteerForStaff(db, req.actor, volunteerId, 'volunteers.manage');
      let errors: FieldErrors | undefined;
      try {
        errors = (await act(req, volunteerId)) ?? undefined;
      } catch (err) {
        if (!(err instanceof FieldValidationError)) throw err;
        errors = err.errors;
      }
      if (errors) return renderVolunteer(req, reply, { form, errors, values: postedValues(req.body) });
      setFlash(reply, flash);
      return redirectAfterPost(req, reply, `/volunteers/${volunteerId}`);
    };

    app.post(
      '/volunteers/:volunteerId/checks',
      { config: manage },
      subForm('checks', 'volunteers.flash.checksSaved', async (req, id) => {
        const form = parseForm(checksSchema, req.body);
        if (!form.ok) return form.errors;
        await recordChecks(db, req.actor, id, form.data);
      }),
    );

    app.post(
      '/volunteers/:volunteerId/qualifications',
      { config: manage },
      subForm('qualification', 'volunteers.flash.qualificationAdded', async (req, id) => {
        const form = parseForm(qualificationSchema, req.body);
        if (!form.ok) return form.errors;
        await addQualification(db, req.actor, id, form.data);
      }),
    );

    app.post(
      '/volunteers/:volunteerId/guardian-consent',
      { config: manage },
      subForm('guardian', 'volunteers.flash.guardianConsent', async (req, id) => {
        const form = parseForm(guardianConsentSchema, req.body);
        if (!form.ok) return form.errors;
        await recordGuardianConsent(db, req.actor, id);
      }),
    );

    app.post(
      '/volunteers/:volunteerId/invite',
      { config: manage },
      subForm('invite', 'volunteers.flash.invited', async (req, id) => {
        await inviteToClaim(db, config, req.actor, id);
      }),
    );
  };
}
