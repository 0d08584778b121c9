import { z } from 'zod';
import { calendarDay, optionalChoice, optionalText, requiredText, searchText } from '../../platform/form-fields.js';
import { ikszAreas } from './areas.js';

/** Form inputs of the IKSZ log (every one validated here, on the server). */

const time = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), 'iksz.error.time');

const optionalUuid = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || z.guid().safeParse(v).success, 'validation.choice')
  .transform((v) => (v ? v : null));

/** The day, start and end on the Budapest wall clock (133. § (6): the activity only, travel not counted). */
const span = {
  day: calendarDay(),
  start: time,
  end: time,
};

function endAfterStart(v: { start: string; end: string }, ctx: z.RefinementCtx) {
  if (v.end <= v.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'iksz.error.endBeforeStart' });
}

/** The student's log form (napló, 133. § (8)). */
export const occasionFormSchema = z
  .object({
    ...span,
    organizationId: z.string().trim().min(1, 'iksz.error.hostRequired').pipe(z.guid('validation.choice')),
    opportunityId: optionalUuid,
    place: requiredText(120),
    area: z.enum(ikszAreas, 'validation.choice'),
    activity: requiredText(300),
    mentorName: optionalText(120),
    distanceReason: optionalText(1000),
  })
  .superRefine(endAfterStart);
export type OccasionInput = z.output<typeof occasionFormSchema>;

/** Preparation or closing, logged by the school's coordinator (133. § (5)). */
export const sessionFormSchema = z
  .object({
    ...span,
    kind: z.enum(['preparation', 'closing'], 'validation.choice'),
    area: z.enum(ikszAreas, 'validation.choice'),
    activity: requiredText(300),
  })
  .superRefine(endAfterStart);
export type SessionInput = z.output<typeof sessionFormSchema>;

export const reasonFormSchema = z.object({ reason: requiredText(1000, 'iksz.error.reasonRequired') });

export const confirmFormSchema = z.object({ confirm: z.literal('on', 'iksz.error.confirm') });

export const occasionStatuses = ['logged', 'certified', 'accepted', 'rejected'] as const;

/** The school's list filters. */
export const schoolListFilterSchema = z.object({
  q: searchText(100),
  grade: optionalChoice(['9', '10', '11', '12', '13']),
  className: searchText(20),
  year: z
    .string()
    .catch('')
    .transform((v) => (/^\d{4}\/\d{4}$/.test(v) ? v : '')),
  below: optionalChoice(['1']),
});
export type SchoolListFilterInput = z.infer<typeof schoolListFilterSchema>;
export const schoolListSorts = ['name', 'className', 'accepted'] as const;
export type SchoolListSort = (typeof schoolListSorts)[number];

export const queueFilterSchema = z.object({ status: optionalChoice(occasionStatuses) });
