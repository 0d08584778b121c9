import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { NotFoundError } from '../../platform/errors.js';
import { type ExportFormat, exportFormatOf, sendExport } from '../../platform/export.js';
import { formatDate } from '../../platform/i18n.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldError, type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { checkInQrSvg } from '../check-in/qr-svg.js';
import { regenerateFormSchema } from '../check-in/schema.js';
import { attendanceChoiceOf } from './attendance-schema.js';
import { type AttendanceResult, getAttendancePage, markAttendance, rosterSorts, wholeRoster } from './attendance-service.js';
import { certificateOfTraining } from './certificate-service.js';
import {
  checkInToSession,
  getParticipantCheckIn,
  getSessionCheckInPage,
  regenerateSessionCheckInCode,
  requireSessionCheckInHost,
  SessionCheckInRefusedError,
} from './check-in-service.js';
import { completionToUndo, undoCompletion } from './completion-service.js';
import { feedbackRoutes } from './feedback-routes.js';
import { registrationIdParam, sessionIdParam } from './schema.js';
import { AttendanceCheckInPage } from './views/attendance-check-in-page.js';
import { AttendancePageView } from './views/attendance-page.js';
import { AttendanceCheckInNotFound, AttendanceParticipantCheckIn } from './views/attendance-participant-check-in.js';
import { attendanceStatusText } from './views/attendance-status.js';
import { AttendanceUndoPage } from './views/attendance-undo-page.js';
import { SignInSheetPage } from './views/sign-in-sheet-page.js';

const signedIn = { access: 'authenticated' } as const;

/** Blank rows at the end of a printed sign-in sheet, for walk-ins. */
const blankSignInRows = 5;

/**
 * Attendance of training sessions (issue 14): the roster with attended / no-show / completed, the
 * printable sign-in sheet, QR check-in, undoing a completion, the certificate of a completed
 * training, and feedback (feedback-routes.ts).
 */
