import { z } from 'zod';
import { isCalendarDay } from '../../platform/budapest-time.js';
import { calendarDay, optionalText, requiredText } from '../../platform/form-fields.js';
import { nonEeaExemptions } from '../volunteer-law/contract-requirement.js';
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

const optionalDay = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || isCalendarDay(v), 'validation.invalid')
  .transform((v) => (v ? v : null));

/** The answers' field names as the forms post them (a ticked checkbox posts "on"). */
export const answerFields = [
  'plannedBenefit',
  'construction',
  'abroad',
  'nonEea',
  'nonEeaExemption',
  'restrictedTermination',
  'volunteerAsks',
  'otherLaw',
] as const;
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
    nonEeaExemption:
      nonEea && typeof exemption === 'string' && (nonEeaExemptions as readonly string[]).includes(exemption)
        ? (exemption as ContractAnswers['nonEeaExemption'])
        : null,
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
    startsOn: calendarDay(),
    endsOn: optionalDay,
  })
  .superRefine((v, ctx) => {
    if (v.endsOn && v.endsOn < v.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'contracts.error.endBeforeStart' });
  });
export type GenerateInput = z.output<typeof generateFormSchema>;

/** Recording the signature: the signed day is not in the future (`today`, Budapest); the guardian's name is checked by the service. */
export function signFormSchema(today: string) {
  return z.object({
    signedOn: calendarDay().refine((v) => v <= today, 'contracts.error.futureDay'),
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
