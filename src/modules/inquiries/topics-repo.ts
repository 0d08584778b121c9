import { eq, isNull, type SQL, sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import { inquiryTopics } from '../../db/schema/index.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';

export type TopicRow = typeof inquiryTopics.$inferSelect;

/**
 * The topics of these centers' lists and the national ones, national first, then in Hungarian
 * alphabetical order; archived ones only when asked (an old inquiry still shows its archived topic).
 */
export function findTopics(db: Queryable, centers: 'all' | string[], options: { archived: boolean }): Promise<TopicRow[]> {
  const ofCenters: SQL = centers === 'all' ? sql`true` : centers.length ? sql`center_id = any(${arrayParam(centers, 'uuid')})` : sql`false`;
  const active = options.archived ? sql`true` : sql`archived_at is null`;
  return queryRows<TopicRow>(
    db,
    sql`select id, center_id as "centerId", name, sort_key as "sortKey", archived_at as "archivedAt", created_at as "createdAt"
        from inquiry_topics
        where (center_id is null or ${ofCenters}) and ${active}
        order by center_id nulls first, sort_key collate "C", id`,
  );
}

export async function findTopic(db: Queryable, id: string): Promise<TopicRow | undefined> {
  const [row] = await db.select().from(inquiryTopics).where(eq(inquiryTopics.id, id));
  return row;
}

export async function lockTopic(db: Queryable, id: string): Promise<TopicRow | undefined> {
  const [row] = await db.select().from(inquiryTopics).where(eq(inquiryTopics.id, id)).for('update');
  return row;
}

/** A topic of the list or of the national list with the same name (letter case aside), other than `exceptId`. */
export async function findNameClash(db: Queryable, centerId: string | null, name: string, exceptId?: string): Promise<boolean> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`select id from inquiry_topics
        where lower(name) = lower(${name}) and (center_id is null or center_id is not distinct from ${centerId}::uuid)
          ${exceptId ? sql`and id <> ${exceptId}::uuid` : sql``}
        limit 1`,
  );
  return row !== undefined;
}

export async function insertTopic(db: Queryable, centerId: string | null, name: string): Promise<TopicRow> {
  const [row] = await db
    .insert(inquiryTopics)
    .values({ centerId, name, sortKey: hungarianSortKey(name) })
    .returning();
  if (!row) throw new Error('topic insert returned nothing');
  return row;
}

export async function updateTopic(db: Queryable, id: string, values: { name?: string; archivedAt?: Date | null }): Promise<TopicRow> {
  const set = values.name === undefined ? values : { ...values, sortKey: hungarianSortKey(values.name) };
  const [row] = await db.update(inquiryTopics).set(set).where(eq(inquiryTopics.id, id)).returning();
  if (!row) throw new Error('topic update returned nothing');
  return row;
}

/** The national topics by name (lower-cased), to load the starter list once. */
export async function nationalTopicNames(db: Queryable): Promise<Set<string>> {
  const rows = await db.select({ name: inquiryTopics.name }).from(inquiryTopics).where(isNull(inquiryTopics.centerId));
  return new Set(rows.map((r) => r.name.toLowerCase()));
}
