import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { ForbiddenError } from '../../platform/authz.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues } from '../../platform/form-fields.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import type { AgreementRow } from './agreements-repo.js';
import {
  agreementFormChoices,
  agreementPdf,
  createAgreement,
  draftAgreementBody,
  exportSchoolAgreements,
  getAgreement,
  getHostAgreement,
  listHostAgreements,
  listSchoolAgreements,
  recordHostSigning,
  recordSchoolSigning,
} from './agreements-service.js';
import { agreementExportTable } from './exports.js';
import { schoolAbilities } from './policy.js';
import { findSchoolRow } from './repo.js';
import {
  agreementFilterSchema,
  agreementFormSchema,
  agreementIdParam,
  agreementSorts,
  hostSignFormSchema,
  organizationIdParam,
  schoolIdParam,
  signFormSchema,
} from './schema.js';
import { signedIn, today } from './school-routes.js';
import { AgreementFormPage } from './views/agreement-form-page.js';
import { AgreementPage } from './views/agreement-page.js';
import { AgreementsPage } from './views/agreements-page.js';
import { HostAgreementPage, HostAgreementsPage } from './views/host-agreements-page.js';

function sendPdf(reply: FastifyReply, agreement: AgreementRow, pdf: Buffer) {
  return reply
    .type('application/pdf')
    .header('Content-Disposition', `attachment; filename="egyuttmukodesi-megallapodas-${agreement.id}.pdf"`)
    .header('Cache-Control', 'no-store')
    .send(pdf);
}

/** The areas posted by the checkbox group: nothing, one or many. */
const postedAreas = (body: unknown): string[] => {
  const v = (body as Record<string, unknown> | undefined)?.areas;
  return (Array.isArray(v) ? v : v == null ? [] : [v]).filter((x): x is string => typeof x === 'string');
};

