import { z } from 'zod';
import { calendarDay, requiredText } from '../../platform/form-fields.js';

/** Form inputs of the certificates module (validated here, on the server). */
const day = calendarDay();

export const placementCertificateSchema = z.object({ applicationId: z.guid('validation.choice') });

export const periodCertificateSchema = z
  .object({ from: day, to: day })
  .refine((v) => v.from <= v.to, { path: ['to'], message: 'certificates.error.periodOrder' });

export const revokeFormSchema = z.object({
  reason: requiredText(1000),
  confirm: z.literal('on', 'certificates.error.confirmRequired'),
});
