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
import { programExportTable } from './exports.js';
import { programCenters } from './policy.js';
import type { ProgramRow } from './repo.js';
import { programFilterSchema, programFormSchema, programIdParam, programSorts } from './schema.js';
import { createProgram, exportPrograms, getProgram, inductionChoices, listPrograms, programFilterOf, updateProgram } from './service.js';
import { ChooseCenterPage } from './views/labels.js';
import { ProgramFormPage } from './views/program-form-page.js';
import { ProgramListPage } from './views/program-list-page.js';

export const programsAccess = { access: 'permission', permission: 'programs.manage' } as const;

/** A stored program as its form shows it. */
function storedValues(row: ProgramRow): Record<string, string> {
  const text = (v: string | number | null) => (v == null ? '' : String(v));
  return {
    name: row.name,
    kind: row.kind,
    status: row.status,
    summary: text(row.summary),
    description: text(row.description),
    minAge: text(row.minAge),
    inductionQualification: text(row.inductionQualification),
    healthValidMonths: text(row.healthValidMonths),
    confidentialityTemplate: text(row.confidentialityTemplate),
  };
}

/** The staff's list of programs and the program form (issue 16). */
export function programManageRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (app) => {
    app.get('/programs/manage', { config: programsAccess }, async (req, reply) => {
      const params = parseListParams(req.query, programSorts, { sort: 'name' });
      const filterInput = programFilterSchema.parse(req.query ?? {});
      const filter = programFilterOf(filterInput);
      const format = exportFormatOf(req.query);
      if (format) return sendExport(reply, format, programExportTable(req.t, await exportPrograms(db, req.actor, filter, params)));
      const [page, centers] = await Promise.all([listPrograms(db, req.actor, filter, params), programCenters(db, req.actor)]);
      const body = <ProgramListPage page={page} params={params} filter={filterInput} showCenter={centers.length > 1} />;
      return sendPage(req, reply, req.t('programs.manage.title'), body);
    });

    const renderForm = async (
      req: FastifyRequest,
      reply: FastifyReply,
      center: Choice,
      values: Record<string, string>,
      errors?: FieldErrors,
      program?: { id: string; name: string; slug: string },
    ) => {
      const choices = await inductionChoices(db, req.actor, center.id);
      const body = <ProgramFormPage center={center} values={values} errors={errors} program={program} inductionChoices={choices} />;
      return sendPage(req, reply, req.t(program ? 'programs.manage.edit' : 'programs.manage.new'), body, errors ? 422 : 200);
    };

    const chooseCenter = (req: FastifyRequest, reply: FastifyReply, centers: Choice[], status = 200) =>
      sendPage(req, reply, req.t('programs.manage.new'), <ChooseCenterPage centers={centers} />, status);

    app.get('/programs/manage/new', { config: programsAccess }, async (req, reply) => {
      const centers = await programCenters(db, req.actor);
      const center = centerOfNew(centers, (req.query as Record<string, unknown> | undefined)?.center as string | undefined);
      if (!center) return chooseCenter(req, reply, centers);
      return renderForm(req, reply, center, { kind: 'other', status: 'draft' });
    });

    app.post('/programs/manage', { config: programsAccess }, async (req, reply) => {
      const centers = await programCenters(db, req.actor);
      const posted = postedValues(req.body);
      const center = centerOfNew(centers, posted.centerId);
      if (!center) return chooseCenter(req, reply, centers, 422);
      const form = parseForm(programFormSchema, req.body);
      if (!form.ok) return renderForm(req, reply, center, posted, form.errors);
      try {
        const id = await createProgram(db, req.actor, center, form.data);
        setFlash(reply, 'programs.flash.saved');
        return redirectAfterPost(req, reply, `/programs/manage/${id}`);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderForm(req, reply, center, posted, err.errors);
        throw err;
      }
    });

    const centerOf = (row: ProgramRow): Choice => ({ id: row.centerId, name: row.centerName });

    app.get('/programs/manage/:programId/edit', { config: programsAccess }, async (req, reply) => {
      const row = await getProgram(db, req.actor, programIdParam(req.params));
      return renderForm(req, reply, centerOf(row), storedValues(row), undefined, row);
    });

    app.post('/programs/manage/:programId', { config: programsAccess }, async (req, reply) => {
      // Tenant first: a stranger learns nothing from validation messages.
      const row = await getProgram(db, req.actor, programIdParam(req.params));
      const posted = postedValues(req.body);
      const form = parseForm(programFormSchema, req.body);
      if (!form.ok) return renderForm(req, reply, centerOf(row), posted, form.errors, row);
      try {
        await updateProgram(db, req.actor, row.id, form.data);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderForm(req, reply, centerOf(row), posted, err.errors, row);
        throw err;
      }
      setFlash(reply, 'programs.flash.saved');
      return redirectAfterPost(req, reply, `/programs/manage/${row.id}`);
    });
  };
}
