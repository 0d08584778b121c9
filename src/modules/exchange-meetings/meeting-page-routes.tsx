import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../db/database.js';
import { postedValues } from '../../platform/form-fields.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { FieldValidationError } from '../../platform/validation.js';
import { addFollowUp, getFollowUpForDeletion, markFollowUp, removeFollowUp } from './follow-ups-service.js';
import { AttendanceTooEarlyError, getInvitationPage, recordAttendance, saveInvitations } from './participants-service.js';
import { followUpIdParam, isConfirmed, meetingIdParam, parseOrganizationSearch } from './schema.js';
import { getMeetingPage } from './service.js';
import { FollowUpDeletePage } from './views/delete-pages.js';
import { InvitationPageView } from './views/invitation-page.js';
import { type MeetingFormProblem, MeetingPageView } from './views/meeting-page.js';

const manage = { access: 'permission', permission: 'trainings.manage' } as const;

const meetingIdOf = (req: FastifyRequest) => meetingIdParam(req.params);
const followUpIdOf = (req: FastifyRequest) => followUpIdParam(req.params);

/** A meeting's page and its forms: invitations, attendance, follow-ups (add, done or open again, delete). */
export function meetingPageRoutes({ db }: { db: Database }): FastifyPluginAsync {
  return async (app) => {
    const renderMeeting = async (req: FastifyRequest, reply: FastifyReply, problem?: MeetingFormProblem, status = problem ? 422 : 200) => {
      const data = await getMeetingPage(db, req.actor, meetingIdOf(req));
      return sendPage(req, reply, data.meeting.theme, <MeetingPageView data={data} problem={problem} />, status);
    };

    /** Runs a form's action; a rejected form is shown again on the meeting's page, next to that form. */
    const act = async (req: FastifyRequest, reply: FastifyReply, form: MeetingFormProblem['form'], action: () => Promise<unknown>, flash: string) => {
      const id = meetingIdOf(req);
      try {
        await action();
      } catch (err) {
        if (err instanceof FieldValidationError) return renderMeeting(req, reply, { form, values: postedValues(req.body), errors: err.errors });
        if (err instanceof AttendanceTooEarlyError) return renderMeeting(req, reply, { form, errors: { _form: { key: 'exchange.attendance.tooEarly' } } }, 409);
        throw err;
      }
      setFlash(reply, flash);
      return redirectAfterPost(req, reply, `/exchange-meetings/${id}`);
    };

    app.get('/exchange-meetings/:exchangeMeetingId', { config: manage }, (req, reply) => renderMeeting(req, reply));

    app.get('/exchange-meetings/:exchangeMeetingId/invitations', { config: manage }, async (req, reply) => {
      const data = await getInvitationPage(db, req.actor, meetingIdOf(req), parseOrganizationSearch(req.query));
      return sendPage(req, reply, req.t('exchange.invitations.title', { theme: data.meeting.theme }), <InvitationPageView data={data} />);
    });

    app.post('/exchange-meetings/:exchangeMeetingId/invitations', { config: manage }, (req, reply) =>
      act(req, reply, 'attendance', () => saveInvitations(db, req.actor, meetingIdOf(req), req.body), 'exchange.flash.invited'),
    );

    app.post('/exchange-meetings/:exchangeMeetingId/attendance', { config: manage }, (req, reply) =>
      act(req, reply, 'attendance', () => recordAttendance(db, req.actor, meetingIdOf(req), req.body), 'exchange.flash.attendance'),
    );

    app.post('/exchange-meetings/:exchangeMeetingId/follow-ups', { config: manage }, (req, reply) =>
      act(req, reply, 'followUp', () => addFollowUp(db, req.actor, meetingIdOf(req), req.body), 'exchange.flash.followUpAdded'),
    );

    app.post('/exchange-meetings/:exchangeMeetingId/follow-ups/:followUpId/done', { config: manage }, (req, reply) => {
      const reopen = (req.body as Record<string, unknown> | undefined)?.done === '0';
      return act(
        req,
        reply,
        'followUp',
        () => markFollowUp(db, req.actor, meetingIdOf(req), followUpIdOf(req), req.body),
        reopen ? 'exchange.flash.followUpReopened' : 'exchange.flash.followUpDone',
      );
    });

    app.get('/exchange-meetings/:exchangeMeetingId/follow-ups/:followUpId/delete', { config: manage }, async (req, reply) => {
      const { meeting, followUp } = await getFollowUpForDeletion(db, req.actor, meetingIdOf(req), followUpIdOf(req));
      return sendPage(req, reply, req.t('exchange.followUps.deleteTitle'), <FollowUpDeletePage meetingId={meeting.id} followUp={followUp} />);
    });

    app.post('/exchange-meetings/:exchangeMeetingId/follow-ups/:followUpId/delete', { config: manage }, async (req, reply) => {
      const id = meetingIdOf(req);
      const followUpId = followUpIdOf(req);
      if (!isConfirmed(req.body)) {
        await getFollowUpForDeletion(db, req.actor, id, followUpId);
        return redirectAfterPost(req, reply, `/exchange-meetings/${id}/follow-ups/${followUpId}/delete`);
      }
      await removeFollowUp(db, req.actor, id, followUpId);
      setFlash(reply, 'exchange.flash.followUpDeleted');
      return redirectAfterPost(req, reply, `/exchange-meetings/${id}`);
    });
  };
}
