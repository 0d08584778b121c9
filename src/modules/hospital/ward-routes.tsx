import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues } from '../../platform/form-fields.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { wardExportTable } from './exports.js';
import { programStaffAccess } from './requirement-routes.js';
import { confirmSchema, hospitalProgramIdParam, slotFormSchema, slotIdParam, wardFormSchema, wardIdParam, weekQuery } from './schema.js';
import { WardPage } from './views/ward-page.js';
import { WardsPage } from './views/wards-page.js';
import { addSlot, assertWardStaff, createWard, endSlot, listWards, wardWeek } from './ward-service.js';

const signedIn = { access: 'authenticated' } as const;

/** Wards of a hospital program, their weekly slots, and the supervisor view of who comes when. */
export function wardRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (app) => {
    const renderWards = async (req: FastifyRequest, reply: FastifyReply, values?: Record<string, string>, errors?: FieldErrors) => {
      const overview = await listWards(db, req.actor, hospitalProgramIdParam(req.params));
      const title = req.t('hospital.wards.title', { program: overview.program.name });
      return sendPage(req, reply, title, <WardsPage overview={overview} values={values} errors={errors} />, errors ? 422 : 200);
    };

    app.get('/hospital/:hospitalProgramId/wards', { config: programStaffAccess }, (req, reply) => renderWards(req, reply));

    app.post('/hospital/:hospitalProgramId/wards', { config: programStaffAccess }, async (req, reply) => {
      const programId = hospitalProgramIdParam(req.params);
      await listWards(db, req.actor, programId);
      const form = parseForm(wardFormSchema, req.body);
      if (!form.ok) return renderWards(req, reply, postedValues(req.body), form.errors);
      try {
        const id = await createWard(db, req.actor, programId, form.data);
        setFlash(reply, 'hospital.flash.wardSaved');
        return redirectAfterPost(req, reply, `/hospital/wards/${id}`);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderWards(req, reply, postedValues(req.body), err.errors);
        throw err;
      }
    });

    const renderWard = async (
      req: FastifyRequest,
      reply: FastifyReply,
      state: { values?: Record<string, string>; errors?: FieldErrors; endError?: { slotId: string; errors: FieldErrors } } = {},
    ) => {
      const week = await wardWeek(db, req.actor, wardIdParam(req.params), weekQuery(req.query));
      const format = exportFormatOf(req.query);
      if (format && !state.errors && !state.endError)
        return sendExport(reply, format, wardExportTable(req.t, week.access.ward.name, week.weekStart, week.grid));
      const title = req.t('hospital.ward.title', { ward: week.access.ward.name, organization: week.access.ward.organizationName });
      return sendPage(req, reply, title, <WardPage week={week} {...state} />, state.errors || state.endError ? 422 : 200);
    };

    app.get('/hospital/wards/:wardId', { config: signedIn }, (req, reply) => renderWard(req, reply));

    app.post('/hospital/wards/:wardId/slots', { config: programStaffAccess }, async (req, reply) => {
      const wardId = wardIdParam(req.params);
      await assertWardStaff(db, req.actor, wardId);
      const form = parseForm(slotFormSchema, req.body);
      if (!form.ok) return renderWard(req, reply, { values: postedValues(req.body), errors: form.errors });
      await addSlot(db, req.actor, wardId, form.data);
      setFlash(reply, 'hospital.flash.slotSaved');
      return redirectAfterPost(req, reply, `/hospital/wards/${wardId}`);
    });

    app.post('/hospital/wards/:wardId/slots/:slotId/end', { config: programStaffAccess }, async (req, reply) => {
      const wardId = wardIdParam(req.params);
      const slotId = slotIdParam(req.params);
      await assertWardStaff(db, req.actor, wardId);
      const form = parseForm(confirmSchema, req.body);
      if (!form.ok) return renderWard(req, reply, { endError: { slotId, errors: form.errors } });
      await endSlot(db, req.actor, wardId, slotId);
      setFlash(reply, 'hospital.flash.slotEnded');
      return redirectAfterPost(req, reply, `/hospital/wards/${wardId}`);
    });
  };
}
