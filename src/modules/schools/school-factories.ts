import type { Database } from '../../db/database.js';
import { ikszAgreements, ikszGuardianAgreements, ikszStudents, schoolMembers, schools } from '../../db/schema/index.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { createVolunteer } from '../../test-support/brokering-factories.js';
import { placeByName } from '../../test-support/factories.js';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;
/** OM ids are unique: a random start, then consecutive, so a file's many schools never collide. */
const omStart = Math.floor(Math.random() * 900_000);
let omCounter = 0;
const nextOmId = () => String(100_000 + ((omStart + omCounter++) % 900_000));

/** Test factories of schools, their members, IKSZ students and cooperation agreements (issue 16). */
export async function createSchool(db: Database, centerId: string, attrs: Partial<typeof schools.$inferInsert> & { seat?: string } = {}) {
  const { seat = 'Kecskemét', ...rest } = attrs;
  const place = await placeByName(db, seat);
  const name = rest.name ?? `Teszt Gimnázium ${unique()}`;
  const omId = rest.omId ?? nextOmId();
  const [row] = await db
    .insert(schools)
    .values({ centerId, placeId: place.id, ...rest, name, omId, sortKey: hungarianSortKey(name) })
    .returning();
  return row as typeof schools.$inferSelect;
}

export async function addSchoolMember(db: Database, schoolId: string, userId: string, role: 'coordinator' | 'class_teacher', classNames: string[] = []) {
  await db.insert(schoolMembers).values({ schoolId, userId, role, classNames });
}

/** A student: a volunteer (15 years old unless a birth date is given) enrolled in the school's class. */
export async function createStudent(
  db: Database,
  school: { id: string; centerId: string },
  attrs: { className?: string; grade?: number; birthDate?: string; userId?: string | null; exemptReason?: string | null; homePlace?: string } = {},
) {
  const volunteer = await createVolunteer(db, {
    centerId: school.centerId,
    birthDate: attrs.birthDate ?? '2011-03-01',
    userId: attrs.userId ?? null,
    guardianConsentAt: new Date(),
    ...(attrs.homePlace ? { homePlace: attrs.homePlace } : {}),
  });
  const [student] = await db
    .insert(ikszStudents)
    .values({
      schoolId: school.id,
      volunteerId: volunteer.id,
      className: attrs.className ?? '10.A',
      grade: attrs.grade ?? 10,
      exemptReason: attrs.exemptReason ?? null,
    })
    .returning();
  return { volunteer, student: student as typeof ikszStudents.$inferSelect };
}

export async function recordGuardianAgreement(db: Database, studentId: string, schoolYear: string, agreedOn = '2026-09-01') {
  await db.insert(ikszGuardianAgreements).values({ studentId, schoolYear, agreedOn });
}

/** A cooperation agreement signed by both sides, valid from `startsOn` to `endsOn`. */
export async function createAgreement(db: Database, schoolId: string, organizationId: string, attrs: Partial<typeof ikszAgreements.$inferInsert> = {}) {
  const [row] = await db
    .insert(ikszAgreements)
    .values({
      schoolId,
      organizationId,
      startsOn: '2026-09-01',
      endsOn: '2027-08-31',
      mentorName: 'Mentor Márta',
      mentorTasks: 'A diákok fogadása és felügyelete.',
      areas: ['b'],
      body: 'Együttműködési megállapodás (teszt).',
      schoolSignedOn: '2026-09-01',
      hostSignedOn: '2026-09-02',
      ...attrs,
    })
    .returning();
  return row as typeof ikszAgreements.$inferSelect;
}
