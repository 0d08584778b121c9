import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { NotFoundError } from '../../platform/errors.js';
import { uuidParam } from '../../platform/form-fields.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldError, FieldValidationError, parseForm } from '../../platform/validation.js';
import { checkInQrSvg } from './qr-svg.js';
import { confirmShiftRoster, getShiftRoster } from './roster-service.js';
import { regenerateFormSchema, rosterDecisionsOf } from './schema.js';
import { CheckInRefusedError, checkInOrOut, getHostCheckInPage, getVolunteerCheckIn, regenerateCheckInCode, requireShiftHost } from './service.js';
import { HostCheckInView } from './views/host-page.js';
import { RosterView } from './views/roster-page.js';
import { CheckInNotFoundView, type CheckInProblem, VolunteerCheckInView } from './views/volunteer-page.js';

const signedIn = { access: 'authenticated' } as const;

/** QR check-in: the organization's page with the shift's code, and the page the code opens. */
export function checkInRoutes({ db, config }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    const renderHost = async (req: FastifyRequest, reply: FastifyReply, shiftId: string, confirmError?: FieldError) => {
      const data = await getHostCheckInPage(db, req.actor, shiftId);
      const url = `${config.baseUrl}/check-in/${data.shift.checkInCode}`;
      const qrSvg = await checkInQrSvg(url);
      const title = req.t('checkIn.host.title', { title: data.shift.opportunityTitle });
      return sendPage(req, reply, title, <HostCheckInView data={data} url={url} qrSvg={qrSvg} confirmError={confirmError} />, confirmError ? 422 : 200);
    };

    app.get('/shifts/:shiftId/check-in', { config: signedIn }, (req, reply) => renderHost(req, reply, uuidParam(req.params, 'shiftId')));

    app.post('/shifts/:shiftId/check-in/regenerate', { config: signedIn }, async (req, reply) => {
      const shiftId = uuidParam(req.params, 'shiftId');
      await requireShiftHost(db, req.actor, shiftId);
      const form = parseForm(regenerateFormSchema, req.body);
      if (!form.ok) return renderHost(req, reply, shiftId, form.errors.confirm ?? { key: 'checkIn.error.confirm' });
      await regenerateCheckInCode(db, req.actor, shiftId);
      setFlash(reply, 'checkIn.flash.regenerated');
      return redirectAfterPost(req, reply, `/shifts/${shiftId}/check-in`);
    });

    app.get('/shifts/:shiftId/roster', { config: signedIn }, async (req, reply) => {
      const data = await getShiftRoster(db, req.actor, uuidParam(req.params, 'shiftId'));
      return sendPage(req, reply, req.t('checkIn.roster.title', { title: data.shift.opportunityTitle }), <RosterView data={data} />);
    });

    app.post('/shifts/:shiftId/roster', { config: signedIn }, async (req, reply) => {
      const shiftId = uuidParam(req.params, 'shiftId');
      let result: Awaited<ReturnType<typeof confirmShiftRoster>>;
      try {
        result = await confirmShiftRoster(db, req.actor, shiftId, rosterDecisionsOf(req.body), { baseUrl: config.baseUrl });
      } catch (err) {
        if (!(err instanceof FieldValidationError)) throw err;
        const data = await getShiftRoster(db, req.actor, shiftId);
        return sendPage(
          req,
          reply,
          req.t('checkIn.roster.title', { title: data.shift.opportunityTitle }),
          <RosterView data={data} formError={err.errors._form} />,
          422,
        );
      }
      if (result.problems.length === 0) {
        setFlash(reply, 'checkIn.roster.flash.done');
        return redirectAfterPost(req, reply, `/shifts/${shiftId}/roster`);
      }
      // Some rows could not be recorded: say which and why, with the rest already done.
      const data = await getShiftRoster(db, req.actor, shiftId);
      return sendPage(req, reply, req.t('checkIn.roster.title', { title: data.shift.opportunityTitle }), <RosterView data={data} result={result} />, 422);
    });

    /** The volunteer's page; an unknown code gets its own 404 page that says what to do. */
    const renderVolunteer = async (req: FastifyRequest, reply: FastifyReply, problem?: CheckInProblem, status = 200) => {
      const code = (req.params as { checkInCode?: string }).checkInCode ?? '';
      try {
        const data = await getVolunteerCheckIn(db, req.actor, code);
        return sendPage(req, reply, req.t('checkIn.volunteer.title'), <VolunteerCheckInView data={data} code={code} problem={problem} />, status);
      } catch (err) {
        if (err instanceof NotFoundError) return sendPage(req, reply, req.t('checkIn.notFound.title'), <CheckInNotFoundView />, 404);
        throw err;
      }
    };

    app.get('/check-in/:checkInCode', { config: signedIn }, (req, reply) => renderVolunteer(req, reply));

    app.post('/check-in/:checkInCode', { config: signedIn }, async (req, reply) => {
      const code = (req.params as { checkInCode?: string }).checkInCode ?? '';
      try {
        const done = await checkInOrOut(db, req.actor, code);
        setFlash(reply, done === 'checkedIn' ? 'checkIn.flash.checkedIn' : 'checkIn.flash.checkedOut');
        return redirectAfterPost(req, reply, `/check-in/${code}`);
      } catch (err) {
        if (err instanceof NotFoundError) return renderVolunteer(req, reply);
        if (err instanceof CheckInRefusedError) {
          const problem: CheckInProblem =
            err.reason === 'hoursRefused'
              ? { message: 'hoursRefused', violations: err.detail.minor?.violations, errors: err.detail.errors?.errors }
              : err.reason === 'tooShort'
                ? { message: 'tooShort' }
                : {};
          return renderVolunteer(req, reply, problem, err.statusCode);
        }
        throw err;
      }
    });
  };
}
