import { z } from 'zod';

/** Form inputs of the certificates module (validated here, on the server). */
const day = z
  .string('validation.required')
  .trim()
  .min(1, 'validation.required')
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'validation.invalid');

export const placementCertificateSchema = z.object({ applicationId: z.guid('validation.choice') });

export const periodCertificateSchema = z
  .object({ from: day, to: day })
  .refine((v) => v.from <= v.to, { path: ['to'], message: 'certificates.error.periodOrder' });

export const revokeFormSchema = z.object({
  reason: z.string('validation.required').trim().min(1, 'validation.required').max(1000),
  confirm: z.literal('on', 'certificates.error.confirmRequired'),
});
