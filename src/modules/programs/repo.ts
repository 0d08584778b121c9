import { and, eq, type SQL, sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import { programOpportunities, programPartners, programs } from '../../db/schema/index.js';
import { type ListParams, offsetOf } from '../../platform/list-params.js';
import type { CenterReach } from './policy.js';
import type { PartnerKind, ProgramSort } from './schema.js';

/** The program as stored (the audit trail's before and after). */
export type ProgramRecord = typeof programs.$inferSelect;
export type ProgramValues = Pick<
  ProgramRecord,
  'name' | 'sortKey' | 'kind' | 'status' | 'summary' | 'description' | 'minAge' | 'inductionQualification' | 'healthValidMonths' | 'confidentialityTemplate'
>;

/** One program as the staff list and its pages show it. */
export type ProgramRow = ProgramRecord & { centerName: string; opportunityCount: number; partnerCount: number };

export type ProgramFilter = { q?: string; kind?: string; status?: string };

const reachWhere = (column: SQL, reach: CenterReach): SQL =>
  reach === 'all' ? sql`true` : reach.length ? sql`${column} = any(${arrayParam(reach, 'uuid')})` : sql`false`;

const rowSelect = sql`select p.id, p.center_id as "centerId", p.name, p.sort_key as "sortKey", p.slug, p.kind, p.summary, p.description,
    p.status, p.min_age as "minAge", p.induction_qualification as "inductionQualification",
    p.health_valid_months as "healthValidMonths", p.confidentiality_template as "confidentialityTemplate",
    p.created_by as "createdBy", p.created_at as "createdAt", p.updated_at as "updatedAt", c.name as "centerName",
    (select count(*)::int from program_opportunities po where po.program_id = p.id) as "opportunityCount",
    (select count(*)::int from program_partners pp where pp.program_id = p.id) as "partnerCount"
  from programs p join centers c on c.id = p.center_id`;

function toRow(r: ProgramRow): ProgramRow {
  return { ...r, createdAt: new Date(r.createdAt), updatedAt: new Date(r.updatedAt) };
}

function filterWhere(reach: CenterReach, f: ProgramFilter): SQL {
  const c: SQL[] = [reachWhere(sql`p.center_id`, reach)];
  if (f.q) c.push(sql`strpos(search_fold(p.name), search_fold(${f.q}::text)) > 0`);
  if (f.kind) c.push(sql`p.kind = ${f.kind}`);
  if (f.status) c.push(sql`p.status = ${f.status}`);
  return sql.join(c, sql` and `);
}

const orderBy: Record<ProgramSort, SQL> = {
  name: sql`p.sort_key collate "C"`,
  kind: sql`p.kind`,
  status: sql`p.status`,
  updated: sql`p.updated_at`,
};

function orderOf(params: Pick<ListParams<ProgramSort>, 'sort' | 'dir'>): SQL {
  const dir = params.dir === 'desc' ? sql`desc` : sql`asc`;
  return sql`${orderBy[params.sort]} ${dir}, p.sort_key collate "C", p.id`;
}

export async function findPrograms(db: Queryable, reach: CenterReach, f: ProgramFilter, params: ListParams<ProgramSort>, limit?: number) {
  const page = limit === undefined ? sql`limit ${params.pageSize} offset ${offsetOf(params)}` : sql`limit ${limit}`;
  const rows = await queryRows<ProgramRow>(db, sql`${rowSelect} where ${filterWhere(reach, f)} order by ${orderOf(params)} ${page}`);
  return rows.map(toRow);
}

export async function countPrograms(db: Queryable, reach: CenterReach, f: ProgramFilter): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from programs p where ${filterWhere(reach, f)}`);
  return row?.n ?? 0;
}

export async function findProgramRow(db: Queryable, id: string): Promise<ProgramRow | undefined> {
  const [row] = await queryRows<ProgramRow>(db, sql`${rowSelect} where p.id = ${id}`);
  return row ? toRow(row) : undefined;
}

export async function findProgramCenter(db: Queryable, id: string): Promise<string | undefined> {
  const [row] = await db.select({ centerId: programs.centerId }).from(programs).where(eq(programs.id, id));
  return row?.centerId;
}

export async function lockProgram(db: Queryable, id: string): Promise<ProgramRecord | undefined> {
  const [row] = await db.select().from(programs).where(eq(programs.id, id)).for('update');
  return row;
}

export async function slugTaken(db: Queryable, slug: string): Promise<boolean> {
  const [row] = await db.select({ id: programs.id }).from(programs).where(eq(programs.slug, slug));
  return !!row;
}

export async function insertProgram(db: Queryable, values: ProgramValues & { centerId: string; slug: string; createdBy: string | null }) {
  const [row] = await db.insert(programs).values(values).returning();
  if (!row) throw new Error('program insert returned nothing');
  return row;
}

export async function updateProgramRow(db: Queryable, id: string, values: ProgramValues): Promise<ProgramRecord> {
  const [row] = await db
    .update(programs)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(programs.id, id))
    .returning();
  if (!row) throw new Error('program update returned nothing');
  return row;
}

/** A partner as the program's pages name it. */
export type PartnerRow = { kind: PartnerKind; id: string; name: string };

/** The program's partners (schools, companies, host organizations), each kind in Hungarian order. */
export function findPartners(db: Queryable, programId: string): Promise<PartnerRow[]> {
  return queryRows<PartnerRow>(
    db,
    sql`select pp.partner_kind as kind, pp.partner_id as id, coalesce(s.name, co.name, o.name) as name
        from program_partners pp
        left join schools s on pp.partner_kind = 'school' and s.id = pp.partner_id
        left join companies co on pp.partner_kind = 'company' and co.id = pp.partner_id
        left join organizations o on pp.partner_kind = 'organization' and o.id = pp.partner_id
        where pp.program_id = ${programId} and coalesce(s.id, co.id, o.id) is not null
        order by pp.partner_kind, coalesce(s.sort_key, co.sort_key, o.sort_key) collate "C", pp.partner_id`,
  );
}

/** The schools, companies and host organizations of the center not yet partners of the program. */
export function findPartnerChoices(db: Queryable, centerId: string, programId: string): Promise<PartnerRow[]> {
  const notYet = (kind: PartnerKind, column: SQL) =>
    sql`not exists (select 1 from program_partners pp where pp.program_id = ${programId} and pp.partner_kind = ${kind} and pp.partner_id = ${column})`;
  return queryRows<PartnerRow>(
    db,
    sql`select * from (
          select 'school' as kind, s.id, s.name, s.sort_key from schools s where s.center_id = ${centerId} and ${notYet('school', sql`s.id`)}
          union all
          select 'company', co.id, co.name, co.sort_key from companies co where co.center_id = ${centerId} and ${notYet('company', sql`co.id`)}
          union all
          select 'organization', o.id, o.name, o.sort_key from organizations o
            where o.center_id = ${centerId} and o.status = 'approved' and ${notYet('organization', sql`o.id`)}
        ) x order by kind, sort_key collate "C", id limit 1500`,
  );
}

/** Whether the partner exists in the center (a school, a company, or an approved host organization). */
export async function partnerInCenter(db: Queryable, kind: PartnerKind, id: string, centerId: string): Promise<boolean> {
  const table = { school: sql`schools`, company: sql`companies`, organization: sql`organizations` }[kind];
  const approved = kind === 'organization' ? sql`and status = 'approved'` : sql``;
  const [row] = await queryRows<{ id: string }>(db, sql`select id from ${table} where id = ${id} and center_id = ${centerId} ${approved}`);
  return !!row;
}

export async function insertPartner(db: Queryable, programId: string, kind: PartnerKind, id: string): Promise<boolean> {
  const rows = await db.insert(programPartners).values({ programId, partnerKind: kind, partnerId: id }).onConflictDoNothing().returning();
  return rows.length > 0;
}

export async function deletePartner(db: Queryable, programId: string, kind: PartnerKind, id: string): Promise<boolean> {
  const rows = await db
    .delete(programPartners)
    .where(and(eq(programPartners.programId, programId), eq(programPartners.partnerKind, kind), eq(programPartners.partnerId, id)))
    .returning();
  return rows.length > 0;
}

/** One of the program's opportunities on its staff page. */
export type ProgramOpportunityRow = {
  id: string;
  title: string;
  status: string;
  organizationName: string;
  minAge: number | null;
  addedQualifications: string[];
};

export async function findProgramOpportunities(db: Queryable, programId: string): Promise<ProgramOpportunityRow[]> {
  const rows = await queryRows<ProgramOpportunityRow>(
    db,
    sql`select o.id, o.title, o.status, org.name as "organizationName", o.min_age as "minAge", po.added_qualifications as "addedQualifications"
        from program_opportunities po
        join opportunities o on o.id = po.opportunity_id
        join organizations org on org.id = o.organization_id
        where po.program_id = ${programId}
        order by org.sort_key collate "C", o.title, o.id`,
  );
  return rows;
}

/** The center's opportunities that are still open (not closed or cancelled) and not yet in the program. */
export function findOpportunityChoices(db: Queryable, centerId: string, programId: string): Promise<{ id: string; title: string; organizationName: string }[]> {
  return queryRows(
    db,
    sql`select o.id, o.title, org.name as "organizationName"
        from opportunities o join organizations org on org.id = o.organization_id
        where o.center_id = ${centerId} and o.status in ('draft', 'submitted', 'published')
          and not exists (select 1 from program_opportunities po where po.program_id = ${programId} and po.opportunity_id = o.id)
        order by org.sort_key collate "C", o.title, o.id limit 1500`,
  );
}

export async function opportunityCenter(db: Queryable, opportunityId: string): Promise<string | undefined> {
  const [row] = await queryRows<{ centerId: string }>(db, sql`select center_id as "centerId" from opportunities where id = ${opportunityId}`);
  return row?.centerId;
}

export async function insertProgramOpportunity(db: Queryable, programId: string, opportunityId: string): Promise<boolean> {
  const rows = await db.insert(programOpportunities).values({ programId, opportunityId }).onConflictDoNothing().returning();
  return rows.length > 0;
}

/** Deletes the link and returns what the program had added to the opportunity (undefined: there was no link). */
export async function deleteProgramOpportunity(db: Queryable, programId: string, opportunityId: string): Promise<string[] | undefined> {
  const [row] = await db
    .delete(programOpportunities)
    .where(and(eq(programOpportunities.programId, programId), eq(programOpportunities.opportunityId, opportunityId)))
    .returning({ added: programOpportunities.addedQualifications });
  return row?.added;
}

export async function findProgramOpportunityIds(db: Queryable, programId: string): Promise<string[]> {
  const rows = await db.select({ id: programOpportunities.opportunityId }).from(programOpportunities).where(eq(programOpportunities.programId, programId));
  return rows.map((r) => r.id);
}

/** The qualification names the center's training courses grant (the hospital induction's choices). */
export async function findCourseQualifications(db: Queryable, centerId: string): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`select distinct qualification_name as name from training_courses
        where (center_id = ${centerId} or center_id is null) and qualification_name is not null and status <> 'archived'`,
  );
  return rows.map((r) => r.name);
}
