import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues } from '../../platform/form-fields.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldError, type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { getCoursePage } from './catalogue-service.js';
import { getEnrolPage } from './enrol-service.js';
import { RegistrationRefusedError, RegistrationStateError, SessionClosedError } from './errors.js';
import { myTrainingsExportTable } from './exports.js';
import { exportMyTrainings, listMyTrainings } from './mine-service.js';
import { registrationAccess } from './registration-access.js';
import { answerOffer, cancelRegistration } from './registration-changes.js';
import { type RegistrationResult, registerForOrganization, registerSelf, registerVolunteerByStaff, registerWalkIn } from './registration-service.js';
import { confirmSchema, enrolKinds, enrolSearchSchema, offerAnswerSchema, registrationIdParam, registrationSorts, sessionIdParam } from './schema.js';
import { findSession } from './session-repo.js';
import { RegistrationCancelPage } from './views/confirm-pages.js';
import { CoursePage } from './views/course-page.js';
import { type EnrolFailure, EnrolPage } from './views/enrol-page.js';
import { refusalText } from './views/labels.js';
import { MyTrainingsPage } from './views/my-trainings-page.js';
import { OfferPage } from './views/offer-page.js';

// Who may register whom is decided in the services (a volunteer, an organization's members, the center's staff).
const signedIn = { access: 'authenticated' } as const;

/** The flash after a registration: a seat, a waitlist place, or the registration the person already had. */
function registeredFlash(result: RegistrationResult): string {
  if (result.existing) return 'trainings.flash.alreadyRegistered';
  return result.status === 'waitlisted' ? 'trainings.flash.waitlisted' : 'trainings.flash.registered';
}

