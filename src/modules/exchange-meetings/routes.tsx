import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { exportFormatOf, maxExportRows, sendExport } from '../../platform/export.js';
import { postedValues, uuidParam } from '../../platform/form-fields.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError } from '../../platform/validation.js';
import { meetingExportTable, organizationMeetingExportTable } from './exports.js';
import { meetingPageRoutes } from './meeting-page-routes.js';
import { listMeetingsOfOrganization } from './participants-service.js';
import type { MeetingRow } from './repo.js';
import { isConfirmed, meetingIdParam, meetingSorts, parseMeetingFilter } from './schema.js';
import { createMeeting, deleteMeeting, exportMeetings, getMeeting, getMeetingPage, listMeetings, meetingCenters, updateMeeting } from './service.js';
import { MeetingDeletePage } from './views/delete-pages.js';
import { MeetingFormPage } from './views/meeting-form-page.js';
import { MeetingListPage } from './views/meeting-list-page.js';
import { OrganizationMeetingsPage } from './views/organization-meetings-page.js';

const manage = { access: 'permission', permission: 'trainings.manage' } as const;
const signedIn = { access: 'authenticated' } as const;

const meetingIdOf = (req: FastifyRequest) => meetingIdParam(req.params);

/** What the edit form starts from. */
const meetingFormValues = (m: MeetingRow): Record<string, string> => ({ heldOn: m.heldOn, theme: m.theme, place: m.place ?? '', notes: m.notes ?? '' });

/**
 * Experience-exchange meetings: the training staff's list (CSV/XLSX), a meeting's form, page and
 * deletion (meeting-page-routes.tsx: the page with its invitations, attendance and follow-ups); and an organization's own
 * read-only list of the meetings it was invited to.
 */
export function exchangeMeetingsRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/exchange-meetings', { config: manage }, async (req, reply) => {
      const params = parseListParams(req.query, meetingSorts, { sort: 'date', dir: 'desc' });
      const filter = parseMeetingFilter(req.query);
      const format = exportFormatOf(req.query);
      if (format) return sendExport(reply, format, meetingExportTable(req.t, await exportMeetings(db, req.actor, filter, params)));
      const { page, centers } = await listMeetings(db, req.actor, filter, params);
      return sendPage(req, reply, req.t('exchange.title'), <MeetingListPage page={page} params={params} filter={filter} centers={centers} />);
    });

    const renderForm = async (req: FastifyRequest, reply: FastifyReply, values: Record<string, string>, errors?: FieldErrors, meeting?: MeetingRow) => {
      const centers = meeting ? [] : await meetingCenters(db, req.actor);
      const page = <MeetingFormPage meeting={meeting} values={values} errors={errors} centers={centers} />;
      return sendPage(req, reply, req.t(meeting ? 'exchange.edit' : 'exchange.new'), page, errors ? 422 : 200);
    };

    app.get('/exchange-meetings/new', { config: manage }, (req, reply) => renderForm(req, reply, {}));

    app.post('/exchange-meetings', { config: manage }, async (req, reply) => {
      try {
        const id = await createMeeting(db, req.actor, req.body);
        setFlash(reply, 'exchange.flash.created');
        return redirectAfterPost(req, reply, `/exchange-meetings/${id}`);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderForm(req, reply, postedValues(req.body), err.errors);
        throw err;
      }
    });

    app.get('/exchange-meetings/:exchangeMeetingId/edit', { config: manage }, async (req, reply) => {
      const meeting = await getMeeting(db, req.actor, meetingIdOf(req));
      return renderForm(req, reply, meetingFormValues(meeting), undefined, meeting);
    });

    app.post('/exchange-meetings/:exchangeMeetingId', { config: manage }, async (req, reply) => {
      const id = meetingIdOf(req);
      try {
        await updateMeeting(db, req.actor, id, req.body);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderForm(req, reply, postedValues(req.body), err.errors, await getMeeting(db, req.actor, id));
        throw err;
      }
      setFlash(reply, 'exchange.flash.saved');
      return redirectAfterPost(req, reply, `/exchange-meetings/${id}`);
    });

    app.get('/exchange-meetings/:exchangeMeetingId/delete', { config: manage }, async (req, reply) => {
      const data = await getMeetingPage(db, req.actor, meetingIdOf(req));
      return sendPage(req, reply, req.t('exchange.delete'), <MeetingDeletePage data={data} />);
    });

    app.post('/exchange-meetings/:exchangeMeetingId/delete', { config: manage }, async (req, reply) => {
      const id = meetingIdOf(req);
      if (!isConfirmed(req.body)) {
        // Not confirmed: back to the confirmation page (for those who may see it; others get 404).
        await getMeeting(db, req.actor, id);
        return redirectAfterPost(req, reply, `/exchange-meetings/${id}/delete`);
      }
      await deleteMeeting(db, req.actor, id);
      setFlash(reply, 'exchange.flash.deleted');
      return redirectAfterPost(req, reply, '/exchange-meetings');
    });

    await app.register(meetingPageRoutes({ db }));

    app.get('/organizations/:organizationId/exchange-meetings', { config: signedIn }, async (req, reply) => {
      const organizationId = uuidParam(req.params, 'organizationId');
      const params = parseListParams(req.query, ['date'], { sort: 'date', dir: 'desc' });
      const today = budapestDay(new Date());
      const format = exportFormatOf(req.query);
      if (format) {
        const all = await listMeetingsOfOrganization(db, req.actor, organizationId, { dir: params.dir, page: 1, pageSize: maxExportRows });
        return sendExport(reply, format, organizationMeetingExportTable(req.t, today, all.page.items));
      }
      const { organizationName, page } = await listMeetingsOfOrganization(db, req.actor, organizationId, params);
      const body = <OrganizationMeetingsPage organizationId={organizationId} organizationName={organizationName} page={page} dir={params.dir} today={today} />;
      return sendPage(req, reply, req.t('exchange.org.title', { name: organizationName }), body);
    });
  };
}
