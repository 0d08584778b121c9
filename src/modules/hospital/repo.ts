import { and, eq, sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import { centers, programConfidentialityDeclarations, programs, users, volunteerQualifications, volunteers } from '../../db/schema/index.js';
import type { ListParams } from '../../platform/list-params.js';

/** A hospital program as the pages and the rules need it. */
export type HospitalProgram = {
  id: string;
  centerId: string;
  centerName: string;
  name: string;
  slug: string;
  kind: string;
  status: string;
  minAge: number | null;
  inductionQualification: string | null;
  healthValidMonths: number | null;
  confidentialityTemplate: string | null;
};

const programColumns = {
  id: programs.id,
  centerId: programs.centerId,
  centerName: centers.name,
  name: programs.name,
  slug: programs.slug,
  kind: programs.kind,
  status: programs.status,
  minAge: programs.minAge,
  inductionQualification: programs.inductionQualification,
  healthValidMonths: programs.healthValidMonths,
  confidentialityTemplate: programs.confidentialityTemplate,
};

/** A program of kind 'hospital' (any other program is not this module's). */
export async function findHospitalProgram(db: Queryable, id: string): Promise<HospitalProgram | undefined> {
  const [row] = await db
    .select(programColumns)
    .from(programs)
    .innerJoin(centers, eq(centers.id, programs.centerId))
    .where(and(eq(programs.id, id), eq(programs.kind, 'hospital')))
    .limit(1);
  return row;
}

/** The hospital programs of these centers ('all': every one), by name: the staff dashboard's. */
export async function hospitalProgramsOfCenters(db: Queryable, reach: 'all' | string[]): Promise<HospitalProgram[]> {
  if (reach !== 'all' && reach.length === 0) return [];
  const inReach = reach === 'all' ? sql`true` : sql`${programs.centerId} = any(${arrayParam(reach, 'uuid')})`;
  return db
    .select(programColumns)
    .from(programs)
    .innerJoin(centers, eq(centers.id, programs.centerId))
    .where(and(eq(programs.kind, 'hospital'), sql`${programs.status} <> 'closed'`, inReach))
    .orderBy(sql`${programs.sortKey} collate "C"`, programs.id)
    .limit(50);
}

/**
 * The program's volunteers: those with an application to one of its opportunities, a roster
 * sign-up on one of its wards, or one of its qualifications (`names`).
 */
function programVolunteerCondition(programId: string, names: readonly string[]) {
  return sql`(
    exists (select 1 from applications a join program_opportunities po on po.opportunity_id = a.opportunity_id
            where a.volunteer_id = v.id and po.program_id = ${programId})
    or exists (select 1 from ward_roster_signups s join ward_roster_slots sl on sl.id = s.slot_id join wards w on w.id = sl.ward_id
               where s.volunteer_id = v.id and w.program_id = ${programId})
    or exists (select 1 from volunteer_qualifications q where q.volunteer_id = v.id and q.name = any(${arrayParam(names, 'text')}))
  )`;
}

export type ProgramVolunteerRow = { id: string; familyName: string; givenName: string; email: string | null; birthDate: string | null };

export const programVolunteerSorts = ['name'] as const;
export type ProgramVolunteerSort = (typeof programVolunteerSorts)[number];

export async function findProgramVolunteers(
  db: Queryable,
  programId: string,
  names: readonly string[],
  params: Pick<ListParams<ProgramVolunteerSort>, 'dir'>,
  page: { limit: number; offset: number },
): Promise<ProgramVolunteerRow[]> {
  const dir = params.dir === 'desc' ? sql`desc` : sql`asc`;
  return queryRows<ProgramVolunteerRow>(
    db,
    sql`select v.id, v.family_name as "familyName", v.given_name as "givenName", v.email, v.birth_date::text as "birthDate"
        from volunteers v
        where v.erased_at is null and ${programVolunteerCondition(programId, names)}
        order by v.sort_key collate "C" ${dir}, v.id
        limit ${page.limit} offset ${page.offset}`,
  );
}

export async function countProgramVolunteers(db: Queryable, programId: string, names: readonly string[]): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from volunteers v where v.erased_at is null and ${programVolunteerCondition(programId, names)}`,
  );
  return row?.n ?? 0;
}

export async function isProgramVolunteer(db: Queryable, programId: string, names: readonly string[], volunteerId: string): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select v.id from volunteers v where v.id = ${volunteerId} and v.erased_at is null and ${programVolunteerCondition(programId, names)}`,
  );
  return rows.length > 0;
}

export type HeldQualification = { id: string; volunteerId: string; name: string; validUntil: string | null };

/** The qualifications these volunteers hold (all of them: the eligibility check compares names its own way). */
export async function qualificationsOfVolunteers(db: Queryable, volunteerIds: readonly string[]): Promise<HeldQualification[]> {
  if (volunteerIds.length === 0) return [];
  return db
    .select({
      id: volunteerQualifications.id,
      volunteerId: volunteerQualifications.volunteerId,
      name: volunteerQualifications.name,
      validUntil: volunteerQualifications.validUntil,
    })
    .from(volunteerQualifications)
    .where(sql`${volunteerQualifications.volunteerId} = any(${arrayParam(volunteerIds, 'uuid')})`);
}

