import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { BadRequestError, NotFoundError } from '../../platform/errors.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues, uuidParam } from '../../platform/form-fields.js';
import { formatPersonName } from '../../platform/i18n.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { coursesGranting, qualificationsNamedBy } from '../trainings/qualification-courses.js';
import { followUpSorts } from './follow-up-repo.js';
import { type HostAnswerScope, hostAnswerSorts } from './host-answer-repo.js';
import { notEligibleError, registerOfferRoutes } from './offer-routes.js';
import { applyFormSchema, inviteFormSchema, noteFormSchema, referFormSchema, statusFormSchema, withdrawFormSchema } from './schema.js';
import {
  AlreadyAppliedError,
  ApplyRefusedError,
  type ApplyResult,
  addPlacementNote,
  applyFormPath,
  applyToOpportunity,
  changeApplicationStatus,
  exportDueFollowUps,
  exportOverdueHostAnswers,
  getApplicationTimeline,
  inviteVolunteer,
  listDueFollowUps,
  listOverdueHostAnswers,
  NotEligibleError,
  NoVolunteerProfileError,
  nudgeHost,
  personalCalendarFeed,
  referralReasons,
  referVolunteer,
  rotateCalendarToken,
  shiftCalendarFile,
  signUpForShift,
  withdrawFromShift,
} from './service.js';
import { ApplicationPage } from './views/application-page.js';
import { ApplyRefusedPage } from './views/apply-refused-page.js';
import { CalendarTokenPage } from './views/calendar-token-page.js';
import { FollowUpPage } from './views/follow-up-page.js';
import { HostAnswersPage } from './views/host-answers-page.js';
import { type ReferralRefusal, ReferralRefusedPage } from './views/referral-refused-page.js';

const signedIn = { access: 'authenticated' } as const;
const coordinate = { access: 'permission', permission: 'placements.coordinate' } as const;

/** Parses a small action form; a malformed one is a bad request (these forms have no fields to fix). */
function actionForm<T>(result: { ok: true; data: T } | { ok: false }): T {
  if (!result.ok) throw new BadRequestError('invalid form');
  return result.data;
}

/** After applying or signing up: to the volunteer ("te"). */
const volunteerFlash = {
  done: (r: ApplyResult) => (r.status === 'waitlisted' ? 'placements.flash.waitlisted' : 'placements.flash.applied'),
  already: 'placements.flash.alreadyApplied',
};
/** After a referral or a proposal: to the coordinator who made it, not the volunteer's "your application". */
const referralFlash = {
  done: (r: ApplyResult) => (r.status === 'proposed' ? 'placements.flash.proposed' : 'placements.flash.referred'),
  already: 'placements.flash.alreadyOnOpportunity',
};
/** After an organization's invitation: to its member. */
const invitationFlash = { done: () => 'placements.flash.invited', already: 'placements.flash.alreadyOnOpportunity' };

