import { and, eq, gte, isNotNull, lte } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { ikszAgreements, schoolMembers, schools } from '../../db/schema/index.js';
import type { Actor } from '../../platform/authz.js';
import type { SchoolFacts } from '../../platform/partner-authz.js';

/**
 * The facts a school decision needs (platform/authz.ts `mayActForSchool`, `schoolClassesVisibleTo`):
 * the school's center and the actor's membership. Null when the school does not exist.
 */
export async function loadSchoolFacts(db: Queryable, actor: Actor | null, schoolId: string): Promise<SchoolFacts | null> {
  const [school] = await db.select({ centerId: schools.centerId }).from(schools).where(eq(schools.id, schoolId));
  if (!school) return null;
  if (!actor) return { centerId: school.centerId, membership: null, classNames: [] };
  const [member] = await db
    .select({ role: schoolMembers.role, classNames: schoolMembers.classNames })
    .from(schoolMembers)
    .where(and(eq(schoolMembers.schoolId, schoolId), eq(schoolMembers.userId, actor.userId)));
  return { centerId: school.centerId, membership: member?.role ?? null, classNames: member?.classNames ?? [] };
}

/** The schools the user is a member of, with their role there. */
export async function schoolsOfUser(db: Queryable, userId: string): Promise<{ schoolId: string; name: string; role: string; classNames: string[] }[]> {
  return db
    .select({ schoolId: schools.id, name: schools.name, role: schoolMembers.role, classNames: schoolMembers.classNames })
    .from(schoolMembers)
    .innerJoin(schools, eq(schools.id, schoolMembers.schoolId))
    .where(eq(schoolMembers.userId, userId))
    .orderBy(schools.sortKey);
}

/**
 * True when the school and the host have a cooperation agreement valid on the day: both sides signed
 * and the day falls within its duration (HUNGARY.md §2.2: with an external host and a mentor, a
 * cooperation agreement is required; without one the host cannot accept the school's IKSZ hours).
 */
export async function hasValidAgreement(db: Queryable, schoolId: string, organizationId: string, day: string): Promise<boolean> {
  const [row] = await db
    .select({ id: ikszAgreements.id })
    .from(ikszAgreements)
    .where(
      and(
        eq(ikszAgreements.schoolId, schoolId),
        eq(ikszAgreements.organizationId, organizationId),
        lte(ikszAgreements.startsOn, day),
        gte(ikszAgreements.endsOn, day),
        isNotNull(ikszAgreements.schoolSignedOn),
        isNotNull(ikszAgreements.hostSignedOn),
      ),
    )
    .limit(1);
  return !!row;
}
