import { z } from 'zod';
import { calendarDay, optionalEmail, optionalPhone, optionalText, requiredText } from '../../platform/form-fields.js';
import { normaliseTaxNumber } from '../organizations/tax-number.js';

/** Form inputs of corporate volunteering (every one validated here, on the server). */

/** Checkbox groups post one value, several, or none at all. */
const checkedValues = z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().trim().max(60)).max(50));

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1, 'validation.required')
    .refine((v) => /^\d{1,6}$/.test(v) && Number(v) >= min && Number(v) <= max, 'companies.error.number')
    .transform(Number);

const optionalWholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (/^\d{1,6}$/.test(v) && Number(v) >= min && Number(v) <= max), 'companies.error.number')
    .transform((v) => (v ? Number(v) : null));

/** A company (center staff): name, tax number (checked like organizations'), settlement, address, e-mail, phone. */
export const companyFormSchema = z.object({
  name: requiredText(200),
  taxNumber: z
    .string()
    .trim()
    .max(30)
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const formatted = normaliseTaxNumber(v);
      if (!formatted) ctx.addIssue({ code: 'custom', message: 'organizations.error.taxNumber' });
      return formatted ?? v;
    }),
  place: requiredText(120),
  address: optionalText(300),
  email: optionalEmail,
  phone: optionalPhone,
});
export type CompanyInput = z.output<typeof companyFormSchema>;

/** Appointing a coordinator by the e-mail of an existing account. */
export const appointSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'validation.required').max(254).pipe(z.email('validation.email')),
});

export const teamSchema = z.object({ name: requiredText(120) });

export const inviteSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'validation.required').max(254).pipe(z.email('validation.email')),
});

/** Accepting a team invitation: whether the company may see the employee's name in its reports. */
export const joinSchema = z.object({
  namesConsent: z
    .literal('on')
    .optional()
    .transform((v) => v === 'on'),
});

export const consentSchema = joinSchema;

export const offerSchema = z.object({
  title: requiredText(200),
  description: optionalText(4000),
  skills: checkedValues,
  causes: checkedValues,
  hoursOffered: optionalWholeNumber(1, 100_000),
  availableUntil: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .pipe(z.union([z.null(), calendarDay()])),
});
export type OfferInput = z.output<typeof offerSchema>;

/** A team's sign-up for a team shift: the team, the shift and the seats it holds. */
export const signupSchema = z.object({
  teamId: z.guid('validation.choice'),
  shiftId: z.guid('validation.choice'),
  seats: wholeNumber(1, 1000),
});
export type SignupInput = z.output<typeof signupSchema>;

export const answerSchema = z.object({ answer: z.enum(['confirm', 'decline'], 'validation.choice') });

export const confirmSchema = z.object({ confirm: z.literal('on', 'companies.error.confirm') });

/** The impact report's period: `from`, `to` (calendar days); by default this year so far. */
export function impactPeriodOf(query: unknown, today: string): { from: string; to: string } {
  const q = (query ?? {}) as Record<string, unknown>;
  const day = (v: unknown) => (typeof v === 'string' && calendarDay().safeParse(v).success ? v.trim() : null);
  let from = day(q.from) ?? `${today.slice(0, 4)}-01-01`;
  let to = day(q.to) ?? today;
  if (from > to) [from, to] = [to, from];
  return { from, to };
}
