import { z } from 'zod';
import { legalAmountKinds, schoolPeriodKinds } from '../../db/schema/legal-data.js';
import { weekdayIndex } from '../../platform/budapest-time.js';
import { calendarDay, requiredText } from '../../platform/form-fields.js';

/** The admin forms of the legal data (ADR 016). Field names are the URL contract of the forms. */

/** Whole forints, typed with or without spaces ("322 800"); at most 10 million, far above any wage. */
const forints = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .transform((v) => v.replace(/[\s\u00a0]/g, ''))
  .refine((v) => /^\d{1,8}$/.test(v) && Number(v) > 0 && Number(v) <= 10_000_000, 'legal.error.amount')
  .transform(Number);

/** Fields `kind`, `effectiveFrom`, `amount`, `source`. */
export const legalAmountFormSchema = z.object({
  kind: z.enum(legalAmountKinds),
  effectiveFrom: calendarDay(),
  amount: forints,
  source: requiredText(1000),
});
export type LegalAmountInput = z.output<typeof legalAmountFormSchema>;

/** The longest break we accept: the summer break is about 75 days; a typo of a year is caught. */
export const longestSchoolBreakDays = 120;
const dayCount = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

/** Fields `kind`, `name`, `startsOn`, `endsOn`, `source`; a teaching Saturday is one Saturday. */
export const schoolPeriodFormSchema = z
  .object({
    kind: z.enum(schoolPeriodKinds),
    name: requiredText(200),
    startsOn: calendarDay(),
    endsOn: calendarDay(),
    source: requiredText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.endsOn < v.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'legal.error.endBeforeStart' });
    else if (v.kind === 'teaching_saturday' && v.startsOn !== v.endsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'legal.error.oneDay' });
    else if (dayCount(v.startsOn, v.endsOn) > longestSchoolBreakDays) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'legal.error.tooLong' });
    }
    if (v.kind === 'teaching_saturday' && weekdayIndex(v.startsOn) !== 5)
      ctx.addIssue({ code: 'custom', path: ['startsOn'], message: 'legal.error.notSaturday' });
  });
export type SchoolPeriodInput = z.output<typeof schoolPeriodFormSchema>;

/** `confirmed=1` marks the second step: the preview was shown and the admin saves it. */
export function isConfirmed(body: unknown): boolean {
  return !!body && typeof body === 'object' && (body as Record<string, unknown>).confirmed === '1';
}

export const legalAmountSorts = ['effective', 'amount'] as const;
export const schoolPeriodSorts = ['starts', 'name'] as const;
