import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues, uuidParam } from '../../platform/form-fields.js';
import { formatPersonName } from '../../platform/i18n.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost, safeNextPath } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { reviewSorts } from './repo.js';
import { confirmFormSchema, logHoursFormSchema, rejectFormSchema } from './schema.js';
import {
  approveAllOfPlacement,
  approveHourEntry,
  deleteOwnHourEntry,
  exportStaleHours,
  getEntryForAction,
  getHoursPlacement,
  getPlacementHours,
  listOrganizationSubmitted,
  listStaleHours,
  logHours,
  MinorLimitError,
  rejectHourEntry,
} from './service.js';
import { DeleteEntryPage, RejectEntryPage } from './views/entry-action-pages.js';
import { timeRangeText } from './views/entry-text.js';
import { PlacementHoursPage } from './views/placement-hours-page.js';
import { OrganizationHoursPage, StaleHoursPage } from './views/review-pages.js';

const signedIn = { access: 'authenticated' } as const;
const review = { access: 'permission', permission: 'hours.review' } as const;

/** The list a decision was made from (`next`, a local path only: never another site), or null. */
function listPathOf(source: unknown): string | null {
  return safeNextPath((source as Record<string, unknown> | undefined)?.next, '') || null;
}

/** After a decision: back to that list with its filters, sort and page; else the placement's hours. */
function returnPath(body: unknown, applicationId: string): string {
  return listPathOf(body) ?? `/applications/${applicationId}/hours`;
}

type Problem = { values?: Record<string, string>; errors?: FieldErrors; minor?: MinorLimitError };

