import { and, eq } from 'drizzle-orm';
import { auditLog, shiftCheckIns, shifts } from '../../db/schema/index.js';
import type { TestApp } from '../../test-support/test-app.js';
import { placementScene } from '../hours/hours-test-support.js';
import { shiftFor } from '../placements/placements-test-support.js';

/**
 * A placement scene (accepted volunteer, host organization with a member, a coordinator) plus a
 * shift of the opportunity running now (started 30 minutes ago, ends in 2 hours), unless `startsAt`.
 */
export async function checkInScene(t: TestApp, options: { startsAt?: Date; status?: string; birthDate?: string } = {}) {
  const s = await placementScene(t, { status: options.status, ...(options.birthDate ? { birthDate: options.birthDate } : {}) });
  const startsAt = options.startsAt ?? new Date(Date.now() - 30 * 60_000);
  const shift = await shiftFor(t.db, s.opportunity.id, { startsAt, endsAt: new Date(startsAt.getTime() + 150 * 60_000) });
  return { ...s, shift, hostUrl: `/shifts/${shift.id}/check-in` };
}

/** The shift's current code (after the organization's page made one). */
export async function codeOf(t: TestApp, shiftId: string): Promise<string> {
  const [row] = await t.db.select({ code: shifts.checkInCode }).from(shifts).where(eq(shifts.id, shiftId));
  if (!row?.code) throw new Error('no check-in code');
  return row.code;
}

export async function checkInsOf(t: TestApp, shiftId: string) {
  return t.db.select().from(shiftCheckIns).where(eq(shiftCheckIns.shiftId, shiftId)).orderBy(shiftCheckIns.checkedInAt);
}

/** Moves a check-in back in time (as if the volunteer arrived `minutes` earlier). */
export async function backdateCheckIn(t: TestApp, id: string, minutes: number) {
  const [row] = await t.db
    .update(shiftCheckIns)
    .set({ checkedInAt: new Date(Date.now() - minutes * 60_000) })
    .where(eq(shiftCheckIns.id, id))
    .returning();
  if (!row) throw new Error('check-in missing');
  return row;
}

export async function shiftAudit(t: TestApp, shiftId: string) {
  return t.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'shift'), eq(auditLog.entityId, shiftId))).orderBy(auditLog.id);
}
