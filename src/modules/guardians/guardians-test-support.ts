import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { auditLog, guardianLinks, hourEntries } from '../../db/schema/index.js';
import { createUser } from '../../test-support/factories.js';
import { receiveDueMail } from '../../test-support/received-mail.js';
import type { TestApp } from '../../test-support/test-app.js';
import { clientFor, hostScene, shiftFor, volunteerWithLogin } from '../placements/placements-test-support.js';

let counter = 0;
/** A birth date that makes the volunteer `years` old today (and a few months). */
export function bornYearsAgo(years: number): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - years, d.getUTCMonth() - 3);
  return d.toISOString().slice(0, 10);
}

/**
 * A host with a published opportunity and a future shift in its center, a 14-year-old volunteer
 * of that center with a login and the guardian's address on the profile, and the guardian's account.
 */
export async function minorScene(t: TestApp, options: { age?: number } = {}) {
  const host = await hostScene(t);
  // Two hours: within a minor's daily limit on a school day too (Köt. 5. §).
  const day = new Date(Date.now() + 10 * 86_400_000);
  day.setUTCHours(9, 0, 0, 0);
  const shift = await shiftFor(t.db, host.opportunity.id, { capacity: 1, startsAt: day, endsAt: new Date(day.getTime() + 2 * 3_600_000) });
  counter += 1;
  const guardianEmail = `gondviselo-${Date.now()}-${counter}@example.hu`;
  const minor = await volunteerWithLogin(t, {
    centerId: host.center.id,
    birthDate: bornYearsAgo(options.age ?? 14),
    guardianName: 'Kiss Erzsébet',
    guardianEmail,
  });
  const guardianUser = await createUser(t.db, { email: guardianEmail, familyName: 'Kiss', givenName: 'Erzsébet' });
  return { host, shift, minor, guardianEmail, guardianUser, guardian: await clientFor(t, guardianUser.id) };
}

/** The invitation link's token from the mail received at the address (parsed as a mail client reads it). */
export async function invitationTokenFor(t: TestApp, email: string) {
  const received = await receiveDueMail(t.db);
  const mail = received.get(email)?.at(-1);
  if (!mail) throw new Error(`no mail to ${email}`);
  const match = /\/guardian\/invitation\?token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '');
  if (!match?.[1]) throw new Error(`no invitation link in ${mail.text}`);
  return { token: match[1], mail };
}

export async function linksOf(db: Database, volunteerId: string) {
  return db.select().from(guardianLinks).where(eq(guardianLinks.volunteerId, volunteerId)).orderBy(guardianLinks.invitedAt);
}

export async function auditActionsOf(db: Database, entityType: string, entityId: string) {
  const rows = await db
    .select({ action: auditLog.action, actor: auditLog.actorUserId })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(auditLog.id);
  return rows;
}

export async function approvedHours(
  db: Database,
  scene: { applicationId: string; volunteerId: string; organizationId: string; centerId: string },
  minutes: number,
) {
  await db.insert(hourEntries).values({
    applicationId: scene.applicationId,
    volunteerId: scene.volunteerId,
    organizationId: scene.organizationId,
    centerId: scene.centerId,
    activityDay: '2026-11-10',
    minutes,
    activity: 'Könyvtári segítség',
    status: 'approved',
  });
}