export function trainingAttendanceRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, config } = deps;
  return async (app) => {
    const listParams = (req: FastifyRequest) => parseListParams(req.query, rosterSorts, { sort: 'name', pageSize: 100 });

    const renderAttendance = async (req: FastifyRequest, reply: FastifyReply, extra: { result?: AttendanceResult; formError?: FieldError } = {}) => {
      const data = await getAttendancePage(db, req.actor, sessionIdParam(req.params), listParams(req));
      const title = req.t('trainingAttendance.title', { course: data.session.courseTitle });
      const status = extra.formError || extra.result?.problems.length ? 422 : 200;
      return sendPage(req, reply, title, <AttendancePageView data={data} result={extra.result} formError={extra.formError} />, status);
    };

    const sendRoster = async (req: FastifyRequest, reply: FastifyReply, format: ExportFormat) => {
      const { sort, dir } = listParams(req);
      const { session, rows } = await wholeRoster(db, req.actor, sessionIdParam(req.params), { sort, dir });
      const t = req.t;
      return sendExport(reply, format, {
        filename: `kapocs-jelenlet-${formatDate('hu', session.startsAt)
          .replace(/[^0-9]+/g, '-')
          .replace(/-$/, '')}`,
        sheetName: t('trainingAttendance.caption'),
        rows,
        columns: [
          { header: t('trainingAttendance.col.name'), value: (r) => r.participantName },
          { header: t('trainingAttendance.col.organization'), value: (r) => r.organizationName },
          { header: t('trainingAttendance.col.status'), value: (r) => attendanceStatusText(t, r.status) },
          { header: t('trainingAttendance.col.checkedIn'), value: (r) => r.checkedInAt },
          { header: t('trainingAttendance.col.completedAt'), value: (r) => r.completedAt },
          { header: t('trainingAttendance.col.validUntil'), value: (r) => r.qualificationValidUntil },
        ],
      });
    };

    app.get('/trainings/sessions/:sessionId/attendance', { config: signedIn }, async (req, reply) => {
      const format = exportFormatOf(req.query);
      return format ? sendRoster(req, reply, format) : renderAttendance(req, reply);
    });

    app.post('/trainings/sessions/:sessionId/attendance', { config: signedIn }, async (req, reply) => {
      const sessionId = sessionIdParam(req.params);
      const choice = attendanceChoiceOf(req.body);
      if (!choice) {
        // Access first: someone who may not see the roster gets 404 before any message about the form.
        await getAttendancePage(db, req.actor, sessionId, listParams(req));
        return renderAttendance(req, reply, { formError: { key: 'trainingAttendance.error.chooseDecision' } });
      }
      let result: AttendanceResult;
      try {
        result = await markAttendance(db, req.actor, sessionId, choice, { baseUrl: config.baseUrl });
      } catch (err) {
        if (err instanceof FieldValidationError) return renderAttendance(req, reply, { formError: err.errors._form });
        throw err;
      }
      if (result.problems.length > 0) return renderAttendance(req, reply, { result });
      setFlash(reply, `trainingAttendance.flash.${choice.decision}`);
      return redirectAfterPost(req, reply, `/trainings/sessions/${sessionId}/attendance`);
    });

    app.get('/trainings/sessions/:sessionId/sign-in-sheet', { config: signedIn }, async (req, reply) => {
      const { session, rows } = await wholeRoster(db, req.actor, sessionIdParam(req.params));
      const listed = rows.filter((r) => r.status !== 'no_show');
      return sendPage(
        req,
        reply,
        req.t('trainingAttendance.signInSheet.title', { course: session.courseTitle }),
        <SignInSheetPage session={session} rows={listed} blankRows={blankSignInRows} />,
      );
    });

    const renderCheckInHost = async (req: FastifyRequest, reply: FastifyReply, sessionId: string, confirmError?: FieldError) => {
      const data = await getSessionCheckInPage(db, req.actor, sessionId);
      const url = `${config.baseUrl}/trainings/check-in/${data.session.checkInCode}`;
      const title = req.t('trainingAttendance.checkIn.title', { course: data.session.courseTitle });
      const page = <AttendanceCheckInPage data={data} url={url} qrSvg={await checkInQrSvg(url)} confirmError={confirmError} />;
      return sendPage(req, reply, title, page, confirmError ? 422 : 200);
    };

    app.get('/trainings/sessions/:sessionId/check-in', { config: signedIn }, (req, reply) => renderCheckInHost(req, reply, sessionIdParam(req.params)));

    app.post('/trainings/sessions/:sessionId/check-in/regenerate', { config: signedIn }, async (req, reply) => {
      const sessionId = sessionIdParam(req.params);
      await requireSessionCheckInHost(db, req.actor, sessionId);
      const form = parseForm(regenerateFormSchema, req.body);
      if (!form.ok) return renderCheckInHost(req, reply, sessionId, form.errors.confirm ?? { key: 'checkIn.error.confirm' });
      await regenerateSessionCheckInCode(db, req.actor, sessionId);
      setFlash(reply, 'checkIn.flash.regenerated');
      return redirectAfterPost(req, reply, `/trainings/sessions/${sessionId}/check-in`);
    });

    /** The participant's page; an unknown code gets its own 404 page that says what to do. */
    const renderParticipant = async (req: FastifyRequest, reply: FastifyReply, status = 200) => {
      const code = (req.params as { sessionCheckInCode?: string }).sessionCheckInCode ?? '';
      try {
        const data = await getParticipantCheckIn(db, req.actor, code);
        return sendPage(req, reply, req.t('trainingAttendance.participant.title'), <AttendanceParticipantCheckIn data={data} code={code} />, status);
      } catch (err) {
        if (err instanceof NotFoundError)
          return sendPage(req, reply, req.t('trainingAttendance.participant.notFoundTitle'), <AttendanceCheckInNotFound />, 404);
        throw err;
      }
    };

    app.get('/trainings/check-in/:sessionCheckInCode', { config: signedIn }, (req, reply) => renderParticipant(req, reply));

    app.post('/trainings/check-in/:sessionCheckInCode', { config: signedIn }, async (req, reply) => {
      const code = (req.params as { sessionCheckInCode?: string }).sessionCheckInCode ?? '';
      try {
        await checkInToSession(db, req.actor, code);
      } catch (err) {
        if (err instanceof NotFoundError) return renderParticipant(req, reply);
        if (err instanceof SessionCheckInRefusedError) return renderParticipant(req, reply, err.statusCode);
        throw err;
      }
      setFlash(reply, 'trainingAttendance.flash.checkedIn');
      return redirectAfterPost(req, reply, `/trainings/check-in/${code}`);
    });

    const renderUndo = async (req: FastifyRequest, reply: FastifyReply, errors?: FieldErrors) => {
      const data = await completionToUndo(db, req.actor, registrationIdParam(req.params));
      const title = req.t('trainingAttendance.undo.title', { name: data.registration.participantName });
      return sendPage(req, reply, title, <AttendanceUndoPage data={data} errors={errors} />, errors ? 422 : 200);
    };

    app.get('/trainings/registrations/:registrationId/undo-completion', { config: signedIn }, (req, reply) => renderUndo(req, reply));

    app.post('/trainings/registrations/:registrationId/undo-completion', { config: signedIn }, async (req, reply) => {
      let undone: Awaited<ReturnType<typeof undoCompletion>>;
      try {
        undone = await undoCompletion(db, req.actor, registrationIdParam(req.params), req.body);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderUndo(req, reply, err.errors);
        throw err;
      }
      setFlash(reply, 'trainingAttendance.flash.undone');
      return redirectAfterPost(req, reply, `/trainings/sessions/${undone.sessionId}/attendance`);
    });

    /** The volunteer's certificate of a completed training: issued on the first ask, then the same one, as a PDF download. */
    app.post('/trainings/registrations/:registrationId/certificate', { config: signedIn }, async (req, reply) => {
      try {
        const certificate = await certificateOfTraining(db, req.actor, registrationIdParam(req.params));
        return redirectAfterPost(req, reply, `/certificates/${certificate.id}/pdf`);
      } catch (err) {
        if (!(err instanceof FieldValidationError)) throw err;
        setFlash(reply, 'trainingAttendance.error.notCompleted');
        return redirectAfterPost(req, reply, '/volunteer/my-volunteering#my-trainings');
      }
    });

    await app.register(feedbackRoutes(deps));
  };
}
