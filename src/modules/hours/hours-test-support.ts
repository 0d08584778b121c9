import { and, eq } from 'drizzle-orm';
import { applications, auditLog, hourEntries } from '../../db/schema/index.js';
import type { TestApp } from '../../test-support/test-app.js';
import { hostScene, staffWithLogin, volunteerWithLogin } from '../placements/placements-test-support.js';

/** A placement in `status` (default accepted) between a volunteer with a login and a host organization, plus a coordinator of the center. */
export async function placementScene(t: TestApp, options: { status?: string; birthDate?: string | null; organization?: { pointId?: string } } = {}) {
  const host = await hostScene(t, { organization: options.organization });
  const volunteer = await volunteerWithLogin(t, { centerId: host.center.id, ...(options.birthDate !== undefined ? { birthDate: options.birthDate } : {}) });
  const coordinator = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: host.center.id }]);
  const [application] = await t.db
    .insert(applications)
    .values({
      volunteerId: volunteer.volunteer.id,
      opportunityId: host.opportunity.id,
      centerId: host.center.id,
      origin: 'volunteer',
      status: options.status ?? 'accepted',
    })
    .returning();
  if (!application) throw new Error('application missing');
  return { ...host, volunteer, coordinator, application, hoursUrl: `/applications/${application.id}/hours` };
}

export async function entriesOf(t: TestApp, applicationId: string) {
  return t.db.select().from(hourEntries).where(eq(hourEntries.applicationId, applicationId)).orderBy(hourEntries.createdAt);
}

export async function entryRow(t: TestApp, id: string) {
  const [row] = await t.db.select().from(hourEntries).where(eq(hourEntries.id, id));
  return row;
}

export async function hourAudit(t: TestApp, id: string) {
  return t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'hour_entry'), eq(auditLog.entityId, id)))
    .orderBy(auditLog.id);
}

/** Inserts an entry directly (for lists and decisions), by default submitted, logged yesterday. */
export async function insertEntry(
  t: TestApp,
  scene: { application: { id: string; volunteerId: string; centerId: string }; organization: { id: string } },
  attrs: Partial<typeof hourEntries.$inferInsert> = {},
) {
  const [row] = await t.db
    .insert(hourEntries)
    .values({
      applicationId: scene.application.id,
      volunteerId: scene.application.volunteerId,
      organizationId: scene.organization.id,
      centerId: scene.application.centerId,
      activityDay: '2026-11-10',
      minutes: 90,
      activity: 'Teszt tevékenység',
      ...attrs,
    })
    .returning();
  if (!row) throw new Error('entry missing');
  return row;
}
