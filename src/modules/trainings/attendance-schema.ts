import { z } from 'zod';
import { type AttendanceDecision, attendanceDecisions } from './attendance-rules.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const decision = z.enum(attendanceDecisions);

/** The participants ticked on the roster (`registrationIds`, once per box); anything that is not an id is left out. */
function tickedIds(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v): v is string => typeof v === 'string' && uuidPattern.test(v)).map((v) => v.toLowerCase());
}

/**
 * What the roster form asks: a row's own button (`row` = "<registration id>:<decision>") records
 * that decision for that participant alone; a bulk button (`decision`) records it for the ticked
 * boxes. Undefined when neither names a decision (a malformed post: the page says to choose).
 */
export function attendanceChoiceOf(body: unknown): { decision: AttendanceDecision; registrationIds: string[] } | undefined {
  const form = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  if (typeof form.row === 'string') {
    const [id, chosen] = form.row.split(':');
    const parsed = decision.safeParse(chosen);
    if (id && uuidPattern.test(id) && parsed.success) return { decision: parsed.data, registrationIds: [id.toLowerCase()] };
  }
  const parsed = decision.safeParse(form.decision);
  return parsed.success ? { decision: parsed.data, registrationIds: tickedIds(form.registrationIds) } : undefined;
}

/** The undo confirmation's box (works without JavaScript). */
export const undoCompletionSchema = z.object({ confirm: z.literal('on', 'trainingAttendance.error.confirm') });
