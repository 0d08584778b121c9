import { z } from 'zod';
import { optionalChoice, searchText } from '../../platform/form-fields.js';
import { type ReadinessArea, readinessAnswers, readinessAreas } from './areas.js';

/** One answer: yes, partly or no; anything else is "choose one of them". */
const answer = z.enum(readinessAnswers, 'readiness.error.answer');

/** The self-assessment form: one radio group per area, each required. */
export const readinessFormSchema = z.object(Object.fromEntries(readinessAreas.map((area) => [area, answer])) as Record<ReadinessArea, typeof answer>);
export type ReadinessInput = z.output<typeof readinessFormSchema>;

/** Which organizations the center's table shows, by whether they filled in the self-assessment. */
export const readinessStates = ['assessed', 'notAssessed'] as const;
export type ReadinessState = (typeof readinessStates)[number];

export const readinessSorts = ['name', 'date', 'gaps'] as const;
export type ReadinessSort = (typeof readinessSorts)[number];

/** `/readiness?q=&gap=&state=&centerId=`: never rejected, bad values read as none. */
const readinessFilterSchema = z.object({
  q: searchText(200),
  gap: optionalChoice(readinessAreas),
  state: optionalChoice(readinessStates),
  centerId: z.guid().optional().catch(undefined),
});
export type ReadinessFilter = z.output<typeof readinessFilterSchema>;

export function parseReadinessFilter(query: unknown): ReadinessFilter {
  const q = (query ?? {}) as Record<string, unknown>;
  return readinessFilterSchema.parse({
    q: typeof q.q === 'string' ? q.q : '',
    gap: q.gap || undefined,
    state: q.state || undefined,
    centerId: q.centerId || undefined,
  });
}
