import { eq, type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { advocacyActionStakeholders, advocacyActions } from '../../db/schema/index.js';
import { type ListParams, offsetOf } from '../../platform/list-params.js';
import type { ActionSort } from './schema.js';
import { type CenterReach, reachWhere } from './stakeholders-repo.js';

export type ActionRecord = typeof advocacyActions.$inferSelect;
export type ActionValues = Pick<ActionRecord, 'kind' | 'title' | 'goal' | 'heldOn' | 'placeId' | 'outcome' | 'followUp' | 'followUpOn'>;

/** One action as the lists, the timelines and the exports show it. */
export type ActionRow = {
  id: string;
  centerId: string;
  centerName: string;
  kind: string;
  title: string;
  goal: string;
  heldOn: string;
  placeId: number | null;
  placeName: string | null;
  placeCounty: string | null;
  outcome: string | null;
  followUp: string | null;
  followUpOn: string | null;
  /** The stakeholders' names in Hungarian alphabetical order, comma separated. */
  stakeholderNames: string | null;
};

export type ActionFilter = { kind?: string; from?: string; to?: string; placeId?: number; stakeholderId?: string; followUpDueBy?: string };

const rowSelect = sql`select a.id, a.center_id as "centerId", c.name as "centerName", a.kind, a.title, a.goal,
    to_char(a.held_on, 'YYYY-MM-DD') as "heldOn", a.place_id as "placeId", p.name as "placeName", p.county as "placeCounty",
    a.outcome, a.follow_up as "followUp", to_char(a.follow_up_on, 'YYYY-MM-DD') as "followUpOn",
    (select string_agg(s.name, ', ' order by s.sort_key collate "C") from advocacy_action_stakeholders x
       join stakeholders s on s.id = x.stakeholder_id where x.action_id = a.id) as "stakeholderNames"
  from advocacy_actions a
  join centers c on c.id = a.center_id
  left join places p on p.id = a.place_id`;

function filterWhere(reach: CenterReach, f: ActionFilter): SQL {
  const c: SQL[] = [reachWhere(sql`a.center_id`, reach)];
  if (f.kind) c.push(sql`a.kind = ${f.kind}`);
  if (f.from) c.push(sql`a.held_on >= ${f.from}::date`);
  if (f.to) c.push(sql`a.held_on <= ${f.to}::date`);
  if (f.placeId !== undefined) c.push(sql`a.place_id = ${f.placeId}`);
  if (f.followUpDueBy) c.push(sql`a.follow_up_on <= ${f.followUpDueBy}::date`);
  if (f.stakeholderId) {
    c.push(sql`exists (select 1 from advocacy_action_stakeholders x where x.action_id = a.id and x.stakeholder_id = ${f.stakeholderId})`);
  }
  return sql.join(c, sql` and `);
}

const orderBy: Record<ActionSort, SQL> = {
  day: sql`a.held_on`,
  kind: sql`a.kind`,
  title: sql`a.title`,
  settlement: sql`p.name collate "C"`,
};

function orderOf(params: Pick<ListParams<ActionSort>, 'sort' | 'dir'>): SQL {
  const dir = params.dir === 'desc' ? sql`desc` : sql`asc`;
  return sql`${orderBy[params.sort]} ${dir} nulls last, a.held_on desc, a.created_at desc, a.id`;
}

export function findActions(db: Queryable, reach: CenterReach, f: ActionFilter, params: ListParams<ActionSort>): Promise<ActionRow[]> {
  return queryRows<ActionRow>(
    db,
    sql`${rowSelect} where ${filterWhere(reach, f)} order by ${orderOf(params)} limit ${params.pageSize} offset ${offsetOf(params)}`,
  );
}

export function findActionsForExport(db: Queryable, reach: CenterReach, f: ActionFilter, params: ListParams<ActionSort>, max: number): Promise<ActionRow[]> {
  return queryRows<ActionRow>(db, sql`${rowSelect} where ${filterWhere(reach, f)} order by ${orderOf(params)} limit ${max}`);
}

export async function countActions(db: Queryable, reach: CenterReach, f: ActionFilter): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from advocacy_actions a where ${filterWhere(reach, f)}`);
  return row?.n ?? 0;
}

/** A timeline: the actions (newest first) of a stakeholder or a settlement, at most 200. */
export function findTimeline(db: Queryable, reach: CenterReach, f: ActionFilter): Promise<ActionRow[]> {
  return queryRows<ActionRow>(db, sql`${rowSelect} where ${filterWhere(reach, f)} order by a.held_on desc, a.created_at desc, a.id limit 200`);
}

export async function findActionRow(db: Queryable, id: string): Promise<ActionRow | undefined> {
  const [row] = await queryRows<ActionRow>(db, sql`${rowSelect} where a.id = ${id}`);
  return row;
}

export async function findActionCenter(db: Queryable, id: string): Promise<string | undefined> {
  const [row] = await db.select({ centerId: advocacyActions.centerId }).from(advocacyActions).where(eq(advocacyActions.id, id));
  return row?.centerId;
}

export async function lockAction(db: Queryable, id: string): Promise<ActionRecord | undefined> {
  const [row] = await db.select().from(advocacyActions).where(eq(advocacyActions.id, id)).for('update');
  return row;
}

export async function insertAction(db: Queryable, values: ActionValues & { centerId: string; createdBy: string | null }): Promise<ActionRecord> {
  const [row] = await db.insert(advocacyActions).values(values).returning();
  if (!row) throw new Error('action insert returned nothing');
  return row;
}

export async function updateActionRow(db: Queryable, id: string, values: ActionValues): Promise<ActionRecord> {
  const [row] = await db
    .update(advocacyActions)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(advocacyActions.id, id))
    .returning();
  if (!row) throw new Error('action update returned nothing');
  return row;
}

export async function deleteActionRow(db: Queryable, id: string): Promise<void> {
  await db.delete(advocacyActions).where(eq(advocacyActions.id, id));
}

export async function findStakeholderIdsOf(db: Queryable, actionId: string): Promise<string[]> {
  const rows = await db
    .select({ id: advocacyActionStakeholders.stakeholderId })
    .from(advocacyActionStakeholders)
    .where(eq(advocacyActionStakeholders.actionId, actionId));
  return rows.map((r) => r.id);
}

/** The action's stakeholders by name. */
export function findStakeholdersOf(db: Queryable, actionId: string): Promise<{ id: string; name: string }[]> {
  return queryRows(
    db,
    sql`select s.id, s.name from advocacy_action_stakeholders x join stakeholders s on s.id = x.stakeholder_id
        where x.action_id = ${actionId} order by s.sort_key collate "C", s.id`,
  );
}

/** Replaces the action's stakeholders. */
export async function setActionStakeholders(db: Queryable, actionId: string, stakeholderIds: string[]): Promise<void> {
  await db.delete(advocacyActionStakeholders).where(eq(advocacyActionStakeholders.actionId, actionId));
  if (stakeholderIds.length) await db.insert(advocacyActionStakeholders).values(stakeholderIds.map((stakeholderId) => ({ actionId, stakeholderId })));
}

/** The settlements the actions of these centers took place in (the list's settlement filter). */
export function findActionPlaces(db: Queryable, reach: CenterReach): Promise<{ id: number; name: string; county: string }[]> {
  return queryRows(
    db,
    sql`select p.id, p.name, p.county from places p
        where exists (select 1 from advocacy_actions a where a.place_id = p.id and ${reachWhere(sql`a.center_id`, reach)})
        order by p.sort_key collate "C", p.id`,
  );
}
