import { z } from 'zod';
import { optionalText, requiredText, calendarDay as sharedCalendarDay } from '../../platform/form-fields.js';
import { needsRepresentative } from './register-rules.js';

/**
 * The register entry form (Köt. 14. § items 1–6), validated here on the server. Only the fields the
 * law lists exist; the legal representative's (item 3) are required for a minor on the start day
 * and dropped for an adult (collect only what the register needs, GDPR Art. 5 (1) c).
 */

/** A calendar day "YYYY-MM-DD" that exists (not 2026-02-30) in a sane range; the message names the problem. */
const calendarDay = sharedCalendarDay('register.error.day').refine((v) => v >= '1900-01-01' && v <= '2100-12-31', 'register.error.dayRange');

/** Empty or a spelling of "Hungarian" means Hungarian: the register records citizenship only when it is not (item 1). */
const hungarian = new Set(['magyar', 'magyarország', 'hungarian', 'hu']);
const citizenship = optionalText(100).transform((v) => (v && hungarian.has(v.toLowerCase()) ? null : v));

const representativeFields = [
  'representativeName',
  'representativeBirthPlace',
  'representativeBirthDate',
  'representativeMotherName',
  'representativeResidence',
] as const;

/** `today` is the Budapest calendar day: a birth date is in the past. */
export function registerEntryFormSchema(today: string) {
  return z
    .object({
      familyName: requiredText(100),
      givenName: requiredText(100),
      birthName: optionalText(200),
      birthPlace: requiredText(100),
      birthDate: calendarDay.refine((v) => v < today, 'register.error.birthDateFuture'),
      motherName: requiredText(200),
      citizenship,
      residence: requiredText(300),
      representativeName: optionalText(200),
      representativeBirthPlace: optionalText(100),
      representativeBirthDate: z
        .union([z.literal('').transform(() => null), calendarDay])
        .optional()
        .transform((v) => v ?? null),
      representativeMotherName: optionalText(200),
      representativeResidence: optionalText(300),
      activity: requiredText(2000),
      place: requiredText(500),
      timeAndRest: requiredText(1000),
      startsOn: calendarDay,
      endsOn: z
        .union([z.literal('').transform(() => null), calendarDay])
        .optional()
        .transform((v) => v ?? null),
    })
    .superRefine((v, ctx) => {
      const fail = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if (v.endsOn && v.endsOn < v.startsOn) fail('endsOn', 'register.error.endBeforeStart');
      if (v.startsOn < v.birthDate) fail('startsOn', 'register.error.startBeforeBirth');
      if (!needsRepresentative(v.birthDate, v.startsOn)) return;
      for (const field of representativeFields) if (!v[field]) fail(field, 'register.error.representativeRequired');
      if (v.representativeBirthDate && v.representativeBirthDate >= today) fail('representativeBirthDate', 'register.error.birthDateFuture');
    })
    .transform((v) => {
      if (needsRepresentative(v.birthDate, v.startsOn)) return v;
      // An adult's representative is not part of the register: nothing typed there is kept.
      return { ...v, ...Object.fromEntries(representativeFields.map((f) => [f, null])) } as typeof v;
    });
}
export type RegisterEntryInput = z.output<ReturnType<typeof registerEntryFormSchema>>;
export const registerEntryFields = Object.keys(registerEntryFormSchema('2000-01-01').in.shape) as (keyof RegisterEntryInput)[];

/** `?year=2026`: without it, the current year; a typo such as 20266 is refused with a field error. */
export const registerYearQuerySchema = z.object({
  year: z
    .string()
    .trim()
    .regex(/^\d{4}$/, 'register.error.year')
    .transform(Number)
    .refine((y) => y >= 2000 && y <= 2100, 'register.error.year')
    .optional(),
});

/** The purge confirmation checkbox (works without JavaScript). */
export const purgeFormSchema = z.object({ confirm: z.literal('on', 'register.error.confirmPurge') });
