import { and, count, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { ikszOccasions, ikszStudents, organizationMembers, organizations } from '../../db/schema/index.js';
import type { Actor } from '../../platform/authz.js';
import { minorsOf } from '../guardians/repo.js';
import { progressOf } from './progress.js';
import { findStudent, minutesByYear, studentIdsOfUser } from './repo.js';
import { nextStepKey } from './views/progress-section.js';

/**
 * The IKSZ sections of the dashboard: the student's progress and next step, a guardian's students'
 * progress, and a host member's occasions waiting for certification. Only links the person may open:
 * /iksz/my (their own), /iksz/students/:id (their linked minor), /organizations/:id/iksz (their organization).
 */
export async function ikszDashboardFor(db: Queryable, actor: Actor, _now: Date) {
  const [ownIds, minors, hostRows] = await Promise.all([
    studentIdsOfUser(db, actor.userId),
    minorsOf(db, actor.userId),
    db
      .select({ organizationId: organizations.id, name: organizations.name, waiting: count(ikszOccasions.id) })
      .from(organizationMembers)
      .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
      .innerJoin(ikszOccasions, and(eq(ikszOccasions.organizationId, organizations.id), eq(ikszOccasions.status, 'logged')))
      .where(eq(organizationMembers.userId, actor.userId))
      .groupBy(organizations.id, organizations.name),
  ]);
  const progressOfStudent = async (id: string) => progressOf(await minutesByYear(db, id));
  const ownId = ownIds[0];
  let student: { accepted: number; nextStep: ReturnType<typeof nextStepKey> } | null = null;
  if (ownId) {
    const [progress, rejected] = await Promise.all([
      progressOfStudent(ownId),
      db
        .select({ n: count() })
        .from(ikszOccasions)
        .where(and(eq(ikszOccasions.studentId, ownId), eq(ikszOccasions.status, 'rejected'))),
    ]);
    student = { accepted: progress.accepted, nextStep: nextStepKey(progress, Number(rejected[0]?.n ?? 0) > 0) };
  }
  const minorIds = minors.map((m) => m.id);
  const minorStudents = minorIds.length ? await db.select({ id: ikszStudents.id }).from(ikszStudents).where(inArray(ikszStudents.volunteerId, minorIds)) : [];
  const children = [];
  for (const { id } of minorStudents) {
    const record = await findStudent(db, id);
    if (!record) continue;
    children.push({ studentId: id, name: `${record.familyName} ${record.givenName}`, accepted: (await progressOfStudent(id)).accepted });
  }
  const hosts = hostRows.map((r) => ({ ...r, waiting: Number(r.waiting) }));
  if (!student && children.length === 0 && hosts.length === 0) return null;
  return { student, children, hosts };
}
export type IkszDashboard = NonNullable<Awaited<ReturnType<typeof ikszDashboardFor>>>;
