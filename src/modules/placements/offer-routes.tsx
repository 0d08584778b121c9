import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database } from '../../db/database.js';
import { NotFoundError } from '../../platform/errors.js';
import { uuidParam } from '../../platform/form-fields.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldError, type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { NotEligibleError } from './errors.js';
import { changeApplicationStatus, getApplicationTimeline, passOfferOn } from './status-service.js';
import { OfferPage } from './views/offer-page.js';
import { refusalText } from './views/refusal-text.js';

const signedIn = { access: 'authenticated' } as const;

/** A refused acceptance or confirmation as a form message naming each rule the volunteer now fails. */
export function notEligibleError(req: FastifyRequest, err: NotEligibleError, reader: 'volunteer' | 'staff'): FieldError {
  const reasons = err.reasons.map((r) => refusalText(req.t, req.locale, r, reader)).join(reader === 'staff' ? '; ' : ' ');
  return { key: reader === 'volunteer' ? 'placements.error.notEligibleSelf' : 'placements.error.notEligible', params: { reasons } };
}
const answerSchema = z.object({ answer: z.enum(['confirm', 'decline'], 'validation.choice') });

/** The volunteer's answer to a seat offered from the waitlist (the link in the offer mail). */
export function registerOfferRoutes(app: FastifyInstance, db: Database, options: () => { baseUrl: string }): void {
  const render = async (req: FastifyRequest, reply: FastifyReply, errors?: FieldErrors) => {
    const timeline = await getApplicationTimeline(db, req.actor, uuidParam(req.params, 'applicationId'));
    // The offer is the volunteer's to answer; anyone else on the placement reads the timeline.
    if (!timeline.sides.includes('volunteer') || !timeline.view.application.shiftId) throw new NotFoundError('offer');
    const title = req.t('placements.offer.title', { title: timeline.view.opportunityTitle });
    return sendPage(req, reply, title, <OfferPage timeline={timeline} errors={errors} />, errors ? 422 : 200);
  };

  app.get('/applications/:applicationId/offer', { config: signedIn }, (req, reply) => render(req, reply));

  app.post('/applications/:applicationId/offer', { config: signedIn }, async (req, reply) => {
    const applicationId = uuidParam(req.params, 'applicationId');
    const timeline = await getApplicationTimeline(db, req.actor, applicationId);
    if (!timeline.sides.includes('volunteer')) throw new NotFoundError('offer');
    const form = parseForm(answerSchema, req.body);
    if (!form.ok) return render(req, reply, form.errors);
    const status = form.data.answer === 'confirm' ? 'accepted' : 'withdrawn';
    try {
      await changeApplicationStatus(db, req.actor, applicationId, { status, reason: null }, options());
    } catch (err) {
      // The page has no fields: the reason (expired, no longer open, no longer eligible) is the form's message.
      if (err instanceof FieldValidationError) return render(req, reply, { _form: Object.values(err.errors)[0] ?? { key: 'form.errorSummary' } });
      if (err instanceof NotEligibleError) {
        // The seat does not wait for the hold to end: it goes to the next on the waitlist now.
        await passOfferOn(db, req.actor, applicationId, options());
        return render(req, reply, { _form: notEligibleError(req, err, 'volunteer') });
      }
      throw err;
    }
    setFlash(reply, status === 'accepted' ? 'placements.flash.offerConfirmed' : 'placements.flash.offerDeclined');
    return redirectAfterPost(req, reply, `/applications/${applicationId}`);
  });
}
