import { z } from 'zod';
import { isCalendarDay } from '../../platform/budapest-time.js';

/** The six measures of the comparison, each also shown per 1,000 inhabitants of the area. */
export const compareMeasures = ['newVolunteers', 'activeVolunteers', 'placements', 'hours', 'inquiries', 'trainings'] as const;
export type CompareMeasure = (typeof compareMeasures)[number];

export const compareSorts = [
  'name',
  'status',
  'population',
  ...compareMeasures,
  ...compareMeasures.map((m) => `${m}Per1000` as const),
] as const satisfies readonly [string, ...string[]];
export type CompareSort = (typeof compareSorts)[number];

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalDay = z.preprocess(blankToUndefined, z.string().trim().refine(isCalendarDay, 'points.compare.error.date').optional());

/**
 * The comparison's GET form: a center (its id, or `all` for the centers comparison) and the period.
 * A typo in a day is a field error (422, the default period shown); a from after the to, too.
 */
export const compareQuerySchema = z
  .object({
    center: z.preprocess(blankToUndefined, z.union([z.literal('all'), z.guid('validation.choice')]).optional()),
    from: optionalDay,
    to: optionalDay,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'points.compare.error.order' });
export type CompareQuery = z.output<typeof compareQuerySchema>;
