import { z } from 'zod';

/** The regenerate form's confirmation checkbox (works without JavaScript). */
export const regenerateFormSchema = z.object({ confirm: z.literal('on', 'checkIn.error.confirm') });

const rosterDecision = z.enum(['attended', 'no_show', 'skip']);
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The roster form: one radio group per sign-up, named `d_<application id>`. Anything else in the
 * body is ignored; a value that is not a decision counts as "decide later" (nothing happens to it).
 */
export function rosterDecisionsOf(body: unknown): Map<string, z.infer<typeof rosterDecision>> {
  const decisions = new Map<string, z.infer<typeof rosterDecision>>();
  if (!body || typeof body !== 'object') return decisions;
  for (const [key, value] of Object.entries(body)) {
    const id = key.startsWith('d_') ? key.slice(2) : '';
    const decision = rosterDecision.safeParse(value);
    if (uuidPattern.test(id) && decision.success) decisions.set(id, decision.data);
  }
  return decisions;
}