/** Applications, shift sign-ups, referrals, the status timeline, follow-up, dashboard and iCal. */
export function placementsRoutes({ db, config }: AppDeps): FastifyPluginAsync {
  const options = () => ({ baseUrl: config.baseUrl });
  return async (app) => {
    /**
     * The outcomes every way of applying shares: the new application, "already", refused, no profile.
     * The flash speaks to whoever acted: the volunteer by default, staff after a referral or invitation.
     */
    const afterApply = async (
      req: FastifyRequest,
      reply: FastifyReply,
      opportunityId: string | null,
      work: () => Promise<ApplyResult>,
      how: {
        /** How a refusal is shown (the volunteer's page by default). */
        refused?: (err: ApplyRefusedError) => unknown;
        flash?: { done: (result: ApplyResult) => string; already: string };
        /** Where a volunteer without a profile comes back to once it is created. */
        returnTo?: () => Promise<string | null>;
      } = {},
    ) => {
      const flash = how.flash ?? volunteerFlash;
      try {
        const result = await work();
        setFlash(reply, flash.done(result));
        return redirectAfterPost(req, reply, `/applications/${result.applicationId}`);
      } catch (err) {
        if (err instanceof AlreadyAppliedError && err.applicationId) {
          setFlash(reply, flash.already);
          return redirectAfterPost(req, reply, `/applications/${err.applicationId}`);
        }
        if (err instanceof NoVolunteerProfileError) {
          setFlash(reply, 'placements.flash.profileNeeded');
          const back = how.returnTo ? await how.returnTo() : null;
          return redirectAfterPost(req, reply, back ? `/volunteer/profile?next=${encodeURIComponent(back)}` : '/volunteer/profile');
        }
        if (err instanceof ApplyRefusedError) {
          if (how.refused) return how.refused(err);
          // A missing or expired qualification links to the course that grants it (trainings).
          const courses = await coursesGranting(db, qualificationsNamedBy(err.reasons));
          const page = <ApplyRefusedPage reasons={err.reasons} opportunityId={opportunityId} qualificationCourses={courses} />;
          return sendPage(req, reply, req.t('placements.refused.title'), page, 422);
        }
        throw err;
      }
    };

    app.post('/opportunities/:opportunityId/apply', { config: signedIn }, async (req, reply) => {
      const opportunityId = uuidParam(req.params, 'opportunityId');
      const form = actionForm(parseForm(applyFormSchema, req.body));
      return afterApply(req, reply, opportunityId, () => applyToOpportunity(db, req.actor, opportunityId, form, options()), {
        returnTo: () => applyFormPath(db, { opportunityId, shiftId: form.shiftId ?? null }),
      });
    });

    app.post('/shifts/:shiftId/signup', { config: signedIn }, async (req, reply) => {
      const shiftId = uuidParam(req.params, 'shiftId');
      return afterApply(req, reply, null, () => signUpForShift(db, req.actor, shiftId, options()), {
        returnTo: () => applyFormPath(db, { opportunityId: null, shiftId }),
      });
    });

    app.post('/shifts/:shiftId/withdraw', { config: signedIn }, async (req, reply) => {
      const shiftId = uuidParam(req.params, 'shiftId');
      const form = actionForm(parseForm(withdrawFormSchema, req.body));
      try {
        const applicationId = await withdrawFromShift(db, req.actor, shiftId, { ...options(), reason: form.reason });
        setFlash(reply, 'placements.flash.withdrawn');
        return redirectAfterPost(req, reply, `/applications/${applicationId}`);
      } catch (err) {
        if (err instanceof FieldValidationError) throw new BadRequestError('cannot withdraw');
        // Without a volunteer profile there is no sign-up of theirs to withdraw.
        if (err instanceof NoVolunteerProfileError) throw new NotFoundError('application');
        throw err;
      }
    });

    /** The refused referral: its reasons and, for the host's requirements only, the override form. */
    const referralRefused = (req: FastifyRequest, reply: FastifyReply, refusal: ReferralRefusal) =>
      sendPage(req, reply, req.t('placements.referral.title'), <ReferralRefusedPage {...refusal} />, 422);

    app.post('/opportunities/:opportunityId/refer', { config: coordinate }, async (req, reply) => {
      const opportunityId = uuidParam(req.params, 'opportunityId');
      // The service decides who may refer before it refuses a broken form (ADR 003: no probing by form errors).
      const form = parseForm(referFormSchema, req.body);
      const posted = postedValues(req.body);
      const volunteerId = form.ok ? form.data.volunteerId : (posted.volunteerId ?? '');
      const refusal = { opportunityId, volunteerId, stage: posted.stage === 'proposed' ? 'proposed' : 'referred', values: posted };
      if (!form.ok && form.errors.overrideReason && Object.keys(form.errors).length === 1) {
        const reasons = await referralReasons(db, req.actor, opportunityId, volunteerId);
        return referralRefused(req, reply, { ...refusal, reasons, errors: form.errors });
      }
      try {
        return await afterApply(req, reply, opportunityId, () => referVolunteer(db, req.actor, opportunityId, form.ok ? form.data : null, options()), {
          refused: (err) => referralRefused(req, reply, { ...refusal, reasons: err.reasons }),
          flash: referralFlash,
        });
      } catch (err) {
        if (!(err instanceof FieldValidationError)) throw err;
        const reasons = await referralReasons(db, req.actor, opportunityId, volunteerId);
        return referralRefused(req, reply, { ...refusal, reasons, errors: err.errors });
      }
    });

    app.post('/opportunities/:opportunityId/invite', { config: signedIn }, async (req, reply) => {
      const opportunityId = uuidParam(req.params, 'opportunityId');
      const form = parseForm(inviteFormSchema, req.body);
      return afterApply(req, reply, opportunityId, () => inviteVolunteer(db, req.actor, opportunityId, form.ok ? form.data : null, options()), {
        flash: invitationFlash,
      });
    });

    const renderApplication = async (req: FastifyRequest, reply: FastifyReply, values?: Record<string, string>, errors?: FieldErrors) => {
      const timeline = await getApplicationTimeline(db, req.actor, uuidParam(req.params, 'applicationId'));
      const title = req.t('placements.application.title', { title: timeline.view.opportunityTitle });
      return sendPage(req, reply, title, <ApplicationPage timeline={timeline} values={values} errors={errors} />, errors ? 422 : 200);
    };

    app.get('/applications/:applicationId', { config: signedIn }, (req, reply) => renderApplication(req, reply));
    registerOfferRoutes(app, db, options);

    app.post('/applications/:applicationId/status', { config: signedIn }, async (req, reply) => {
      const applicationId = uuidParam(req.params, 'applicationId');
      // The page first: someone outside the placement gets 404 before any validation message.
      await getApplicationTimeline(db, req.actor, applicationId);
      const form = parseForm(statusFormSchema, req.body);
      if (!form.ok) return renderApplication(req, reply, form.values, form.errors);
      try {
        await changeApplicationStatus(db, req.actor, applicationId, form.data, options());
      } catch (err) {
        if (err instanceof FieldValidationError) return renderApplication(req, reply, postedValues(req.body), err.errors);
        if (err instanceof NotEligibleError) return renderApplication(req, reply, postedValues(req.body), { status: notEligibleError(req, err, 'staff') });
        throw err;
      }
      setFlash(reply, 'placements.flash.statusChanged');
      return redirectAfterPost(req, reply, `/applications/${applicationId}`);
    });

    app.post('/applications/:applicationId/notes', { config: coordinate }, async (req, reply) => {
      const applicationId = uuidParam(req.params, 'applicationId');
      await getApplicationTimeline(db, req.actor, applicationId);
      const form = parseForm(noteFormSchema, req.body);
      if (!form.ok) return renderApplication(req, reply, form.values, form.errors);
      await addPlacementNote(db, req.actor, applicationId, form.data.text);
      setFlash(reply, 'placements.flash.noteAdded');
      return redirectAfterPost(req, reply, `/applications/${applicationId}`);
    });

    app.get('/center/follow-up', { config: coordinate }, async (req, reply) => {
      const params = parseListParams(req.query, followUpSorts, { sort: 'due' });
      const format = exportFormatOf(req.query);
      if (format) {
        const rows = await exportDueFollowUps(db, req.actor, params);
        const t = req.t;
        return sendExport(reply, format, {
          filename: 'kapocs-utankovetes',
          sheetName: t('placements.followUp.title'),
          rows,
          columns: [
            { header: t('placements.field.volunteer'), value: (r) => formatPersonName(r.volunteerFamilyName, r.volunteerGivenName) },
            { header: t('placements.field.opportunity'), value: (r) => r.opportunityTitle },
            { header: t('placements.field.organization'), value: (r) => r.organizationName },
            { header: t('placements.field.followUpOn'), value: (r) => r.followUpOn },
            { header: t('placements.field.status'), value: (r) => t(`placements.status.${r.status as 'accepted' | 'active'}`) },
            { header: t('placements.followUp.noteCount'), value: (r) => r.noteCount },
            { header: t('placements.followUp.lastNote'), value: (r) => r.lastNote },
          ],
        });
      }
      const page = await listDueFollowUps(db, req.actor, params);
      return sendPage(req, reply, req.t('placements.followUp.title'), <FollowUpPage page={page} sort={params.sort} dir={params.dir} />);
    });

    app.get('/center/follow-up/host-answers', { config: coordinate }, async (req, reply) => {
      const params = parseListParams(req.query, hostAnswerSorts, { sort: 'waiting' });
      const scope: HostAnswerScope = (req.query as Record<string, unknown>).scope === 'all' ? 'all' : 'overdue';
      const format = exportFormatOf(req.query);
      if (format) {
        const rows = await exportOverdueHostAnswers(db, req.actor, params, scope);
        const t = req.t;
        return sendExport(reply, format, {
          filename: 'kapocs-valaszra-var',
          sheetName: t('placements.hostAnswers.title'),
          rows,
          columns: [
            { header: t('placements.field.volunteer'), value: (r) => formatPersonName(r.volunteerFamilyName, r.volunteerGivenName) },
            { header: t('placements.field.opportunity'), value: (r) => r.opportunityTitle },
            { header: t('placements.field.organization'), value: (r) => r.organizationName },
            { header: t('placements.field.status'), value: (r) => t(`placements.status.${r.status as 'applied' | 'referred'}`) },
            { header: t('placements.hostAnswers.waitingSince'), value: (r) => r.waitingSinceDay },
            { header: t('placements.hostAnswers.workingDays'), value: (r) => r.workingDaysWaiting },
            { header: t('placements.hostAnswers.calendarDays'), value: (r) => r.calendarDaysWaiting },
            { header: t('placements.hostAnswers.reminded'), value: (r) => r.hostRemindedAt },
            { header: t('placements.hostAnswers.nudgedAt'), value: (r) => r.hostNudgedAt },
          ],
        });
      }
      const page = await listOverdueHostAnswers(db, req.actor, params, scope);
      return sendPage(req, reply, req.t('placements.hostAnswers.title'), <HostAnswersPage page={page} params={params} scope={scope} />);
    });

    app.post('/applications/:applicationId/nudge-host', { config: coordinate }, async (req, reply) => {
      const result = await nudgeHost(db, req.actor, uuidParam(req.params, 'applicationId'), options());
      setFlash(reply, `placements.hostAnswers.flash.${result}`);
      return redirectAfterPost(req, reply, '/center/follow-up/host-answers');
    });

    app.get('/shifts/:shiftId/calendar.ics', { config: signedIn }, async (req, reply) => {
      const body = await shiftCalendarFile(db, req.actor, uuidParam(req.params, 'shiftId'), config.baseUrl);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('Content-Disposition', 'attachment; filename="kapocs-muszak.ics"')
        .header('Cache-Control', 'no-store')
        .send(body);
    });

    // Calendar apps fetch this without cookies: the secret token in the path is the credential.
    app.get('/calendar/:token', { config: { access: 'public' } }, async (req, reply) => {
      const token = String((req.params as { token?: unknown }).token ?? '').replace(/\.ics$/, '');
      const body = await personalCalendarFeed(db, token, config.baseUrl);
      return reply.type('text/calendar; charset=utf-8').header('Cache-Control', 'no-store').header('Referrer-Policy', 'no-referrer').send(body);
    });

    app.post('/volunteer/calendar-token', { config: signedIn }, async (req, reply) => {
      try {
        const token = await rotateCalendarToken(db, req.actor);
        return sendPage(req, reply, req.t('placements.calendar.title'), <CalendarTokenPage feedUrl={`${config.baseUrl}/calendar/${token}`} />);
      } catch (err) {
        if (!(err instanceof NoVolunteerProfileError)) throw err;
        setFlash(reply, 'placements.flash.profileNeeded');
        return redirectAfterPost(req, reply, '/volunteer/profile');
      }
    });
  };
}
