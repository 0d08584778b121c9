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

export const referFormSchema = z.object({
  volunteerId: z.guid('validation.required'),
  stage: z.enum(['proposed', 'referred']).catch('referred'),
});

export const inviteFormSchema = z.object({ volunteerId: z.guid('validation.required') });

export const statusFormSchema = z.object({
  status: z.enum(applicationStatuses, 'validation.choice'),
  reason: optionalText(1000),
});
export type StatusInput = z.output<typeof statusFormSchema>;

export const withdrawFormSchema = z.object({ reason: optionalText(1000) });

export const noteFormSchema = z.object({ text: requiredText(4000) });
