import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues } from '../../platform/form-fields.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { parseForm } from '../../platform/validation.js';
import { volunteersExportTable } from './exports.js';
import { programVolunteerSorts } from './repo.js';
import {
  declarationPdf,
  exportRequirementVolunteers,
  findProgramVolunteerByEmail,
  getVolunteerRequirements,
  listRequirementVolunteers,
  recordDeclaration,
  recordHealthCheck,
  withdrawDeclaration,
} from './requirements-service.js';
import { openOccurrences, RosterRefusedError, signUpByStaff } from './roster-service.js';
import { confirmSchema, declarationSchema, emailQuery, healthCheckSchema, hospitalProgramIdParam, signupSchema, volunteerIdParam } from './schema.js';
import { refusalText } from './views/labels.js';
import { VolunteerPage, type VolunteerPageErrors } from './views/volunteer-page.js';
import { VolunteersPage } from './views/volunteers-page.js';

export const programStaffAccess = { access: 'permission', permission: 'programs.manage' } as const;

const today = () => budapestDay(new Date());

/** The hospital program's volunteers and the requirements staff record for them (ADR 025 decision 2). */
export function requirementRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (app) => {
    app.get('/hospital/:hospitalProgramId/volunteers', { config: programStaffAccess }, async (req, reply) => {
      const programId = hospitalProgramIdParam(req.params);
      const params = parseListParams(req.query, programVolunteerSorts, { sort: 'name' });
      const format = exportFormatOf(req.query);
      if (format) {
        const { program, rows } = await exportRequirementVolunteers(db, req.actor, programId, params);
        return sendExport(reply, format, volunteersExportTable(req.t, req.locale, program, rows));
      }
      const email = emailQuery(req.query);
      const { program, page } = await listRequirementVolunteers(db, req.actor, programId, params);
      if (email) {
        const found = await findProgramVolunteerByEmail(db, req.actor, program.id, email);
        if (found) return reply.redirect(`/hospital/${program.id}/volunteers/${found}`, 303);
      }
      const body = <VolunteersPage program={program} page={page} params={params} email={email} notFound={!!email} />;
      return sendPage(req, reply, req.t('hospital.volunteers.title', { program: program.name }), body);
    });

    const renderVolunteer = async (
      req: FastifyRequest,
      reply: FastifyReply,
      state: { values?: Record<string, string>; errors?: VolunteerPageErrors; refusal?: string[] } = {},
    ) => {
      const detail = await getVolunteerRequirements(db, req.actor, hospitalProgramIdParam(req.params), volunteerIdParam(req.params));
      const occurrences = await openOccurrences(db, req.actor, detail.program.id);
      const failed = state.errors || state.refusal;
      const title = req.t('hospital.volunteer.title', { name: `${detail.volunteer.familyName} ${detail.volunteer.givenName}`, program: detail.program.name });
      return sendPage(req, reply, title, <VolunteerPage detail={detail} occurrences={occurrences} {...state} />, failed ? 422 : 200);
    };
    const detailUrl = (req: FastifyRequest) => `/hospital/${hospitalProgramIdParam(req.params)}/volunteers/${volunteerIdParam(req.params)}`;

    app.get('/hospital/:hospitalProgramId/volunteers/:volunteerId', { config: programStaffAccess }, (req, reply) => renderVolunteer(req, reply));

    app.post('/hospital/:hospitalProgramId/volunteers/:volunteerId/health', { config: programStaffAccess }, async (req, reply) => {
      // Reach first: a stranger learns nothing from validation messages.
      await getVolunteerRequirements(db, req.actor, hospitalProgramIdParam(req.params), volunteerIdParam(req.params));
      const form = parseForm(healthCheckSchema(today), req.body);
      if (!form.ok) return renderVolunteer(req, reply, { values: postedValues(req.body), errors: { health: form.errors } });
      await recordHealthCheck(db, req.actor, hospitalProgramIdParam(req.params), volunteerIdParam(req.params), form.data);
      setFlash(reply, 'hospital.flash.healthSaved');
      return redirectAfterPost(req, reply, detailUrl(req));
    });

    app.get('/hospital/:hospitalProgramId/volunteers/:volunteerId/declaration.pdf', { config: programStaffAccess }, async (req, reply) => {
      const { pdf, fileName } = await declarationPdf(db, req.actor, hospitalProgramIdParam(req.params), volunteerIdParam(req.params));
      return reply.type('application/pdf').header('Content-Disposition', `attachment; filename="${fileName}"`).header('Cache-Control', 'no-store').send(pdf);
    });

    app.post('/hospital/:hospitalProgramId/volunteers/:volunteerId/declaration', { config: programStaffAccess }, async (req, reply) => {
      await getVolunteerRequirements(db, req.actor, hospitalProgramIdParam(req.params), volunteerIdParam(req.params));
      const form = parseForm(declarationSchema(today), req.body);
      if (!form.ok) return renderVolunteer(req, reply, { values: postedValues(req.body), errors: { declaration: form.errors } });
      await recordDeclaration(db, req.actor, hospitalProgramIdParam(req.params), volunteerIdParam(req.params), form.data.signedOn);
      setFlash(reply, 'hospital.flash.declarationSaved');
      return redirectAfterPost(req, reply, detailUrl(req));
    });

    app.post('/hospital/:hospitalProgramId/volunteers/:volunteerId/declaration/withdraw', { config: programStaffAccess }, async (req, reply) => {
      await getVolunteerRequirements(db, req.actor, hospitalProgramIdParam(req.params), volunteerIdParam(req.params));
      const form = parseForm(confirmSchema, req.body);
      if (!form.ok) return renderVolunteer(req, reply, { errors: { withdraw: form.errors } });
      await withdrawDeclaration(db, req.actor, hospitalProgramIdParam(req.params), volunteerIdParam(req.params));
      setFlash(reply, 'hospital.flash.declarationWithdrawn');
      return redirectAfterPost(req, reply, detailUrl(req));
    });

    app.post('/hospital/:hospitalProgramId/volunteers/:volunteerId/signups', { config: programStaffAccess }, async (req, reply) => {
      await getVolunteerRequirements(db, req.actor, hospitalProgramIdParam(req.params), volunteerIdParam(req.params));
      const form = parseForm(signupSchema, req.body);
      if (!form.ok) return renderVolunteer(req, reply, { values: postedValues(req.body), errors: { signup: form.errors } });
      try {
        await signUpByStaff(
          db,
          req.actor,
          hospitalProgramIdParam(req.params),
          volunteerIdParam(req.params),
          form.data.slotWeek.slotId,
          form.data.slotWeek.weekStart,
        );
      } catch (err) {
        if (!(err instanceof RosterRefusedError)) throw err;
        return renderVolunteer(req, reply, { values: postedValues(req.body), refusal: err.reasons.map((r) => refusalText(req.t, req.locale, r, 'staff')) });
      }
      setFlash(reply, 'hospital.flash.signedUp');
      return redirectAfterPost(req, reply, detailUrl(req));
    });
  };
}
