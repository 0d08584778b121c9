import { and, eq, type SQL, sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import { ikszGuardianAgreements, ikszStudents, volunteers } from '../../db/schema/index.js';
import { addDays } from '../../platform/budapest-time.js';
import { type ListParams, offsetOf } from '../../platform/list-params.js';
import { schoolYearOf } from '../volunteer-law/school-calendar.js';
import type { StudentSort } from './schema.js';

/** The student as stored (the audit trail's before and after). */
export type StudentRecord = typeof ikszStudents.$inferSelect;

/** One student as the lists, the exports and their page show them; `agreedOn`: this school year's guardian agreement. */
export type StudentRow = {
  id: string;
  schoolId: string;
  volunteerId: string;
  volunteerUserId: string | null;
  volunteerCenterId: string | null;
  familyName: string;
  givenName: string;
  birthDate: string | null;
  email: string | null;
  className: string;
  grade: number;
  track: string;
  exemptReason: string | null;
  exemptNote: string | null;
  leftOn: string | null;
  agreedOn: string | null;
  agreementByGuardian: boolean;
  plannedPlace: string | null;
  plannedTime: string | null;
  linkedGuardians: number;
};

export type StudentFilter = { q?: string; className?: string; grade?: number; agreementMissing?: boolean; status?: 'active' | 'left' | 'exempt' };

/** The classes a query may read: every class of the school, or these. */
export type ClassReach = 'all' | readonly string[];

const classWhere = (reach: ClassReach): SQL =>
  reach === 'all' ? sql`true` : reach.length ? sql`st.class_name = any(${arrayParam([...reach], 'text')})` : sql`false`;

const rowSelect = (schoolYear: string) => sql`select st.id, st.school_id as "schoolId", st.volunteer_id as "volunteerId",
    v.user_id as "volunteerUserId", v.center_id as "volunteerCenterId", v.family_name as "familyName", v.given_name as "givenName",
    v.birth_date::text as "birthDate", v.email, st.class_name as "className", st.grade, st.track,
    st.exempt_reason as "exemptReason", st.exempt_note as "exemptNote", st.left_on::text as "leftOn",
    ga.agreed_on::text as "agreedOn", (ga.guardian_user_id is not null) as "agreementByGuardian",
    ga.planned_place as "plannedPlace", ga.planned_time as "plannedTime",
    (select count(*)::int from guardian_links l
      where l.volunteer_id = v.id and l.confirmed_at is not null and l.revoked_at is null and l.guardian_user_id is not null) as "linkedGuardians"
  from iksz_students st
  join volunteers v on v.id = st.volunteer_id
  left join iksz_guardian_agreements ga on ga.student_id = st.id and ga.school_year = ${schoolYear}`;

function filterWhere(schoolId: string, reach: ClassReach, f: StudentFilter): SQL {
  const c: SQL[] = [sql`st.school_id = ${schoolId}`, classWhere(reach)];
  if (f.q) c.push(sql`strpos(search_fold(v.family_name || ' ' || v.given_name), search_fold(${f.q}::text)) > 0`);
  if (f.className) c.push(sql`st.class_name = ${f.className.toUpperCase()}`);
  if (f.grade !== undefined) c.push(sql`st.grade = ${f.grade}`);
  if (f.agreementMissing) c.push(sql`ga.student_id is null and st.exempt_reason is null and st.left_on is null`);
  if (f.status === 'active') c.push(sql`st.left_on is null`);
  if (f.status === 'left') c.push(sql`st.left_on is not null`);
  if (f.status === 'exempt') c.push(sql`st.exempt_reason is not null`);
  return sql.join(c, sql` and `);
}

const orderBy: Record<StudentSort, SQL> = {
  name: sql`v.sort_key collate "C"`,
  className: sql`st.class_name collate "C"`,
  grade: sql`st.grade`,
};

const orderOf = (params: Pick<ListParams<StudentSort>, 'sort' | 'dir'>) =>
  sql`${orderBy[params.sort]} ${params.dir === 'desc' ? sql`desc` : sql`asc`}, v.sort_key collate "C", st.id`;

export function findStudents(
  db: Queryable,
  schoolId: string,
  reach: ClassReach,
  f: StudentFilter,
  params: ListParams<StudentSort>,
  schoolYear: string,
  limit?: number,
): Promise<StudentRow[]> {
  const page = limit === undefined ? sql`limit ${params.pageSize} offset ${offsetOf(params)}` : sql`limit ${limit}`;
  return queryRows<StudentRow>(db, sql`${rowSelect(schoolYear)} where ${filterWhere(schoolId, reach, f)} order by ${orderOf(params)} ${page}`);
}

export async function countStudents(db: Queryable, schoolId: string, reach: ClassReach, f: StudentFilter, schoolYear: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from iksz_students st join volunteers v on v.id = st.volunteer_id
        left join iksz_guardian_agreements ga on ga.student_id = st.id and ga.school_year = ${schoolYear}
        where ${filterWhere(schoolId, reach, f)}`,
  );
  return row?.n ?? 0;
}

export async function findStudentRow(db: Queryable, studentId: string, schoolYear: string): Promise<StudentRow | undefined> {
  const [row] = await queryRows<StudentRow>(db, sql`${rowSelect(schoolYear)} where st.id = ${studentId}`);
  return row;
}

/** The classes of the school's students (the list's class filter), in order. */
export async function findClassNames(db: Queryable, schoolId: string, reach: ClassReach): Promise<string[]> {
  const rows = await queryRows<{ className: string }>(
    db,
    sql`select distinct st.class_name as "className" from iksz_students st where st.school_id = ${schoolId} and ${classWhere(reach)} order by 1`,
  );
  return rows.map((r) => r.className);
}

/** The agreements that end within 30 days (from today on): flagged on the lists and the dashboard. */
export const expiryWarningDays = 30;

/**
 * The school's figures for its home page and the dashboard, within the classes the actor sees:
 * enrolled (not left) students, exempt ones, those without this school year's guardian agreement
 * (exempt students are not counted as missing anything), agreements ending within 30 days, and
 * occasions the hosts certified that wait for the school's acceptance.
 */
export async function schoolCounts(db: Queryable, schoolId: string, reach: ClassReach, today: string) {
  const year = schoolYearOf(today).label;
  const [row] = await queryRows<{ students: number; exempt: number; withoutAgreement: number; expiring: number; waiting: number }>(
    db,
    sql`select
        (select count(*)::int from iksz_students st where st.school_id = ${schoolId} and st.left_on is null and ${classWhere(reach)}) as students,
        (select count(*)::int from iksz_students st where st.school_id = ${schoolId} and st.left_on is null and st.exempt_reason is not null and ${classWhere(reach)}) as exempt,
        (select count(*)::int from iksz_students st
          where st.school_id = ${schoolId} and st.left_on is null and st.exempt_reason is null and ${classWhere(reach)}
            and not exists (select 1 from iksz_guardian_agreements ga where ga.student_id = st.id and ga.school_year = ${year})) as "withoutAgreement",
        (select count(*)::int from iksz_agreements a
          where a.school_id = ${schoolId} and a.ends_on >= ${today} and a.ends_on <= ${addDays(today, expiryWarningDays)}) as expiring,
        (select count(*)::int from iksz_occasions o join iksz_students st on st.id = o.student_id
          where o.school_id = ${schoolId} and o.status = 'certified' and ${classWhere(reach)}) as waiting`,
  );
  return { schoolYear: year, ...(row ?? { students: 0, exempt: 0, withoutAgreement: 0, expiring: 0, waiting: 0 }) };
}
export type SchoolCounts = Awaited<ReturnType<typeof schoolCounts>>;

/** A volunteer profile by the e-mail of its account. */
export async function findVolunteerByAccountEmail(
  db: Queryable,
  email: string,
): Promise<{ id: string; centerId: string | null; familyName: string; givenName: string } | undefined> {
  const [row] = await queryRows<{ id: string; centerId: string | null; familyName: string; givenName: string }>(
    db,
    sql`select v.id, v.center_id as "centerId", v.family_name as "familyName", v.given_name as "givenName"
        from volunteers v join users u on u.id = v.user_id
        where lower(u.email) = ${email.toLowerCase()} and v.erased_at is null and u.erased_at is null`,
  );
  return row;
}

export async function studentIdOf(db: Queryable, schoolId: string, volunteerId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: ikszStudents.id })
    .from(ikszStudents)
    .where(and(eq(ikszStudents.schoolId, schoolId), eq(ikszStudents.volunteerId, volunteerId)));
  return row?.id;
}

export async function insertVolunteerProfile(db: Queryable, values: typeof volunteers.$inferInsert): Promise<{ id: string }> {
  const [row] = await db.insert(volunteers).values(values).returning({ id: volunteers.id });
  if (!row) throw new Error('volunteer insert returned nothing');
  return row;
}

export async function insertStudent(db: Queryable, values: typeof ikszStudents.$inferInsert): Promise<StudentRecord> {
  const [row] = await db.insert(ikszStudents).values(values).returning();
  if (!row) throw new Error('student insert returned nothing');
  return row;
}

export async function lockStudent(db: Queryable, studentId: string): Promise<StudentRecord | undefined> {
  const [row] = await db.select().from(ikszStudents).where(eq(ikszStudents.id, studentId)).for('update');
  return row;
}

export async function updateStudentRow(db: Queryable, studentId: string, values: Partial<StudentRecord>): Promise<StudentRecord> {
  const [row] = await db
    .update(ikszStudents)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(ikszStudents.id, studentId))
    .returning();
  if (!row) throw new Error('student update returned nothing');
  return row;
}

/** The school and the student's volunteer of a student (null: no such student). */
export async function findStudentTenancy(db: Queryable, studentId: string): Promise<{ schoolId: string; volunteerId: string } | undefined> {
  const [row] = await db
    .select({ schoolId: ikszStudents.schoolId, volunteerId: ikszStudents.volunteerId })
    .from(ikszStudents)
    .where(eq(ikszStudents.id, studentId));
  return row;
}

/** The accounts of the volunteer's linked guardians: confirmed and not revoked (guardian_links). */
export async function linkedGuardianIds(db: Queryable, volunteerId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select guardian_user_id as id from guardian_links
        where volunteer_id = ${volunteerId} and confirmed_at is not null and revoked_at is null and guardian_user_id is not null`,
  );
  return rows.map((r) => r.id);
}

export async function findGuardianAgreement(db: Queryable, studentId: string, schoolYear: string) {
  const [row] = await db
    .select()
    .from(ikszGuardianAgreements)
    .where(and(eq(ikszGuardianAgreements.studentId, studentId), eq(ikszGuardianAgreements.schoolYear, schoolYear)));
  return row;
}

/** Records (or replaces) the school year's application form; returns the row as it is now. */
export async function upsertGuardianAgreement(db: Queryable, values: typeof ikszGuardianAgreements.$inferInsert) {
  const { studentId: _s, schoolYear: _y, ...rest } = values;
  const [row] = await db
    .insert(ikszGuardianAgreements)
    .values(values)
    .onConflictDoUpdate({ target: [ikszGuardianAgreements.studentId, ikszGuardianAgreements.schoolYear], set: rest })
    .returning();
  if (!row) throw new Error('guardian agreement upsert returned nothing');
  return row;
}
