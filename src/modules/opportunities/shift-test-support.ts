import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { applications, auditLog, shifts } from '../../db/schema/index.js';
import { toBudapestLocal } from '../../platform/budapest-time.js';
import type { TestApp } from '../../test-support/test-app.js';
import { applicationIdFrom, hostScene, shiftFor, volunteerWithLogin } from '../placements/placements-test-support.js';

/** A host with a future shift and `seated` volunteers signed up in order (each accepted while seats last). */
export async function shiftScene(t: TestApp, attrs: { capacity: number; signUps: number; waitlistEnabled?: boolean; title?: string }) {
  const host = await hostScene(t, { opportunity: { title: attrs.title ?? 'Műszakos faültetés' } });
  const shift = await shiftFor(t.db, host.opportunity.id, { capacity: attrs.capacity, waitlistEnabled: attrs.waitlistEnabled ?? true });
  const volunteers = [];
  for (let i = 0; i < attrs.signUps; i++) {
    const v = await volunteerWithLogin(t);
    const applicationId = applicationIdFrom((await v.client.post(`/shifts/${shift.id}/signup`)).headers.location);
    volunteers.push({ ...v, applicationId });
  }
  return { host, shift, volunteers };
}

/** The edit form's fields for the shift as it is, with `changes` on top. */
export function editForm(shift: { startsAt: Date; endsAt: Date; capacity: number; waitlistEnabled: boolean }, changes: Record<string, string> = {}) {
  return {
    startsAt: toBudapestLocal(shift.startsAt),
    endsAt: toBudapestLocal(shift.endsAt),
    capacity: String(shift.capacity),
    ...(shift.waitlistEnabled ? { waitlist: 'on' } : {}),
    ...changes,
  };
}

export async function shiftRow(db: Database, id: string) {
  const [row] = await db.select().from(shifts).where(eq(shifts.id, id));
  if (!row) throw new Error('shift missing');
  return row;
}

export async function statusesOf(db: Database, ids: string[]) {
  const rows = await db.select({ id: applications.id, status: applications.status }).from(applications);
  const byId = new Map(rows.map((r) => [r.id, r.status]));
  return ids.map((id) => byId.get(id));
}

/** The shift's waitlist in the order it is offered seats. */
export async function waitlistOrder(db: Database, shiftId: string): Promise<string[]> {
  const rows = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.shiftId, shiftId), eq(applications.status, 'waitlisted')))
    .orderBy(applications.waitlistedAt, applications.createdAt, applications.id);
  return rows.map((r) => r.id);
}

export async function auditActions(db: Database, entityType: string, entityId: string): Promise<string[]> {
  const rows = await db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)));
  return rows.map((r) => r.action);
}
