import { z } from 'zod';
import { type BenefitType, benefitTypes } from '../../db/schema/benefits.js';
import { optionalText, requiredText, calendarDay as sharedCalendarDay } from '../../platform/form-fields.js';

/** Form inputs of the benefits ledger (every one validated here, on the server). */

/** The largest single entry accepted, in forints: a typo guard, far above any real benefit. */
export const maxAmountHuf = 10_000_000;

const calendarDay = sharedCalendarDay();

/**
 * An amount in whole forints. Spaces (also no-break spaces) as thousands separators and a trailing
 * "Ft" are accepted, as people write "12 500 Ft"; a sign, a fraction or an absurd size are refused,
 * each with its own message.
 */
export const amountHuf = z
  .string('validation.required')
  .transform((v) => v.replace(/[\s\u00a0\u202f]/g, '').replace(/ft$/i, ''))
  .superRefine((v, ctx) => {
    const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
    if (v === '') return fail('validation.required');
    if (/^-/.test(v)) return fail('benefits.error.amountNegative');
    if (/^\+?\d+[.,]\d*$/.test(v)) return fail('benefits.error.amountWhole');
    if (!/^\+?\d+$/.test(v)) return fail('benefits.error.amountNumber');
    if (v.replace(/^\+?0*/, '').length > 8 || Number(v) > maxAmountHuf) return fail('benefits.error.amountTooLarge');
  })
  .transform((v) => Number(v.replace(/^\+/, '')));

/** The record form. `today` is the Budapest calendar day now: a benefit is recorded once given. */
export function recordBenefitFormSchema(today: string) {
  return z
    .object({
      type: z.enum(benefitTypes, 'validation.choice'),
      givenOn: calendarDay.refine((v) => v <= today, 'benefits.error.futureDay'),
      amount: amountHuf,
      description: optionalText(500),
      reimbursement: z
        .literal('on')
        .optional()
        .transform((v) => v === 'on'),
    })
    .superRefine((v, ctx) => {
      // A reward is a gift, not the reimbursement of a documented cost.
      if (v.type === 'reward' && v.reimbursement) ctx.addIssue({ code: 'custom', path: ['reimbursement'], message: 'benefits.error.rewardNotReimbursement' });
    })
    .transform(({ amount, ...rest }) => ({ ...rest, amountHuf: amount }));
}
export type RecordBenefitInput = z.output<ReturnType<typeof recordBenefitFormSchema>> & { type: BenefitType };

/** A correction: the reason is required, and the confirmation checkbox (works without JavaScript). */
export const deleteBenefitFormSchema = z.object({
  reason: requiredText(1000, 'benefits.error.reasonRequired'),
  confirm: z.literal('on', 'benefits.error.confirm'),
});
