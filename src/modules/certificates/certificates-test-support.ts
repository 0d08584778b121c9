import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { applications, certificates, hourEntries } from '../../db/schema/index.js';
import { createOpportunity, createOrganization } from '../../test-support/brokering-factories.js';
import { createUser } from '../../test-support/factories.js';
import type { TestApp } from '../../test-support/test-app.js';
import { clientFor } from '../placements/placements-test-support.js';

/** A host organization with one member (who approves hours) and a published opportunity. */
export async function hostWithApprover(
  t: TestApp,
  centerId: string,
  attrs: { name?: string; taxNumber?: string; approver?: { familyName: string; givenName: string } } = {},
) {
  const member = await createUser(t.db, attrs.approver ?? {});
  const organization = await createOrganization(t.db, centerId, { memberUserIds: [member.id], name: attrs.name, taxNumber: attrs.taxNumber ?? null });
  const opportunity = await createOpportunity(t.db, organization);
  return { member, memberClient: await clientFor(t, member.id), organization, opportunity };
}

/** An accepted placement of the volunteer on the opportunity. */
export async function createPlacement(db: Database, volunteer: { id: string; centerId: string | null }, opportunity: { id: string; centerId: string }) {
  const [row] = await db
    .insert(applications)
    .values({ volunteerId: volunteer.id, opportunityId: opportunity.id, centerId: opportunity.centerId, origin: 'volunteer', status: 'accepted' })
    .returning();
  if (!row) throw new Error('placement missing');
  return row;
}

/** An hour entry written directly (the hours module owns the real flow): approved unless told otherwise. */
export async function createHourEntry(
  db: Database,
  placement: { id: string; volunteerId: string; centerId: string },
  organizationId: string,
  attrs: { activity: string; minutes: number; day: string; decidedBy?: string | null; status?: 'submitted' | 'approved' | 'rejected'; decidedAt?: Date },
) {
  const status = attrs.status ?? 'approved';
  const [row] = await db
    .insert(hourEntries)
    .values({
      applicationId: placement.id,
      volunteerId: placement.volunteerId,
      organizationId,
      centerId: placement.centerId,
      activityDay: attrs.day,
      minutes: attrs.minutes,
      activity: attrs.activity,
      status,
      decidedByUserId: status === 'submitted' ? null : (attrs.decidedBy ?? null),
      decidedAt: status === 'submitted' ? null : (attrs.decidedAt ?? new Date(`${attrs.day}T18:00:00Z`)),
    })
    .returning();
  if (!row) throw new Error('hour entry missing');
  return row;
}

export async function certificatesOfVolunteer(db: Database, volunteerId: string) {
  return db.select().from(certificates).where(eq(certificates.volunteerId, volunteerId));
}
