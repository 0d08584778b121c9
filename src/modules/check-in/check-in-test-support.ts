import { and, eq } from 'drizzle-orm';
import { applications, auditLog, hourEntries, shiftCheckIns, shifts } from '../../db/schema/index.js';
import { budapestDay } from '../../platform/budapest-time.js';
import type { TestApp } from '../../test-support/test-app.js';
import { placementScene } from '../hours/hours-test-support.js';
import { hostScene, shiftFor, volunteerWithLogin } from '../placements/placements-test-support.js';

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
  return t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'shift'), eq(auditLog.entityId, shiftId)))
    .orderBy(auditLog.id);
}

/**
 * A 4-hour shift that ended yesterday, and four sign-ups holding a seat on it: Ádám checked in by QR
 * (a submitted entry for the shift), Béla and Cecil have nothing yet, and Dóri is 15 — four hours a
 * day is over her Köt. 5. § limit (3 h under 16, whatever the day).
 */
export async function rosterScene(t: TestApp, options: { endsInHours?: number } = {}) {
  const host = await hostScene(t);
  const endsAt = new Date(Date.now() + (options.endsInHours ?? -24) * 3_600_000);
  const shift = await shiftFor(t.db, host.opportunity.id, { startsAt: new Date(endsAt.getTime() - 4 * 3_600_000), endsAt, capacity: 6 });
  const fifteen = new Date(Date.now() - 15.5 * 365.25 * 86_400_000).toISOString().slice(0, 10);
  const people = [
    { familyName: 'Ács', givenName: 'Ádám' },
    { familyName: 'Bodnár', givenName: 'Béla' },
    { familyName: 'Csizmadia', givenName: 'Cecil' },
    { familyName: 'Deák', givenName: 'Dóri', birthDate: fifteen, guardianConsentAt: new Date() },
  ];
  const rows = [];
  for (const p of people) {
    const v = await volunteerWithLogin(t, { centerId: host.center.id, ...p });
    const [application] = await t.db
      .insert(applications)
      .values({
        volunteerId: v.volunteer.id,
        opportunityId: host.opportunity.id,
        shiftId: shift.id,
        centerId: host.center.id,
        origin: 'volunteer',
        status: 'accepted',
        holdsSeat: true,
      })
      .returning();
    if (!application) throw new Error('application missing');
    rows.push({ ...v, application });
  }
  const [adam] = rows;
  const [qrEntry] = await t.db
    .insert(hourEntries)
    .values({
      applicationId: adam!.application.id,
      volunteerId: adam!.volunteer.id,
      organizationId: host.organization.id,
      centerId: host.center.id,
      shiftId: shift.id,
      activityDay: budapestDay(shift.startsAt),
      startsAt: new Date(shift.startsAt.getTime() + 5 * 60_000),
      endsAt: new Date(shift.endsAt.getTime() - 10 * 60_000),
      minutes: 225,
      activity: 'QR-bejelentkezés',
      loggedByUserId: adam!.user.id,
    })
    .returning();
  return { ...host, shift, rows, qrEntry: qrEntry!, url: `/shifts/${shift.id}/roster` };
}
