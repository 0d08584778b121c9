import { sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import type { Actor } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { schoolYearOf } from '../volunteer-law/school-calendar.js';
import { schoolsOfUser } from './facts.js';
import { type SchoolCounts, schoolCounts } from './students-repo.js';

export type SchoolDashboardEntry = { schoolId: string; name: string; role: string; classNames: string[]; counts: SchoolCounts };
export type GuardianStudent = { studentId: string; familyName: string; givenName: string; schoolName: string; agreed: boolean };

/**
 * The dashboard's school section: for each school the user is a member of, the figures of the classes
 * they see (a coordinator: all; a class teacher: their classes), and for a guardian the IKSZ students
 * among their linked minors with this school year's agreement. Null when there is nothing to show.
 */
export async function schoolDashboardFor(db: Queryable, actor: Actor, now: Date) {
  const today = budapestDay(now);
  const memberships = await schoolsOfUser(db, actor.userId);
  const schools: SchoolDashboardEntry[] = await Promise.all(
    memberships.map(async (m) => ({
      ...m,
      counts: await schoolCounts(db, m.schoolId, m.role === 'coordinator' ? 'all' : m.classNames, today),
    })),
  );
  const year = schoolYearOf(today).label;
  const guardianStudents = await queryRows<GuardianStudent>(
    db,
    sql`select st.id as "studentId", v.family_name as "familyName", v.given_name as "givenName", s.name as "schoolName",
          exists (select 1 from iksz_guardian_agreements ga where ga.student_id = st.id and ga.school_year = ${year}) as agreed
        from guardian_links l
        join volunteers v on v.id = l.volunteer_id
        join iksz_students st on st.volunteer_id = v.id and st.left_on is null
        join schools s on s.id = st.school_id
        where l.guardian_user_id = ${actor.userId} and l.confirmed_at is not null and l.revoked_at is null
        order by v.sort_key collate "C", st.id`,
  );
  if (schools.length === 0 && guardianStudents.length === 0) return null;
  return { schoolYear: year, schools, guardianStudents };
}
export type SchoolDashboard = NonNullable<Awaited<ReturnType<typeof schoolDashboardFor>>>;