/** Cooperation agreements: the school's list, form (template → editable text), page, PDF and signing; the host's side. */
export function agreementRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (app) => {
    app.get('/schools/:schoolId/agreements', { config: signedIn }, async (req, reply) => {
      const schoolId = schoolIdParam(req.params);
      const params = parseListParams(req.query, agreementSorts, { sort: 'endsOn' });
      const expiring = agreementFilterSchema.parse(req.query ?? {}).expiring === '1';
      const format = exportFormatOf(req.query);
      if (format)
        return sendExport(reply, format, agreementExportTable(req.t, await exportSchoolAgreements(db, req.actor, schoolId, { expiring }, params, today())));
      const { page, access } = await listSchoolAgreements(db, req.actor, schoolId, { expiring }, params, today());
      const school = await agreementSchool(req, schoolId);
      const body = <AgreementsPage school={school} manage={schoolAbilities(access).manage} page={page} params={params} expiring={expiring} today={today()} />;
      return sendPage(req, reply, req.t('schools.agreements.title'), body);
    });

    const agreementSchool = async (_req: FastifyRequest, schoolId: string) => {
      const row = await findSchoolRow(db, schoolId);
      return { id: schoolId, name: row?.name ?? '' };
    };

    const renderForm = async (
      req: FastifyRequest,
      reply: FastifyReply,
      schoolId: string,
      values: Record<string, string>,
      body?: string,
      errors?: FieldErrors,
    ) => {
      const { school, hosts } = await agreementFormChoices(db, req.actor, schoolId);
      const page = <AgreementFormPage school={school} hosts={hosts} values={values} areas={postedAreas(req.body)} body={body} errors={errors} />;
      return sendPage(req, reply, req.t('schools.agreements.new'), page, errors ? 422 : 200);
    };

    app.get('/schools/:schoolId/agreements/new', { config: signedIn }, (req, reply) => renderForm(req, reply, schoolIdParam(req.params), {}));

    app.post('/schools/:schoolId/agreements', { config: signedIn }, async (req, reply) => {
      const schoolId = schoolIdParam(req.params);
      await agreementFormChoices(db, req.actor, schoolId);
      const posted = postedValues(req.body);
      const form = parseForm(agreementFormSchema, req.body);
      if (!form.ok) return renderForm(req, reply, schoolId, posted, posted.body || undefined, form.errors);
      try {
        if (form.data.step === 'preview' || !form.data.body) {
          const body = await draftAgreementBody(db, req.actor, schoolId, form.data);
          return renderForm(req, reply, schoolId, posted, body);
        }
        const id = await createAgreement(db, req.actor, schoolId, { ...form.data, body: form.data.body });
        setFlash(reply, 'schools.flash.agreementCreated');
        return redirectAfterPost(req, reply, `/schools/${schoolId}/agreements/${id}`);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderForm(req, reply, schoolId, posted, posted.body || undefined, err.errors);
        throw err;
      }
    });

    const renderAgreement = async (req: FastifyRequest, reply: FastifyReply, values?: Record<string, string>, errors?: FieldErrors) => {
      const { agreement, abilities } = await getAgreement(db, req.actor, schoolIdParam(req.params), agreementIdParam(req.params), today());
      const page = <AgreementPage agreement={agreement} manage={abilities.manage} today={today()} values={values} errors={errors} />;
      return sendPage(req, reply, req.t('schools.agreement.title', { host: agreement.hostName }), page, errors ? 422 : 200);
    };

    app.get('/schools/:schoolId/agreements/:agreementId', { config: signedIn }, (req, reply) => renderAgreement(req, reply));

    app.get('/schools/:schoolId/agreements/:agreementId/agreement.pdf', { config: signedIn }, async (req, reply) => {
      const { agreement } = await getAgreement(db, req.actor, schoolIdParam(req.params), agreementIdParam(req.params), today());
      return sendPdf(reply, agreement, await agreementPdf(agreement));
    });

    app.post('/schools/:schoolId/agreements/:agreementId/sign', { config: signedIn }, async (req, reply) => {
      const schoolId = schoolIdParam(req.params);
      const agreementId = agreementIdParam(req.params);
      const { abilities } = await getAgreement(db, req.actor, schoolId, agreementId, today());
      // Who may sign first (403 for a class teacher): a stranger learns nothing from validation messages.
      if (!abilities.manage) throw new ForbiddenError('school.manage');
      const form = parseForm(signFormSchema, req.body);
      try {
        if (!form.ok) throw new FieldValidationError(form.errors);
        await recordSchoolSigning(db, req.actor, schoolId, agreementId, form.data, today());
      } catch (err) {
        if (err instanceof FieldValidationError) return renderAgreement(req, reply, postedValues(req.body), err.errors);
        throw err;
      }
      setFlash(reply, 'form.saved');
      return redirectAfterPost(req, reply, `/schools/${schoolId}/agreements/${agreementId}`);
    });

    app.get('/organizations/:organizationId/iksz-agreements', { config: signedIn }, async (req, reply) => {
      const organizationId = organizationIdParam(req.params);
      const params = parseListParams(req.query, agreementSorts, { sort: 'endsOn' });
      const page = await listHostAgreements(db, req.actor, organizationId, params, today());
      const body = <HostAgreementsPage organizationId={organizationId} page={page} params={params} today={today()} />;
      return sendPage(req, reply, req.t('schools.hostAgreements.title'), body);
    });

    const renderHostAgreement = async (req: FastifyRequest, reply: FastifyReply, values?: Record<string, string>, errors?: FieldErrors) => {
      const organizationId = organizationIdParam(req.params);
      const agreement = await getHostAgreement(db, req.actor, organizationId, agreementIdParam(req.params), today());
      const page = <HostAgreementPage organizationId={organizationId} agreement={agreement} today={today()} values={values} errors={errors} />;
      return sendPage(req, reply, req.t('schools.agreement.titleWithSchool', { school: agreement.schoolName }), page, errors ? 422 : 200);
    };

    app.get('/organizations/:organizationId/iksz-agreements/:agreementId', { config: signedIn }, (req, reply) => renderHostAgreement(req, reply));

    app.get('/organizations/:organizationId/iksz-agreements/:agreementId/agreement.pdf', { config: signedIn }, async (req, reply) => {
      const agreement = await getHostAgreement(db, req.actor, organizationIdParam(req.params), agreementIdParam(req.params), today());
      return sendPdf(reply, agreement, await agreementPdf(agreement));
    });

    app.post('/organizations/:organizationId/iksz-agreements/:agreementId/sign', { config: signedIn }, async (req, reply) => {
      const organizationId = organizationIdParam(req.params);
      const agreementId = agreementIdParam(req.params);
      await getHostAgreement(db, req.actor, organizationId, agreementId, today());
      const form = parseForm(hostSignFormSchema, req.body);
      try {
        if (!form.ok) throw new FieldValidationError(form.errors);
        await recordHostSigning(db, req.actor, organizationId, agreementId, form.data.hostSignedOn, today());
      } catch (err) {
        if (err instanceof FieldValidationError) return renderHostAgreement(req, reply, postedValues(req.body), err.errors);
        throw err;
      }
      setFlash(reply, 'form.saved');
      return redirectAfterPost(req, reply, `/organizations/${organizationId}/iksz-agreements/${agreementId}`);
    });
  };
}
