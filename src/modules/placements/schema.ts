import { z } from 'zod';
import { optionalText, requiredText } from '../../platform/form-fields.js';
import { applicationStatuses } from './status-rules.js';

/** Form inputs of the placements module (every one validated here, on the server). */
const optionalUuid = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || z.guid().safeParse(v).success, 'validation.invalid')
  .transform((v) => (v ? v : null));

export const applyFormSchema = z.object({ shiftId: optionalUuid });

/**
 * A referral; `override` (a ticked box) sets the host's requirements aside, and then a written
 * reason is required (the service checks again, and refuses to override the law).
 */
export const referFormSchema = z
  .object({
    volunteerId: z.guid('validation.required'),
    stage: z.enum(['proposed', 'referred']).catch('referred'),
    override: z.preprocess((v) => v === 'on', z.boolean()),
    overrideReason: optionalText(1000),
  })
  .superRefine((form, ctx) => {
    if (form.override && !form.overrideReason) ctx.addIssue({ code: 'custom', path: ['overrideReason'], message: 'placements.error.overrideReasonRequired' });
  });

export const inviteFormSchema = z.object({ volunteerId: z.guid('validation.required') });

export const statusFormSchema = z.object({
  status: z.enum(applicationStatuses, 'validation.choice'),
  reason: optionalText(1000),
});
export type StatusInput = z.output<typeof statusFormSchema>;

export const withdrawFormSchema = z.object({ reason: optionalText(1000) });

export const noteFormSchema = z.object({ text: requiredText(4000) });