/** Registering for sessions, offers and cancellations, and "my trainings" (issue 14). */
export function registerRegistrationRoutes(app: FastifyInstance, { db, config }: AppDeps): void {
  const options = () => ({ baseUrl: config.baseUrl });

  app.get('/trainings/mine', { config: signedIn }, async (req, reply) => {
    const params = parseListParams(req.query, registrationSorts, { sort: 'starts', dir: 'desc' });
    const format = exportFormatOf(req.query);
    if (format) return sendExport(reply, format, myTrainingsExportTable(req.t, await exportMyTrainings(db, req.actor, params)));
    const page = await listMyTrainings(db, req.actor, params);
    return sendPage(req, reply, req.t('trainings.mine.title'), <MyTrainingsPage page={page} params={params} now={new Date()} />);
  });

  app.post('/trainings/sessions/:sessionId/register', { config: signedIn }, async (req, reply) => {
    const sessionId = sessionIdParam(req.params);
    try {
      const result = await registerSelf(db, req.actor, sessionId, options());
      setFlash(reply, registeredFlash(result));
      return redirectAfterPost(req, reply, '/trainings/mine');
    } catch (err) {
      if (!(err instanceof RegistrationRefusedError)) throw err;
      // The course page again, with the reasons above it (and the way to a profile when there is none).
      const session = await findSession(db, sessionId);
      if (!session) throw err;
      const data = await getCoursePage(db, req.actor, session.courseSlug).catch(() => undefined);
      if (!data) throw err;
      return sendPage(req, reply, data.course.title, <CoursePage data={data} refusal={{ sessionId, reasons: err.reasons }} />, 422);
    }
  });

  const renderEnrol = async (req: FastifyRequest, reply: FastifyReply, failure?: EnrolFailure) => {
    const { q } = enrolSearchSchema.parse(req.query ?? {});
    const data = await getEnrolPage(db, req.actor, sessionIdParam(req.params), q);
    const title = req.t('trainings.enrol.title');
    return sendPage(req, reply, title, <EnrolPage data={data} failure={failure} />, failure ? 422 : 200);
  };

  app.get('/trainings/sessions/:sessionId/enrol', { config: signedIn }, (req, reply) => renderEnrol(req, reply));

  app.post('/trainings/sessions/:sessionId/enrol', { config: signedIn }, async (req, reply) => {
    const sessionId = sessionIdParam(req.params);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const kind = enrolKinds.find((k) => k === body.kind) ?? 'walkIn';
    const failed = (errors: FieldErrors) =>
      renderEnrol(req, reply, {
        kind,
        organizationId: typeof body.organizationId === 'string' ? body.organizationId : undefined,
        errors,
        values: postedValues(body),
      });
    try {
      let result: RegistrationResult;
      if (kind === 'organization') result = await registerForOrganization(db, req.actor, sessionId, body, options());
      else if (kind === 'walkIn') result = await registerWalkIn(db, req.actor, sessionId, body, options());
      else result = await registerVolunteerByStaff(db, req.actor, sessionId, body, options());
      setFlash(reply, registeredFlash(result));
      return redirectAfterPost(req, reply, `/trainings/sessions/${sessionId}/enrol`);
    } catch (err) {
      if (err instanceof FieldValidationError) return failed(err.errors);
      if (err instanceof RegistrationRefusedError) {
        const reasons = err.reasons.map((r) => refusalText(req.t, req.locale, r, 'other')).join(' ');
        return failed({ _form: { key: 'trainings.register.refusedOther', params: { reasons } } });
      }
      throw err;
    }
  });

  const renderOffer = async (req: FastifyRequest, reply: FastifyReply, errors?: FieldErrors) => {
    const access = await registrationAccess(db, req.actor, registrationIdParam(req.params));
    const title = req.t('trainings.offer.title', { course: access.session.courseTitle });
    return sendPage(req, reply, title, <OfferPage access={access} now={new Date()} errors={errors} />, errors ? 422 : 200);
  };

  app.get('/trainings/registrations/:registrationId/offer', { config: signedIn }, (req, reply) => renderOffer(req, reply));

  app.post('/trainings/registrations/:registrationId/offer', { config: signedIn }, async (req, reply) => {
    const registrationId = registrationIdParam(req.params);
    const access = await registrationAccess(db, req.actor, registrationId);
    const form = parseForm(offerAnswerSchema, req.body);
    if (!form.ok) return renderOffer(req, reply, form.errors);
    try {
      await answerOffer(db, req.actor, registrationId, form.data.answer, options());
    } catch (err) {
      if (err instanceof RegistrationStateError) return renderOffer(req, reply, { _form: { key: 'trainings.offer.notOpen' } });
      if (err instanceof RegistrationRefusedError) {
        const reader = access.sides.includes('participant') ? 'self' : 'other';
        const reasons = err.reasons.map((r) => refusalText(req.t, req.locale, r, reader)).join(' ');
        return renderOffer(req, reply, { _form: { key: 'trainings.offer.refused', params: { reasons } } });
      }
      throw err;
    }
    setFlash(reply, form.data.answer === 'accept' ? 'trainings.flash.offerAccepted' : 'trainings.flash.offerDeclined');
    return redirectAfterPost(req, reply, access.sides.includes('participant') ? '/trainings/mine' : `/trainings/sessions/${access.session.id}/enrol`);
  });

  const renderCancel = async (req: FastifyRequest, reply: FastifyReply, error?: FieldError) => {
    const access = await registrationAccess(db, req.actor, registrationIdParam(req.params));
    const title = req.t('trainings.registration.cancelTitle');
    return sendPage(req, reply, title, <RegistrationCancelPage access={access} error={error} />, error ? 422 : 200);
  };

  app.get('/trainings/registrations/:registrationId/cancel', { config: signedIn }, (req, reply) => renderCancel(req, reply));

  app.post('/trainings/registrations/:registrationId/cancel', { config: signedIn }, async (req, reply) => {
    const registrationId = registrationIdParam(req.params);
    // Who may cancel is decided before the form is read (ADR 003: no probing by form errors).
    const access = await registrationAccess(db, req.actor, registrationId);
    const form = parseForm(confirmSchema, req.body);
    if (!form.ok) return renderCancel(req, reply, form.errors.confirm);
    try {
      await cancelRegistration(db, req.actor, registrationId, options());
    } catch (err) {
      if (err instanceof RegistrationStateError || err instanceof SessionClosedError) {
        return renderCancel(req, reply, { key: 'trainings.registration.notCancellable' });
      }
      throw err;
    }
    setFlash(reply, 'trainings.flash.registrationCancelled');
    return redirectAfterPost(req, reply, access.sides.includes('participant') ? '/trainings/mine' : `/trainings/sessions/${access.session.id}/enrol`);
  });
}