/** A volunteer with what the eligibility check and the declaration need. */
export async function findVolunteerFacts(db: Queryable, id: string) {
  const [row] = await db
    .select({
      id: volunteers.id,
      userId: volunteers.userId,
      centerId: volunteers.centerId,
      familyName: volunteers.familyName,
      givenName: volunteers.givenName,
      birthDate: volunteers.birthDate,
      guardianConsentAt: volunteers.guardianConsentAt,
      healthStatus: volunteers.healthStatus,
      healthCheckedAt: volunteers.healthCheckedAt,
      healthCheckedBy: volunteers.healthCheckedBy,
      conductStatus: volunteers.conductStatus,
      erasedAt: volunteers.erasedAt,
    })
    .from(volunteers)
    .where(eq(volunteers.id, id))
    .limit(1);
  return row;
}
export type VolunteerFacts = NonNullable<Awaited<ReturnType<typeof findVolunteerFacts>>>;

/** The volunteer profile of an account (a volunteer acting for themself). */
export async function volunteerIdOfUser(db: Queryable, userId: string): Promise<string | undefined> {
  const [row] = await db.select({ id: volunteers.id }).from(volunteers).where(eq(volunteers.userId, userId)).limit(1);
  return row?.id;
}

/** Locks the volunteer row for a change of its health status. */
export async function lockVolunteerRow(tx: Queryable, id: string): Promise<void> {
  await tx.execute(sql`select id from volunteers where id = ${id} for update`);
}

/** Removes the volunteer's qualifications of this name (returns what was removed, for the audit). */
export async function deleteQualificationsNamed(tx: Queryable, volunteerId: string, name: string) {
  return tx
    .delete(volunteerQualifications)
    .where(and(eq(volunteerQualifications.volunteerId, volunteerId), eq(volunteerQualifications.name, name)))
    .returning();
}

export async function insertQualification(tx: Queryable, values: typeof volunteerQualifications.$inferInsert) {
  const [row] = await tx.insert(volunteerQualifications).values(values).returning();
  if (!row) throw new Error('qualification insert returned nothing');
  return row;
}

export async function findDeclaration(db: Queryable, programId: string, volunteerId: string) {
  const [row] = await db
    .select()
    .from(programConfidentialityDeclarations)
    .where(and(eq(programConfidentialityDeclarations.programId, programId), eq(programConfidentialityDeclarations.volunteerId, volunteerId)))
    .limit(1);
  return row;
}

export async function upsertDeclaration(tx: Queryable, values: typeof programConfidentialityDeclarations.$inferInsert) {
  const [row] = await tx
    .insert(programConfidentialityDeclarations)
    .values(values)
    .onConflictDoUpdate({
      target: [programConfidentialityDeclarations.programId, programConfidentialityDeclarations.volunteerId],
      set: { signedOn: values.signedOn, qualificationId: values.qualificationId, recordedBy: values.recordedBy },
    })
    .returning();
  if (!row) throw new Error('declaration upsert returned nothing');
  return row;
}

export async function deleteDeclaration(tx: Queryable, id: string) {
  await tx.delete(programConfidentialityDeclarations).where(eq(programConfidentialityDeclarations.id, id));
}

export async function deleteQualificationById(tx: Queryable, id: string) {
  await tx.delete(volunteerQualifications).where(eq(volunteerQualifications.id, id));
}

/** Display names of users (who recorded a check), family name first. */
export async function userName(db: Queryable, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await db.select({ familyName: users.familyName, givenName: users.givenName }).from(users).where(eq(users.id, id)).limit(1);
  return row ? `${row.familyName} ${row.givenName}` : null;
}

/** Volunteers (not erased) with this e-mail address, newest first. */
export async function volunteerIdsByEmail(db: Queryable, email: string): Promise<string[]> {
  const rows = await db
    .select({ id: volunteers.id })
    .from(volunteers)
    .where(and(sql`lower(${volunteers.email}) = ${email.toLowerCase()}`, sql`${volunteers.erasedAt} is null`))
    .orderBy(sql`${volunteers.createdAt} desc`)
    .limit(5);
  return rows.map((r) => r.id);
}

/** Hospital programs (not closed) in which the volunteer holds one of the program's own qualifications (declaration, health check). */
export async function hospitalProgramsOfVolunteer(db: Queryable, volunteerId: string): Promise<HospitalProgram[]> {
  return db
    .select(programColumns)
    .from(programs)
    .innerJoin(centers, eq(centers.id, programs.centerId))
    .where(
      and(
        eq(programs.kind, 'hospital'),
        sql`${programs.status} <> 'closed'`,
        sql`exists (select 1 from volunteer_qualifications q where q.volunteer_id = ${volunteerId}
                    and q.name in ('Titoktartási nyilatkozat (' || ${programs.slug} || ')', 'Egészségügyi alkalmasság (' || ${programs.slug} || ')'))`,
      ),
    )
    .orderBy(sql`${programs.sortKey} collate "C"`, programs.id)
    .limit(20);
}

/**
 * How many volunteers hold one of these requirements (by name) whose best validity ends between
 * `from` and `until` (within the warning window, not yet expired).
 */
export async function countExpiringHolders(db: Queryable, names: readonly string[], from: string, until: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(distinct volunteer_id)::int as n from (
          select q.volunteer_id from volunteer_qualifications q join volunteers v on v.id = q.volunteer_id
          where q.name = any(${arrayParam(names, 'text')}) and v.erased_at is null
          group by q.volunteer_id, q.name
          having bool_and(q.valid_until is not null) and max(q.valid_until) between ${from}::date and ${until}::date
        ) x`,
  );
  return row?.n ?? 0;
}
