import { and, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import type { Database } from '../../db/database.js';
import { applicationEvents, applications, auditLog, outbox, shifts } from '../../db/schema/index.js';
import { createOpportunity, createOrganization, createShift, createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter, createUser, sessionFor, type UserGrant } from '../../test-support/factories.js';
import type { TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';

/** A logged-in browser for a user. */
export async function clientFor(t: TestApp, userId: string): Promise<TestClient> {
  return new TestClient(t.app, t.config.secretKey).setSession(await sessionFor(t.db, userId));
}

/** A volunteer with a login (their profile takes the user's e-mail) and a browser. */
export async function volunteerWithLogin(t: TestApp, attrs: Parameters<typeof createVolunteer>[1] = {}) {
  const user = await createUser(t.db);
  const volunteer = await createVolunteer(t.db, { userId: user.id, ...attrs });
  return { user, volunteer, client: await clientFor(t, user.id) };
}

export async function staffWithLogin(t: TestApp, grants: UserGrant[]) {
  const user = await createUser(t.db, { grants });
  return { user, client: await clientFor(t, user.id) };
}

/** A center with an organization (one member), a published opportunity and the member's browser. */
export async function hostScene(t: TestApp, options: { opportunity?: Parameters<typeof createOpportunity>[2]; organization?: { pointId?: string } } = {}) {
  const center = await createCenter(t.db);
  const member = await createUser(t.db);
  const organization = await createOrganization(t.db, center.id, { memberUserIds: [member.id], ...options.organization });
  const opportunity = await createOpportunity(t.db, organization, options.opportunity);
  return { center, member, memberClient: await clientFor(t, member.id), organization, opportunity };
}

export function shiftFor(db: Database, opportunityId: string, attrs: Parameters<typeof createShift>[2] = {}) {
  // 10:00–13:00 Budapest time, ten days from now: fine for minors too.
  const day = new Date(Date.now() + 10 * 86_400_000);
  day.setUTCHours(9, 0, 0, 0);
  return createShift(db, opportunityId, { startsAt: day, endsAt: new Date(day.getTime() + 3 * 3_600_000), ...attrs });
}

/** The application id a redirect points at (`/applications/<id>`). */
export function applicationIdFrom(location: unknown): string {
  const match = /^\/applications\/([0-9a-f-]{36})$/.exec(String(location));
  if (!match?.[1]) throw new Error(`not an application redirect: ${String(location)}`);
  return match[1];
}

export async function applicationRow(db: Database, id: string) {
  const [row] = await db.select().from(applications).where(eq(applications.id, id));
  if (!row) throw new Error('application missing');
  return row;
}

export async function eventsOf(db: Database, id: string) {
  return db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id)).orderBy(applicationEvents.id);
}

export async function auditOf(db: Database, id: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'application'), eq(auditLog.entityId, id)));
}

export async function mailsTo(db: Database, email: string) {
  return db.select().from(outbox).where(eq(outbox.toAddress, email));
}

export async function seatsTaken(db: Database, shiftId: string): Promise<number> {
  const [row] = await db.select({ n: shifts.seatsTaken }).from(shifts).where(eq(shifts.id, shiftId));
  return row?.n ?? -1;
}

/**
 * Reads an iCalendar text as a calendar app does (Mozilla's parser, ical.js): its METHOD and its one
 * event (anything but exactly one VEVENT throws).
 */
export function parseSingleEvent(raw: string) {
  const calendar = new ICAL.Component(ICAL.parse(raw));
  const events = calendar.getAllSubcomponents('vevent');
  const event = events[0];
  if (!event || events.length !== 1) throw new Error(`expected one VEVENT, found ${events.length}`);
  const organizer = event.getFirstProperty('organizer');
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    status: event.getFirstPropertyValue('status'),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    summary: event.getFirstPropertyValue('summary'),
    description: event.getFirstPropertyValue('description'),
    start: (event.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>).toJSDate(),
    organizer: organizer ? String(organizer.getFirstValue()) : undefined,
    organizerName: organizer?.getParameter('cn'),
    attendees: event.getAllProperties('attendee').map((p) => String(p.getFirstValue())),
  };
}
