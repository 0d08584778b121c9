import { z } from 'zod';
import { nonEeaExemptions } from '../volunteer-law/contract-requirement.js';
import { optionalText, requiredText } from '../../platform/form-fields.js';
import type { ContractAnswers } from './placement-facts.js';

/** Form inputs of the contracts module, every one validated here on the server. */

export const templateTextMax = 4000;
export const contentTextMax = 2000;
export const placeTextMax = 500;
export const nameMax = 200;


/** The organization's three free texts; the Köt. 6. § (1) section is not among them and cannot be edited. */
export const templateFormSchema = z.object({
  introText: requiredText(templateTextMax),
  dutiesText: requiredText(templateTextMax),
  closingText: requiredText(templateTextMax),
});
export type TemplateInput = z.output<typeof templateFormSchema>;

/**
 * A real calendar day "YYYY-MM-DD" (not 2026-02-30). Not platform/form-fields' isCalendarDay yet:
 * that one throws (a 500) on "2026-13-45", whose Invalid Date cannot be formatted (reported to the lead).
 */
const isCalendarDay = (v: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  // "2026-13-45" is an Invalid Date, whose toISOString() throws: check before formatting it.
  const day = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(v);
};
const calendarDay = z.string().trim().min(1, 'validation.required').refine(isCalendarDay, 'validation.invalid');
const optionalDay = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || isCalendarDay(v), 'validation.invalid')
  .transform((v) => (v ? v : null));

/** The answers' field names as the forms post them (a ticked checkbox posts "on"). */
export const answerFields = ['plannedBenefit', 'construction', 'abroad', 'nonEea', 'nonEeaExemption', 'restrictedTermination', 'volunteerAsks', 'otherLaw'] as const;
export const exemptionChoices = ['none', ...nonEeaExemptions] as const;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const ticked = (input: Record<string, unknown>, name: string) => first(input[name]) === 'on';

/**
 * The organization's answers from a query string or a form body. Anything but "on" is an unticked
 * box and an unknown exemption is none: these only feed the calculation, never stored free text.
 */
export function answersOf(input: unknown): ContractAnswers {
  const values = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const exemption = first(values.nonEeaExemption);
  const nonEea = ticked(values, 'nonEea');
  return {
    plannedBenefit: ticked(values, 'plannedBenefit'),
    construction: ticked(values, 'construction'),
    abroad: ticked(values, 'abroad'),
    nonEea,
    nonEeaExemption: nonEea && typeof exemption === 'string' && (nonEeaExemptions as readonly string[]).includes(exemption) ? (exemption as ContractAnswers['nonEeaExemption']) : null,
    restrictedTermination: ticked(values, 'restrictedTermination'),
    volunteerAsks: ticked(values, 'volunteerAsks'),
    otherLaw: ticked(values, 'otherLaw'),
  };
}

/** The answers as query/form values again (for links and hidden fields). */
export function answerValues(answers: ContractAnswers): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of answerFields) {
    const v = answers[name];
    if (v === true) values[name] = 'on';
    else if (typeof v === 'string') values[name] = v;
  }
  return values;
}

/**
 * A term typed into the generate form (or given in the query), when it is a valid one: the
 * calculation then uses it instead of the prefilled term, so a rejected form shows the calculation
 * for what was typed.
 */
export function typedTermOf(input: unknown): { startsOn: string; endsOn: string | null } | null {
  const values = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const startsOn = first(values.startsOn);
  const endsOn = first(values.endsOn);
  if (typeof startsOn !== 'string' || !isCalendarDay(startsOn.trim())) return null;
  const end = typeof endsOn === 'string' ? endsOn.trim() : '';
  if (end === '') return { startsOn: startsOn.trim(), endsOn: null };
  return isCalendarDay(end) && end >= startsOn.trim() ? { startsOn: startsOn.trim(), endsOn: end } : null;
}

/** The generate form: the Köt. 6. § (1) a)–d) content and the term (an empty end day is an indefinite term). */
export const generateFormSchema = z
  .object({
    activity: requiredText(contentTextMax),
    place: requiredText(placeTextMax),
    timeAndRest: requiredText(contentTextMax),
    benefits: requiredText(contentTextMax),
    benefitsOnEnd: requiredText(contentTextMax),
    startsOn: calendarDay,
    endsOn: optionalDay,
  })
  .superRefine((v, ctx) => {
    if (v.endsOn && v.endsOn < v.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'contracts.error.endBeforeStart' });
  });
export type GenerateInput = z.output<typeof generateFormSchema>;

/** Recording the signature: the signed day is not in the future (`today`, Budapest); the guardian's name is checked by the service. */
export function signFormSchema(today: string) {
  return z.object({
    signedOn: calendarDay.refine((v) => v <= today, 'contracts.error.futureDay'),
    volunteerSignatory: requiredText(nameMax),
    organizationSignatory: requiredText(nameMax),
    guardianSignatory: optionalText(nameMax),
  });
}
export type SignInput = z.output<ReturnType<typeof signFormSchema>>;

/** Voiding: the reason is required, and the confirmation checkbox (works without JavaScript). */
export const voidFormSchema = z.object({
  reason: requiredText(1000, 'contracts.error.reasonRequired'),
  confirm: z.literal('on', 'contracts.error.confirm'),
});
