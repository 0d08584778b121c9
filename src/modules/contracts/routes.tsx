import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { postedValues, uuidParam } from '../../platform/form-fields.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { answersOf, generateFormSchema, signFormSchema, templateFormSchema, typedTermOf, voidFormSchema } from './schema.js';
import { contractToManage, generateContract, getContractPage, getContractPdf, placementToManage, signContract, voidContract } from './service.js';
import { getTemplatePage, saveTemplate } from './template-service.js';
import { ContractPage, type ContractPageProblem } from './views/contract-page.js';
import { TemplatePage } from './views/template-page.js';

const signedIn = { access: 'authenticated' } as const;

/** Volunteer contracts (önkéntes szerződés, Köt. 6. §): organization templates, generation, PDF, signing. */
export function contractsRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    const renderTemplate = async (
      req: FastifyRequest,
      reply: FastifyReply,
      organizationId: string,
      problem: { values?: Record<string, string>; errors?: FieldErrors } = {},
    ) => {
      const data = await getTemplatePage(db, req.actor, organizationId);
      const title = req.t('contracts.template.title', { name: data.organization.name });
      return sendPage(req, reply, title, <TemplatePage data={data} values={problem.values} errors={problem.errors} />, problem.errors ? 422 : 200);
    };

    app.get('/organizations/:organizationId/contract-template', { config: signedIn }, (req, reply) =>
      renderTemplate(req, reply, uuidParam(req.params, 'organizationId')),
    );

    app.post('/organizations/:organizationId/contract-template', { config: signedIn }, async (req, reply) => {
      const organizationId = uuidParam(req.params, 'organizationId');
      // The page first: a non-member gets 403 before any validation message.
      await getTemplatePage(db, req.actor, organizationId);
      const form = parseForm(templateFormSchema, req.body);
      if (!form.ok) return renderTemplate(req, reply, organizationId, { values: form.values, errors: form.errors });
      await saveTemplate(db, req.actor, organizationId, form.data);
      setFlash(reply, 'contracts.flash.templateSaved');
      return redirectAfterPost(req, reply, `/organizations/${organizationId}/contract-template`);
    });

    const renderContract = async (req: FastifyRequest, reply: FastifyReply, applicationId: string, answersSource: unknown, problem?: ContractPageProblem) => {
      const today = budapestDay(new Date());
      const data = await getContractPage(db, req.actor, applicationId, answersOf(answersSource), today, typedTermOf(answersSource));
      const title = req.t('contracts.page.title', { title: data.placement.opportunityTitle });
      return sendPage(req, reply, title, <ContractPage data={data} today={today} problem={problem} />, problem ? 422 : 200);
    };

    app.get('/applications/:applicationId/contract', { config: signedIn }, (req, reply) =>
      renderContract(req, reply, uuidParam(req.params, 'applicationId'), req.query),
    );

    app.post('/applications/:applicationId/contract', { config: signedIn }, async (req, reply) => {
      const applicationId = uuidParam(req.params, 'applicationId');
      await placementToManage(db, req.actor, applicationId);
      const form = parseForm(generateFormSchema, req.body);
      if (!form.ok) return renderContract(req, reply, applicationId, req.body, { form: 'generate', values: form.values, errors: form.errors });
      try {
        await generateContract(db, req.actor, applicationId, form.data, answersOf(req.body));
      } catch (err) {
        if (err instanceof FieldValidationError)
          return renderContract(req, reply, applicationId, req.body, { form: 'generate', values: postedValues(req.body), errors: err.errors });
        throw err;
      }
      setFlash(reply, 'contracts.flash.generated');
      return redirectAfterPost(req, reply, `/applications/${applicationId}/contract`);
    });

    app.get('/contracts/:contractId/contract.pdf', { config: signedIn }, async (req, reply) => {
      const { contract, pdf } = await getContractPdf(db, req.actor, uuidParam(req.params, 'contractId'));
      return reply
        .type('application/pdf')
        .header('Content-Disposition', `attachment; filename="onkentes-szerzodes-${contract.id}.pdf"`)
        .header('Cache-Control', 'no-store')
        .send(pdf);
    });

    app.post('/contracts/:contractId/sign', { config: signedIn }, async (req, reply) => {
      const contractId = uuidParam(req.params, 'contractId');
      const applicationId = await contractToManage(db, req.actor, contractId);
      const form = parseForm(signFormSchema(budapestDay(new Date())), req.body);
      if (!form.ok) return renderContract(req, reply, applicationId, {}, { form: 'sign', values: form.values, errors: form.errors });
      try {
        await signContract(db, req.actor, contractId, form.data);
      } catch (err) {
        if (err instanceof FieldValidationError)
          return renderContract(req, reply, applicationId, {}, { form: 'sign', values: postedValues(req.body), errors: err.errors });
        throw err;
      }
      setFlash(reply, 'contracts.flash.signed');
      return redirectAfterPost(req, reply, `/applications/${applicationId}/contract`);
    });

    app.post('/contracts/:contractId/void', { config: signedIn }, async (req, reply) => {
      const contractId = uuidParam(req.params, 'contractId');
      const applicationId = await contractToManage(db, req.actor, contractId);
      const form = parseForm(voidFormSchema, req.body);
      if (!form.ok) return renderContract(req, reply, applicationId, {}, { form: 'void', values: form.values, errors: form.errors });
      try {
        await voidContract(db, req.actor, contractId, form.data.reason);
      } catch (err) {
        if (err instanceof FieldValidationError)
          return renderContract(req, reply, applicationId, {}, { form: 'void', values: postedValues(req.body), errors: err.errors });
        throw err;
      }
      setFlash(reply, 'contracts.flash.voided');
      return redirectAfterPost(req, reply, `/applications/${applicationId}/contract`);
    });
  };
}
