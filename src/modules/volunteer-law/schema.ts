import { z } from 'zod';
import { type FieldErrors, type FormResult, parseForm } from '../../platform/validation.js';
import { type ContractFacts, nonEeaExemptions } from './contract-requirement.js';

/** The calculator's query string (a GET form): field names as the form posts them. */
export const ageGroups = ['adult', 'minor16', 'under16'] as const;
export const exemptionChoices = ['none', ...nonEeaExemptions] as const;
export const maxPlannedDays = 3650;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'law.check.error.choice' });
/** A ticked checkbox posts "on"; an unticked one posts nothing. */
const box = z.preprocess(blankToUndefined, z.literal('on').optional());

/** 1–3650 whole days, as typed in the number field. */
const plannedDays = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(/^\d{1,4}$/, 'law.check.error.days')
    .refine((v) => Number(v) >= 1 && Number(v) <= maxPlannedDays, 'law.check.error.days')
    .optional(),
);

export const contractCheckQuerySchema = z.object({
  term: choice(['fixed', 'indefinite']),
  days: plannedDays,
  ageGroup: choice(ageGroups),
  limitedCapacity: box,
  benefit: box,
  construction: box,
  abroad: box,
  nonEea: box,
  nonEeaExemption: z.preprocess(blankToUndefined, choice(exemptionChoices).optional()),
  restrictedTermination: box,
  volunteerAsks: box,
  otherLaw: box,
});

/**
 * Validates the query; a fixed term needs its days. That check reads the raw query so it is shown
 * together with the other fields' errors (a zod refinement of the whole object would wait for them).
 */
export function parseContractCheck(query: Record<string, unknown>): FormResult<ContractCheckQuery> {
  const form = parseForm(contractCheckQuerySchema, query);
  const daysMissing = query.term === 'fixed' && blankToUndefined(query.days) === undefined;
  if (!daysMissing) return form;
  const errors: FieldErrors = { ...(form.ok ? {} : form.errors), days: { key: 'law.check.error.daysRequired' } };
  return { ok: false, errors, values: form.ok ? {} : form.values };
}

export type ContractCheckQuery = z.output<typeof contractCheckQuerySchema>;
/** Every field of the form, to tell a first visit (no answer yet) from a submitted form. */
export const contractCheckFields = Object.keys(contractCheckQuerySchema.shape);

export type ContractCheckInput = { facts: ContractFacts; under16: boolean };

/** The validated form as the facts the rules take. */
export function contractFactsOf(q: ContractCheckQuery): ContractCheckInput {
  const adult = q.ageGroup === 'adult';
  return {
    under16: q.ageGroup === 'under16',
    facts: {
      term: q.term === 'indefinite' ? { kind: 'indefinite' } : { kind: 'fixed', days: Number(q.days) },
      volunteerUnder18: !adult,
      // Partially limited capacity is an adult's status (Ptk.); a minor's limits come from the age.
      partiallyLimitedCapacity: adult && q.limitedCapacity === 'on',
      benefitOtherThanExempt: q.benefit === 'on',
      constructionRequiringPermit: q.construction === 'on',
      abroad: q.abroad === 'on',
      nonEeaCitizen: q.nonEea === 'on',
      nonEeaExemption: q.nonEeaExemption && q.nonEeaExemption !== 'none' ? q.nonEeaExemption : null,
      immediateTerminationRestricted: q.restrictedTermination === 'on',
      volunteerAsksForWriting: q.volunteerAsks === 'on',
      otherLawRequires: q.otherLaw === 'on',
    },
  };
}
