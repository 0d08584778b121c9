import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { auditLog, opportunities, trainingCourses } from '../../db/schema/index.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { createOpportunity, createOrganization, createShift } from '../../test-support/brokering-factories.js';
import { createCenter } from '../../test-support/factories.js';
import type { TestApp } from '../../test-support/test-app.js';
import { staffMember } from '../inquiries/inquiries-test-support.js';

/** A course of the center granting `qualification` (the hospital induction's choices come from these). */
export async function createQualificationCourse(db: Database, centerId: string, qualification: string) {
  const title = `Bevezető képzés ${randomBytes(3).toString('hex')}`;
  await db.insert(trainingCourses).values({
    centerId,
    slug: `kepzes-${randomBytes(4).toString('hex')}`,
    title,
    sortKey: hungarianSortKey(title),
    audience: 'volunteer',
    summary: 'Rövid összefoglaló.',
    description: 'A képzés leírása.',
    durationMinutes: 180,
    qualificationName: qualification,
    status: 'published',
  });
}

/**
 * A center with its admin and coordinator, the coordinator of another center, a national admin, a
 * volunteer with an account, and an approved host organization (with its member) that has a published
 * opportunity with a shift; each person with a browser.
 */
export async function programScene(t: TestApp) {
  const center = await createCenter(t.db);
  const otherCenter = await createCenter(t.db);
  const [admin, coordinator, foreignCoordinator, nationalAdmin, volunteer, orgMember] = await Promise.all([
    staffMember(t, [{ role: 'center_admin', centerId: center.id }], { familyName: 'Admin', givenName: 'Anna' }),
    staffMember(t, [{ role: 'center_coordinator', centerId: center.id }], { familyName: 'Koordinátor', givenName: 'Kata' }),
    staffMember(t, [{ role: 'center_coordinator', centerId: otherCenter.id }]),
    staffMember(t, [{ role: 'national_admin' }]),
    staffMember(t, [{ role: 'volunteer' }]),
    staffMember(t, [{ role: 'volunteer' }]),
  ]);
  const organization = await createOrganization(t.db, center.id, { memberUserIds: [orgMember.user.id] });
  const foreignOrganization = await createOrganization(t.db, otherCenter.id);
  return { center, otherCenter, admin, coordinator, foreignCoordinator, nationalAdmin, volunteer, orgMember, organization, foreignOrganization };
}
export type ProgramScene = Awaited<ReturnType<typeof programScene>>;

/** A published opportunity of the scene's organization with one upcoming shift. */
export async function openOpportunity(t: TestApp, s: ProgramScene, attrs: Parameters<typeof createOpportunity>[2] = {}) {
  const opportunity = await createOpportunity(t.db, s.organization, attrs);
  const shift = await createShift(t.db, opportunity.id);
  return { opportunity, shift };
}

export const programForm = (over: Record<string, string> = {}) => ({
  name: 'Idősbarát program',
  slug: `idosbarat-${randomBytes(3).toString('hex')}`,
  kind: 'other',
  status: 'published',
  summary: 'Látogatás, bevásárlás, beszélgetés idős emberekkel.',
  description: 'Első bekezdés.\n\nMásodik bekezdés.',
  minAge: '',
  inductionQualification: '',
  healthValidMonths: '',
  confidentialityTemplate: '',
  ...over,
});

/** The id at the end of a redirect to a record's page. */
export const idFrom = (location: unknown) => String(location).split('/').pop() as string;

export async function opportunityRow(db: Database, id: string) {
  const [row] = await db.select().from(opportunities).where(eq(opportunities.id, id));
  if (!row) throw new Error('no opportunity');
  return row;
}

export function auditOf(db: Database, entityId: string) {
  return db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.id);
}
