import { eq, type SQL, sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import { stakeholders } from '../../db/schema/index.js';
import { type ListParams, offsetOf } from '../../platform/list-params.js';
import type { StakeholderSort } from './schema.js';

/** The stakeholder as stored (the audit trail's before and after). */
export type StakeholderRecord = typeof stakeholders.$inferSelect;

export type StakeholderValues = Pick<
  StakeholderRecord,
  'kind' | 'name' | 'sortKey' | 'placeId' | 'ownerUserId' | 'tags' | 'notes' | 'contactName' | 'contactEmail' | 'contactPhone' | 'contactLegalBasis'
>;

/** One stakeholder as the lists, the exports and its page show it. */
export type StakeholderRow = StakeholderRecord & {
  centerName: string;
  placeName: string | null;
  placeCounty: string | null;
  ownerFamilyName: string | null;
  ownerGivenName: string | null;
};

/** The centers a query may read: every one, or these. */
export type CenterReach = 'all' | string[];

export const reachWhere = (column: SQL, reach: CenterReach): SQL =>
  reach === 'all' ? sql`true` : reach.length ? sql`${column} = any(${arrayParam(reach, 'uuid')})` : sql`false`;

export type StakeholderFilter = { q?: string; kind?: string; placeId?: number; ownerUserId?: string; tag?: string; centerId?: string };

const rowSelect = sql`select s.*, c.name as "centerName", p.name as "placeName", p.county as "placeCounty",
    u.family_name as "ownerFamilyName", u.given_name as "ownerGivenName"
  from stakeholders s
  join centers c on c.id = s.center_id
  left join places p on p.id = s.place_id
  left join users u on u.id = s.owner_user_id`;

/** The raw rows use snake_case columns; drizzle's select() would camelCase them, queryRows does not. */
type RawRow = Record<string, unknown>;

function toRow(r: RawRow): StakeholderRow {
  return {
    id: r.id as string,
    centerId: r.center_id as string,
    kind: r.kind as string,
    name: r.name as string,
    sortKey: r.sort_key as string,
    placeId: (r.place_id as number | null) ?? null,
    contactName: (r.contact_name as string | null) ?? null,
    contactEmail: (r.contact_email as string | null) ?? null,
    contactPhone: (r.contact_phone as string | null) ?? null,
    contactLegalBasis: (r.contact_legal_basis as string | null) ?? null,
    contactErasedAt: r.contact_erased_at ? new Date(r.contact_erased_at as string) : null,
    ownerUserId: (r.owner_user_id as string | null) ?? null,
    tags: (r.tags as string[] | null) ?? [],
    notes: (r.notes as string | null) ?? null,
    createdBy: (r.created_by as string | null) ?? null,
    createdAt: new Date(r.created_at as string),
    updatedAt: new Date(r.updated_at as string),
    centerName: r.centerName as string,
    placeName: (r.placeName as string | null) ?? null,
    placeCounty: (r.placeCounty as string | null) ?? null,
    ownerFamilyName: (r.ownerFamilyName as string | null) ?? null,
    ownerGivenName: (r.ownerGivenName as string | null) ?? null,
  };
}

function filterWhere(reach: CenterReach, f: StakeholderFilter): SQL {
  const c: SQL[] = [reachWhere(sql`s.center_id`, reach)];
  if (f.centerId) c.push(sql`s.center_id = ${f.centerId}`);
  if (f.q) c.push(sql`strpos(search_fold(s.name), search_fold(${f.q}::text)) > 0`);
  if (f.kind) c.push(sql`s.kind = ${f.kind}`);
  if (f.placeId !== undefined) c.push(sql`s.place_id = ${f.placeId}`);
  if (f.ownerUserId) c.push(sql`s.owner_user_id = ${f.ownerUserId}`);
  if (f.tag) c.push(sql`${f.tag}::text = any(s.tags)`);
  return sql.join(c, sql` and `);
}

const orderBy: Record<StakeholderSort, SQL> = {
  name: sql`s.sort_key collate "C"`,
  kind: sql`s.kind`,
  settlement: sql`p.name collate "C"`,
  updated: sql`s.updated_at`,
};

function orderOf(params: Pick<ListParams<StakeholderSort>, 'sort' | 'dir'>): SQL {
  const dir = params.dir === 'desc' ? sql`desc` : sql`asc`;
  return sql`${orderBy[params.sort]} ${dir} nulls last, s.sort_key collate "C", s.id`;
}

export async function findStakeholders(
  db: Queryable,
  reach: CenterReach,
  f: StakeholderFilter,
  params: ListParams<StakeholderSort>,
): Promise<StakeholderRow[]> {
  const rows = await queryRows<RawRow>(
    db,
    sql`${rowSelect} where ${filterWhere(reach, f)} order by ${orderOf(params)} limit ${params.pageSize} offset ${offsetOf(params)}`,
  );
  return rows.map(toRow);
}

export async function findStakeholdersForExport(db: Queryable, reach: CenterReach, f: StakeholderFilter, params: ListParams<StakeholderSort>, max: number) {
  const rows = await queryRows<RawRow>(db, sql`${rowSelect} where ${filterWhere(reach, f)} order by ${orderOf(params)} limit ${max}`);
  return rows.map(toRow);
}

export async function countStakeholders(db: Queryable, reach: CenterReach, f: StakeholderFilter): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from stakeholders s left join places p on p.id = s.place_id where ${filterWhere(reach, f)}`,
  );
  return row?.n ?? 0;
}

export async function findStakeholderRow(db: Queryable, id: string): Promise<StakeholderRow | undefined> {
  const [row] = await queryRows<RawRow>(db, sql`${rowSelect} where s.id = ${id}`);
  return row ? toRow(row) : undefined;
}

/** The settlements the stakeholders of these centers are in (the list's settlement filter). */
export function findStakeholderPlaces(db: Queryable, reach: CenterReach): Promise<{ id: number; name: string; county: string }[]> {
  return queryRows(
    db,
    sql`select p.id, p.name, p.county from places p
        where exists (select 1 from stakeholders s where s.place_id = p.id and ${reachWhere(sql`s.center_id`, reach)})
        order by p.sort_key collate "C", p.id`,
  );
}

/** The stakeholders of a center by name (the action form's checkboxes), optionally only those whose name has `q`. */
export function findStakeholderChoices(db: Queryable, centerId: string, q = ''): Promise<{ id: string; name: string; kind: string }[]> {
  const byName = q ? sql`and strpos(search_fold(name), search_fold(${q}::text)) > 0` : sql``;
  return queryRows(db, sql`select id, name, kind from stakeholders where center_id = ${centerId} ${byName} order by sort_key collate "C", id limit 500`);
}

export async function findStakeholderCenter(db: Queryable, id: string): Promise<string | undefined> {
  const [row] = await db.select({ centerId: stakeholders.centerId }).from(stakeholders).where(eq(stakeholders.id, id));
  return row?.centerId;
}

export async function lockStakeholder(db: Queryable, id: string): Promise<StakeholderRecord | undefined> {
  const [row] = await db.select().from(stakeholders).where(eq(stakeholders.id, id)).for('update');
  return row;
}

export async function insertStakeholder(db: Queryable, values: StakeholderValues & { centerId: string; createdBy: string | null }): Promise<StakeholderRecord> {
  const [row] = await db.insert(stakeholders).values(values).returning();
  if (!row) throw new Error('stakeholder insert returned nothing');
  return row;
}

export async function updateStakeholderRow(db: Queryable, id: string, values: Partial<StakeholderRecord>): Promise<StakeholderRecord> {
  const [row] = await db
    .update(stakeholders)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(stakeholders.id, id))
    .returning();
  if (!row) throw new Error('stakeholder update returned nothing');
  return row;
}

/** Staff of a center who may own stakeholder relationships (advocacy roles of the center). */
export function findAdvocacyStaff(db: Queryable, centerId: string, roles: readonly string[]): Promise<{ id: string; familyName: string; givenName: string }[]> {
  return queryRows(
    db,
    sql`select u.id, u.family_name as "familyName", u.given_name as "givenName" from users u
        where u.disabled_at is null and u.erased_at is null
          and exists (select 1 from role_grants g where g.user_id = u.id and g.center_id = ${centerId} and g.role = any(${arrayParam(roles, 'text')}))
        order by u.sort_key collate "C", u.id`,
  );
}