/** Volunteer hours: a placement's hours page and log form, decisions, the organization's and the coordinators' lists. */
export function hoursRoutes({ db, config }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    const renderPlacementHours = async (req: FastifyRequest, reply: FastifyReply, applicationId: string, problem: Problem = {}) => {
      const params = parseListParams(req.query, ['day'], { sort: 'day', dir: 'desc', pageSize: 50 });
      const data = await getPlacementHours(db, req.actor, applicationId, params);
      const title = req.t('hours.page.title', { title: data.placement.opportunityTitle });
      const failed = problem.errors !== undefined || problem.minor !== undefined;
      const minor = problem.minor ? { violations: problem.minor.violations, mayOverride: problem.minor.mayOverride } : undefined;
      const errors = problem.minor ? { ...problem.errors, ...problem.minor.errors } : problem.errors;
      return sendPage(
        req,
        reply,
        title,
        <PlacementHoursPage data={data} today={budapestDay(new Date())} values={problem.values} errors={errors} minor={minor} />,
        failed ? 422 : 200,
      );
    };

    app.get('/applications/:applicationId/hours', { config: signedIn }, (req, reply) =>
      renderPlacementHours(req, reply, uuidParam(req.params, 'applicationId')),
    );

    app.post('/applications/:applicationId/hours', { config: signedIn }, async (req, reply) => {
      const applicationId = uuidParam(req.params, 'applicationId');
      // The page first: someone outside the placement gets 404 before any validation message.
      await getHoursPlacement(db, req.actor, applicationId);
      const form = parseForm(logHoursFormSchema(budapestDay(new Date())), req.body);
      if (!form.ok) return renderPlacementHours(req, reply, applicationId, { values: form.values, errors: form.errors });
      try {
        await logHours(db, req.actor, applicationId, form.data);
      } catch (err) {
        if (err instanceof MinorLimitError) return renderPlacementHours(req, reply, applicationId, { values: postedValues(req.body), minor: err });
        if (err instanceof FieldValidationError) return renderPlacementHours(req, reply, applicationId, { values: postedValues(req.body), errors: err.errors });
        throw err;
      }
      setFlash(reply, 'hours.flash.logged');
      return redirectAfterPost(req, reply, `/applications/${applicationId}/hours`);
    });

    app.post('/applications/:applicationId/hours/approve-all', { config: signedIn }, async (req, reply) => {
      const applicationId = uuidParam(req.params, 'applicationId');
      await getHoursPlacement(db, req.actor, applicationId);
      const form = parseForm(confirmFormSchema, req.body);
      if (!form.ok) return renderPlacementHours(req, reply, applicationId, { errors: form.errors });
      await approveAllOfPlacement(db, req.actor, applicationId);
      setFlash(reply, 'hours.flash.approvedAll');
      return redirectAfterPost(req, reply, `/applications/${applicationId}/hours`);
    });

    /** A decision on an entry that was decided meanwhile: its placement's page with the reason (422). */
    const decided = async (req: FastifyRequest, reply: FastifyReply, hourEntryId: string, err: FieldValidationError) => {
      const { placement } = await getEntryForAction(db, req.actor, hourEntryId, 'view');
      return renderPlacementHours(req, reply, placement.id, { errors: err.errors });
    };

    app.post('/hours/:hourEntryId/approve', { config: signedIn }, async (req, reply) => {
      const hourEntryId = uuidParam(req.params, 'hourEntryId');
      try {
        const applicationId = await approveHourEntry(db, req.actor, hourEntryId);
        setFlash(reply, 'hours.flash.approved');
        return redirectAfterPost(req, reply, returnPath(req.body, applicationId));
      } catch (err) {
        if (err instanceof FieldValidationError) return decided(req, reply, hourEntryId, err);
        throw err;
      }
    });

    /** The reject page carries its list along: from the link's query, then from the form's hidden field. */
    const renderReject = async (req: FastifyRequest, reply: FastifyReply, problem: Problem = {}, source: unknown = req.query) => {
      const { entry, placement } = await getEntryForAction(db, req.actor, uuidParam(req.params, 'hourEntryId'), 'reject');
      return sendPage(
        req,
        reply,
        req.t('hours.reject.title'),
        <RejectEntryPage entry={entry} placement={placement} values={problem.values} errors={problem.errors} next={listPathOf(source)} />,
        problem.errors ? 422 : 200,
      );
    };

    app.get('/hours/:hourEntryId/reject', { config: signedIn }, (req, reply) => renderReject(req, reply));

    app.post('/hours/:hourEntryId/reject', { config: signedIn }, async (req, reply) => {
      const hourEntryId = uuidParam(req.params, 'hourEntryId');
      await getEntryForAction(db, req.actor, hourEntryId, 'reject');
      const form = parseForm(rejectFormSchema, req.body);
      if (!form.ok) return renderReject(req, reply, { values: form.values, errors: form.errors }, req.body);
      try {
        const applicationId = await rejectHourEntry(db, req.actor, hourEntryId, form.data.reason, { baseUrl: config.baseUrl });
        setFlash(reply, 'hours.flash.rejected');
        return redirectAfterPost(req, reply, returnPath(req.body, applicationId));
      } catch (err) {
        if (err instanceof FieldValidationError) return decided(req, reply, hourEntryId, err);
        throw err;
      }
    });

    const renderDelete = async (req: FastifyRequest, reply: FastifyReply, errors?: FieldErrors) => {
      const { entry, placement } = await getEntryForAction(db, req.actor, uuidParam(req.params, 'hourEntryId'), 'delete');
      return sendPage(req, reply, req.t('hours.delete.title'), <DeleteEntryPage entry={entry} placement={placement} errors={errors} />, errors ? 422 : 200);
    };

    app.get('/hours/:hourEntryId/delete', { config: signedIn }, (req, reply) => renderDelete(req, reply));

    app.post('/hours/:hourEntryId/delete', { config: signedIn }, async (req, reply) => {
      const hourEntryId = uuidParam(req.params, 'hourEntryId');
      await getEntryForAction(db, req.actor, hourEntryId, 'delete');
      const form = parseForm(confirmFormSchema, req.body);
      if (!form.ok) return renderDelete(req, reply, form.errors);
      try {
        const applicationId = await deleteOwnHourEntry(db, req.actor, hourEntryId);
        setFlash(reply, 'hours.flash.deleted');
        return redirectAfterPost(req, reply, `/applications/${applicationId}/hours`);
      } catch (err) {
        if (err instanceof FieldValidationError) return decided(req, reply, hourEntryId, err);
        throw err;
      }
    });

    app.get('/organizations/:organizationId/hours', { config: signedIn }, async (req, reply) => {
      const params = parseListParams(req.query, reviewSorts, { sort: 'logged' });
      const data = await listOrganizationSubmitted(db, req.actor, uuidParam(req.params, 'organizationId'), params);
      return sendPage(
        req,
        reply,
        req.t('hours.organization.title', { name: data.organization.name }),
        <OrganizationHoursPage data={data} sort={params.sort} dir={params.dir} />,
      );
    });

    app.get('/coordinator/hours', { config: review }, async (req, reply) => {
      const params = parseListParams(req.query, reviewSorts, { sort: 'logged' });
      const format = exportFormatOf(req.query);
      if (format) {
        const rows = await exportStaleHours(db, req.actor, params);
        const t = req.t;
        return sendExport(reply, format, {
          filename: 'kapocs-jovahagyasra-varo-orak',
          sheetName: t('hours.stale.title'),
          rows,
          columns: [
            { header: t('hours.field.volunteer'), value: (r) => formatPersonName(r.volunteerFamilyName, r.volunteerGivenName) },
            { header: t('hours.field.organization'), value: (r) => r.organizationName },
            { header: t('hours.field.opportunity'), value: (r) => r.opportunityTitle },
            { header: t('hours.field.day'), value: (r) => r.activityDay },
            { header: t('hours.field.time'), value: (r) => timeRangeText(r.startsAt, r.endsAt) },
            { header: t('hours.field.minutes'), value: (r) => r.minutes },
            { header: t('hours.field.activity'), value: (r) => r.activity },
            { header: t('hours.field.loggedAt'), value: (r) => new Date(r.createdAt) },
          ],
        });
      }
      const page = await listStaleHours(db, req.actor, params);
      return sendPage(req, reply, req.t('hours.stale.title'), <StaleHoursPage page={page} sort={params.sort} dir={params.dir} />);
    });
  };
}
