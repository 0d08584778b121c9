import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { toBudapestLocal } from '../../platform/budapest-time.js';
import { postedValues } from '../../platform/form-fields.js';
import { formatDateTime, formatPersonName } from '../../platform/i18n.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { applicationIdParam, removalFormSchema, shiftFormSchema, shiftIdParam } from './schema.js';
import { editableShift, editShift, removalCandidate, removeFromShift } from './shift-edit-service.js';
import { shiftTimeErrors } from './shift-service.js';
import { CapacityChoicePage, RemoveFromShiftPage, ShiftEditPage } from './views/shift-edit-pages.js';

const signedIn = { access: 'authenticated' } as const;

/** Edit a future shift (with the capacity choice) and take a volunteer off one: members of the host, center staff. */
export function registerShiftChangeRoutes(app: FastifyInstance, { db, config }: AppDeps): void {
  const mail = { baseUrl: config.baseUrl, mailFrom: config.mailFrom };

  const renderEdit = async (req: FastifyRequest, reply: FastifyReply, shiftId: string, values?: Record<string, string>, errors?: FieldErrors) => {
    const { shift, opportunity, editable } = await editableShift(db, req.actor, shiftId);
    const head = { id: shift.id, opportunityId: opportunity.id, opportunityTitle: opportunity.title, startsAt: shift.startsAt };
    const shown = values ?? {
      startsAt: toBudapestLocal(shift.startsAt),
      endsAt: toBudapestLocal(shift.endsAt),
      capacity: String(shift.capacity),
      teamCapacity: shift.teamCapacity != null ? String(shift.teamCapacity) : '',
      waitlist: shift.waitlistEnabled ? 'on' : '',
    };
    const allErrors = editable ? errors : { ...errors, _form: { key: 'opportunities.error.shiftNotEditable' as const } };
    const title = req.t('opportunities.shiftEdit.title', { when: formatDateTime(req.locale, shift.startsAt) });
    return sendPage(req, reply, title, <ShiftEditPage shift={head} values={shown} errors={allErrors} />, allErrors ? 422 : 200);
  };

  app.get('/shifts/:shiftId/edit', { config: signedIn }, async (req, reply) => renderEdit(req, reply, shiftIdParam(req.params)));

  app.post('/shifts/:shiftId/edit', { config: signedIn }, async (req, reply) => {
    const shiftId = shiftIdParam(req.params);
    const values = postedValues(req.body);
    if (values.choice === 'cancel') {
      const { opportunity } = await editableShift(db, req.actor, shiftId);
      setFlash(reply, 'opportunities.flash.shiftChangeDropped');
      return redirectAfterPost(req, reply, `/opportunities/${opportunity.id}/shifts`);
    }
    const form = parseForm(shiftFormSchema, req.body);
    if (!form.ok) {
      const timeErrors = shiftTimeErrors({ startsAt: values.startsAt ?? '', endsAt: values.endsAt ?? '' }, new Date()).errors;
      return renderEdit(req, reply, shiftId, values, { ...timeErrors, ...form.errors });
    }
    try {
      const result = await editShift(db, req.actor, shiftId, form.data, { ...mail, overCapacity: values.choice === 'move' ? 'move' : 'ask' });
      if (result.kind === 'needsChoice') {
        const { shift, opportunity } = await editableShift(db, req.actor, shiftId);
        const head = { id: shift.id, opportunityId: opportunity.id, opportunityTitle: opportunity.title, startsAt: shift.startsAt };
        return sendPage(
          req,
          reply,
          req.t('opportunities.capacityChoice.title'),
          <CapacityChoicePage shift={head} values={values} moving={result.moving} />,
          409,
        );
      }
      setFlash(reply, 'opportunities.flash.shiftUpdated');
      return redirectAfterPost(req, reply, `/opportunities/${result.opportunityId}/shifts`);
    } catch (err) {
      if (err instanceof FieldValidationError) return renderEdit(req, reply, shiftId, values, err.errors);
      throw err;
    }
  });

  const renderRemoval = async (req: FastifyRequest, reply: FastifyReply, applicationId: string, values: Record<string, string> = {}, errors?: FieldErrors) => {
    const { view, shift, opportunity, removable } = await removalCandidate(db, req.actor, applicationId);
    const head = { id: shift.id, opportunityId: opportunity.id, opportunityTitle: opportunity.title, startsAt: shift.startsAt };
    const volunteerName = formatPersonName(view.volunteerFamilyName, view.volunteerGivenName);
    const title = req.t('opportunities.removal.title', { name: volunteerName, when: formatDateTime(req.locale, shift.startsAt) });
    const page = (
      <RemoveFromShiftPage shift={head} applicationId={applicationId} volunteerName={volunteerName} removable={removable} values={values} errors={errors} />
    );
    return sendPage(req, reply, title, page, errors ? 422 : 200);
  };

  app.get('/applications/:applicationId/remove-from-shift', { config: signedIn }, async (req, reply) =>
    renderRemoval(req, reply, applicationIdParam(req.params)),
  );

  app.post('/applications/:applicationId/remove-from-shift', { config: signedIn }, async (req, reply) => {
    const applicationId = applicationIdParam(req.params);
    const values = postedValues(req.body);
    const form = parseForm(removalFormSchema, req.body);
    if (!form.ok) return renderRemoval(req, reply, applicationId, values, form.errors);
    try {
      const opportunityId = await removeFromShift(db, req.actor, applicationId, form.data.reason, mail);
      setFlash(reply, 'opportunities.flash.volunteerRemoved');
      return redirectAfterPost(req, reply, `/opportunities/${opportunityId}/shifts`);
    } catch (err) {
      if (err instanceof FieldValidationError) return renderRemoval(req, reply, applicationId, values, err.errors);
      throw err;
    }
  });
}
