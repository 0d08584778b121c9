import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues, uuidParam } from '../../platform/form-fields.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { registerExportTable } from './columns.js';
import { purgeFormSchema, registerEntryFormSchema, registerYearQuerySchema } from './schema.js';
import { getEntryPage, getPurgePage, getRegisterYear, purgeExpired, RegisterNotKeptError, registerYearRows, saveEntry } from './service.js';
import { EntryPageView } from './views/entry-page.js';
import { RegisterListPage } from './views/list-page.js';
import { RegisterPrintPage } from './views/print-page.js';
import { PurgePageView } from './views/purge-page.js';

const signedIn = { access: 'authenticated' } as const;

type Problem = { values?: Record<string, string>; errors?: FieldErrors; status?: number };

/** `?year=` of the list, print view and downloads: the year, or the field error (the current year shown meanwhile). */
function yearOf(query: unknown, today: string): { year: number; value: string; errors?: FieldErrors } {
  const raw = (query as Record<string, unknown> | undefined)?.year;
  const form = parseForm(registerYearQuerySchema, { year: typeof raw === 'string' ? raw : undefined });
  const current = Number(today.slice(0, 4));
  if (!form.ok) return { year: current, value: String(form.values.year ?? ''), errors: form.errors };
  const year = form.data.year ?? current;
  return { year, value: String(year) };
}

/** The host organization's Köt. 14. § register: a placement's entry form, the yearly list with CSV/XLSX, the print view, the purge. */
export function registerRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    const renderEntry = async (req: FastifyRequest, reply: FastifyReply, applicationId: string, problem: Problem = {}) => {
      const data = await getEntryPage(db, req.actor, applicationId);
      const status = problem.status ?? (problem.errors ? 422 : 200);
      return sendPage(
        req,
        reply,
        req.t('register.entry.title', { title: data.placement.opportunityTitle }),
        <EntryPageView data={data} today={budapestDay(new Date())} values={problem.values} errors={problem.errors} />,
        status,
      );
    };

    app.get('/applications/:applicationId/register', { config: signedIn }, (req, reply) => renderEntry(req, reply, uuidParam(req.params, 'applicationId')));

    app.post('/applications/:applicationId/register', { config: signedIn }, async (req, reply) => {
      const applicationId = uuidParam(req.params, 'applicationId');
      // Access first: someone outside the placement gets 403/404 before any validation message.
      const page = await getEntryPage(db, req.actor, applicationId);
      if (!page.keeps) return renderEntry(req, reply, applicationId, { status: 409 });
      const form = parseForm(registerEntryFormSchema(budapestDay(new Date())), req.body);
      if (!form.ok) return renderEntry(req, reply, applicationId, { values: form.values, errors: form.errors });
      try {
        await saveEntry(db, req.actor, applicationId, form.data);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderEntry(req, reply, applicationId, { values: postedValues(req.body), errors: err.errors });
        if (err instanceof RegisterNotKeptError) return renderEntry(req, reply, applicationId, { status: 409 });
        throw err;
      }
      setFlash(reply, 'register.flash.saved');
      return redirectAfterPost(req, reply, `/applications/${applicationId}/register`);
    });

    app.get('/organizations/:organizationId/register', { config: signedIn }, async (req, reply) => {
      const organizationId = uuidParam(req.params, 'organizationId');
      const today = budapestDay(new Date());
      const { year, value, errors } = yearOf(req.query, today);
      const params = parseListParams(req.query, ['name', 'start'], { sort: 'name', dir: 'asc', pageSize: 25 });
      const format = exportFormatOf(req.query);
      if (format && !errors) {
        const { keeps, rows } = await registerYearRows(db, req.actor, organizationId, year, params, today);
        if (keeps) return sendExport(reply, format, registerExportTable(req.t, year, rows));
      }
      const data = await getRegisterYear(db, req.actor, organizationId, year, params, today);
      const title = req.t('register.list.title', { year, name: data.organization.name });
      return sendPage(
        req,
        reply,
        title,
        <RegisterListPage data={data} sort={params.sort} dir={params.dir} yearValue={value} errors={errors} />,
        errors ? 422 : 200,
      );
    });

    app.get('/organizations/:organizationId/register/print', { config: signedIn }, async (req, reply) => {
      const organizationId = uuidParam(req.params, 'organizationId');
      const today = budapestDay(new Date());
      const { year } = yearOf(req.query, today);
      const { organization, keeps, rows } = await registerYearRows(db, req.actor, organizationId, year, { sort: 'name', dir: 'asc' }, today);
      return sendPage(
        req,
        reply,
        req.t('register.print.title', { year }),
        <RegisterPrintPage organization={organization} keeps={keeps} year={year} rows={rows} printedAt={new Date()} />,
      );
    });

    const renderPurge = async (req: FastifyRequest, reply: FastifyReply, problem: Problem = {}) => {
      const data = await getPurgePage(db, req.actor, uuidParam(req.params, 'organizationId'), budapestDay(new Date()));
      const status = problem.status ?? (problem.errors ? 422 : 200);
      return sendPage(req, reply, req.t('register.purge.title'), <PurgePageView data={data} errors={problem.errors} />, status);
    };

    app.get('/organizations/:organizationId/register/purge', { config: signedIn }, (req, reply) => renderPurge(req, reply));

    app.post('/organizations/:organizationId/register/purge', { config: signedIn }, async (req, reply) => {
      const organizationId = uuidParam(req.params, 'organizationId');
      const today = budapestDay(new Date());
      const page = await getPurgePage(db, req.actor, organizationId, today);
      if (!page.keeps) return renderPurge(req, reply, { status: 409 });
      const form = parseForm(purgeFormSchema, req.body);
      if (!form.ok) return renderPurge(req, reply, { errors: form.errors });
      await purgeExpired(db, req.actor, organizationId, today);
      setFlash(reply, 'register.flash.purged');
      return redirectAfterPost(req, reply, `/organizations/${organizationId}/register`);
    });
  };
}
