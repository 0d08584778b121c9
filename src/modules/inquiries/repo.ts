import { eq, type SQL, sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import { inquiries, inquiryArticles, inquiryTopicLinks } from '../../db/schema/index.js';
import type { InquiryReach } from './policy.js';
import { type InquirySort, inquiryChannels, inquiryStatuses } from './schema.js';

/** The inquiry as stored (for the audit trail's before and after, taken under a row lock). */
export type InquiryRecord = typeof inquiries.$inferSelect;

/** What a save writes: the form's fields as the service resolved them. */
export type InquiryValues = Pick<
  InquiryRecord,
  | 'pointId'
  | 'channel'
  | 'askerKind'
  | 'askerName'
  | 'askerOrganization'
  | 'askerEmail'
  | 'askerPhone'
  | 'question'
  | 'answer'
  | 'answerByEmail'
  | 'status'
  | 'staffUserId'
  | 'followUpOn'
  | 'followUpDoneAt'
  | 'receivedAt'
>;

/** One inquiry as the lists, the exports and the inquiry page show it. */
export type InquiryRow = {
  id: string;
  centerId: string;
  centerName: string;
  pointId: string | null;
  pointName: string | null;
  channel: string;
  status: string;
  askerKind: string;
  askerName: string | null;
  askerOrganization: string | null;
  askerEmail: string | null;
  askerPhone: string | null;
  question: string;
  answer: string | null;
  answerByEmail: boolean;
  answerSentAt: Date | null;
  receivedAt: Date;
  followUpOn: string | null;
  followUpDoneAt: Date | null;
  staffUserId: string | null;
  staffFamilyName: string | null;
  staffGivenName: string | null;
  /** The topics' names in Hungarian alphabetical order, comma separated. */
  topics: string | null;
  volunteerId: string | null;
  volunteerName: string | null;
  organizationId: string | null;
  organizationName: string | null;
};

/** The list filters as the query reads them (days already turned into instants). */
export type InquiryFilter = {
  q?: string;
  channel?: string;
  status?: string;
  topicId?: string;
  centerId?: string;
  /** A point, or 'none' for the inquiries the center itself logged. */
  pointId?: string;
  staffUserId?: string;
  receivedFrom?: Date;
  receivedBefore?: Date;
  /** Only follow-ups due on or before this calendar day and not done. */
  dueBy?: string;
};

export async function insertInquiry(db: Queryable, values: InquiryValues & { centerId: string; createdBy: string | null }): Promise<InquiryRecord> {
  const [row] = await db.insert(inquiries).values(values).returning();
  if (!row) throw new Error('inquiry insert returned nothing');
  return row;
}

export async function updateInquiryRow(db: Queryable, id: string, values: Partial<InquiryRecord>): Promise<InquiryRecord> {
  const [row] = await db
    .update(inquiries)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(inquiries.id, id))
    .returning();
  if (!row) throw new Error('inquiry update returned nothing');
  return row;
}

export async function lockInquiry(db: Queryable, id: string): Promise<InquiryRecord | undefined> {
  const [row] = await db.select().from(inquiries).where(eq(inquiries.id, id)).for('update');
  return row;
}

/** The tenant of an inquiry (to decide who may see it before anything else is read). */
export async function findInquiryTenant(db: Queryable, id: string): Promise<{ centerId: string; pointId: string | null } | undefined> {
  const [row] = await db.select({ centerId: inquiries.centerId, pointId: inquiries.pointId }).from(inquiries).where(eq(inquiries.id, id));
  return row;
}

/** Replaces the inquiry's topics. */
export async function setTopicLinks(db: Queryable, inquiryId: string, topicIds: string[]): Promise<void> {
  await db.delete(inquiryTopicLinks).where(eq(inquiryTopicLinks.inquiryId, inquiryId));
  if (topicIds.length) await db.insert(inquiryTopicLinks).values(topicIds.map((topicId) => ({ inquiryId, topicId })));
}

/** Replaces the knowledge-base articles the answer points to. */
export async function setArticleLinks(db: Queryable, inquiryId: string, articleIds: string[]): Promise<void> {
  await db.delete(inquiryArticles).where(eq(inquiryArticles.inquiryId, inquiryId));
  if (articleIds.length) await db.insert(inquiryArticles).values(articleIds.map((articleId) => ({ inquiryId, articleId })));
}

export async function findTopicIdsOf(db: Queryable, inquiryId: string): Promise<string[]> {
  const rows = await db.select({ id: inquiryTopicLinks.topicId }).from(inquiryTopicLinks).where(eq(inquiryTopicLinks.inquiryId, inquiryId));
  return rows.map((r) => r.id);
}

export type LinkedArticle = { id: string; slug: string; title: string | null };

/** The linked articles with their public title (none while an article is not published). */
export function findArticlesOf(db: Queryable, inquiryId: string): Promise<LinkedArticle[]> {
  return queryRows<LinkedArticle>(
    db,
    sql`select a.id, a.slug, v.title
        from inquiry_articles l
        join knowledge_articles a on a.id = l.article_id
        left join knowledge_article_versions v on v.article_id = a.id and v.version = a.published_version
        where l.inquiry_id = ${inquiryId}
        order by v.sort_key collate "C" nulls last, a.slug`,
  );
}

/** The published articles with these addresses (an answer points only to what the public can read). */
export function findPublishedArticles(db: Queryable, slugs: string[]): Promise<LinkedArticle[]> {
  if (slugs.length === 0) return Promise.resolve([]);
  return queryRows<LinkedArticle>(
    db,
    sql`select a.id, a.slug, v.title
        from knowledge_articles a
        join knowledge_article_versions v on v.article_id = a.id and v.version = a.published_version
        where a.slug = any(${arrayParam(slugs, 'text')})`,
  );
}

/**
 * The inquiries in reach. One center is an equality, so the planner reads its (center_id,
 * received_at) index in order; a point is read within its center, through the same index.
 */
function reachWhere(reach: InquiryReach): SQL {
  if (reach.centers === 'all') return sql`true`;
  const parts: SQL[] = [];
  const [only] = reach.centers;
  if (reach.centers.length === 1 && only) parts.push(sql`i.center_id = ${only}::uuid`);
  else if (reach.centers.length) parts.push(sql`i.center_id = any(${arrayParam(reach.centers, 'uuid')})`);
  for (const p of reach.points) {
    parts.push(p.centerId ? sql`(i.center_id = ${p.centerId}::uuid and i.point_id = ${p.pointId}::uuid)` : sql`i.point_id = ${p.pointId}::uuid`);
  }
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

/** Accent- and case-blind: a part of the asker's name, organization, e-mail or phone, of the question or of the answer. */
function searchWhere(q: string): SQL {
  const text = sql`concat_ws(' ', i.asker_name, i.asker_organization, i.asker_email, i.asker_phone, i.question, i.answer)`;
  return sql`strpos(search_fold(${text}), search_fold(${q}::text)) > 0`;
}

/** The condition on `inquiries i` of the inquiries in reach that pass the filter (also the statistics'). */
export function filterWhere(reach: InquiryReach, f: InquiryFilter): SQL {
  const c: SQL[] = [reachWhere(reach)];
  if (f.q) c.push(searchWhere(f.q));
  if (f.channel) c.push(sql`i.channel = ${f.channel}`);
  if (f.status) c.push(sql`i.status = ${f.status}`);
  if (f.topicId) c.push(sql`exists (select 1 from inquiry_topic_links l where l.inquiry_id = i.id and l.topic_id = ${f.topicId}::uuid)`);
  if (f.centerId) c.push(sql`i.center_id = ${f.centerId}::uuid`);
  if (f.pointId === 'none') c.push(sql`i.point_id is null`);
  else if (f.pointId) c.push(sql`i.point_id = ${f.pointId}::uuid`);
  if (f.staffUserId) c.push(sql`i.staff_user_id = ${f.staffUserId}::uuid`);
  if (f.receivedFrom) c.push(sql`i.received_at >= ${f.receivedFrom.toISOString()}::timestamptz`);
  if (f.receivedBefore) c.push(sql`i.received_at < ${f.receivedBefore.toISOString()}::timestamptz`);
  if (f.dueBy) c.push(sql`i.follow_up_on <= ${f.dueBy}::date and i.follow_up_done_at is null`);
  return sql.join(c, sql` and `);
}

const listed = (values: readonly string[]) => sql.raw(`array[${values.map((v) => `'${v}'`).join(', ')}]`);

function orderOf(sort: InquirySort, dir: 'asc' | 'desc'): SQL {
  const d = sql.raw(dir);
  const newest = sql`i.received_at desc, i.id desc`;
  // Sort keys in the "C" collation are Hungarian alphabetical order on both engines (ADR 005).
  if (sort === 'status') return sql`array_position(${listed(inquiryStatuses)}, i.status) ${d}, ${newest}`;
  if (sort === 'channel') return sql`array_position(${listed(inquiryChannels)}, i.channel) ${d}, ${newest}`;
  if (sort === 'point') return sql`p.sort_key collate "C" ${d} nulls first, ${newest}`;
  if (sort === 'staff') return sql`u.sort_key collate "C" ${d} nulls last, ${newest}`;
  if (sort === 'followUp') return sql`i.follow_up_on ${d} nulls last, i.received_at, i.id`;
  return sql`i.received_at ${d}, i.id ${d}`;
}

const rowColumns = sql`i.id, i.center_id as "centerId", c.name as "centerName", i.point_id as "pointId", p.name as "pointName",
  i.channel, i.status, i.asker_kind as "askerKind", i.asker_name as "askerName", i.asker_organization as "askerOrganization",
  i.asker_email as "askerEmail", i.asker_phone as "askerPhone", i.question, i.answer, i.answer_by_email as "answerByEmail",
  i.answer_sent_at as "answerSentAt", i.received_at as "receivedAt", i.follow_up_on::text as "followUpOn",
  i.follow_up_done_at as "followUpDoneAt", i.staff_user_id as "staffUserId", u.family_name as "staffFamilyName",
  u.given_name as "staffGivenName",
  (select string_agg(t.name, ', ' order by t.sort_key collate "C") from inquiry_topic_links l
     join inquiry_topics t on t.id = l.topic_id where l.inquiry_id = i.id) as topics,
  i.volunteer_id as "volunteerId", case when v.id is null then null else v.family_name || ' ' || v.given_name end as "volunteerName",
  i.organization_id as "organizationId", o.name as "organizationName"`;

const rowJoins = sql`join centers c on c.id = i.center_id
  left join points p on p.id = i.point_id
  left join users u on u.id = i.staff_user_id
  left join volunteers v on v.id = i.volunteer_id
  left join organizations o on o.id = i.organization_id`;

type RawRow = Omit<InquiryRow, 'receivedAt' | 'answerSentAt' | 'followUpDoneAt'> & {
  receivedAt: Date | string;
  answerSentAt: Date | string | null;
  followUpDoneAt: Date | string | null;
};

const instant = (v: Date | string | null) => (v === null ? null : new Date(v));

function asRow({ receivedAt, answerSentAt, followUpDoneAt, ...rest }: RawRow): InquiryRow {
  return { ...rest, receivedAt: new Date(receivedAt), answerSentAt: instant(answerSentAt), followUpDoneAt: instant(followUpDoneAt) };
}

/** One page of the inquiries within reach, with the total counted in the same pass (undefined past the last page). */
export async function findInquiries(
  db: Queryable,
  reach: InquiryReach,
  filter: InquiryFilter,
  order: { sort: InquirySort; dir: 'asc' | 'desc' },
  page: { limit: number; offset: number },
): Promise<{ rows: InquiryRow[]; total: number | undefined }> {
  const rows = await queryRows<RawRow & { total: number | string }>(
    db,
    sql`select ${rowColumns}, count(*) over () as total
        from inquiries i ${rowJoins}
        where ${filterWhere(reach, filter)}
        order by ${orderOf(order.sort, order.dir)}
        limit ${page.limit} offset ${page.offset}`,
  );
  const total = rows[0] === undefined ? undefined : Number(rows[0].total);
  return { rows: rows.map(({ total: _total, ...row }) => asRow(row)), total };
}

export async function countInquiries(db: Queryable, reach: InquiryReach, filter: InquiryFilter): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(db, sql`select count(*) as n from inquiries i where ${filterWhere(reach, filter)}`);
  return Number(row?.n ?? 0);
}

export async function findInquiryRow(db: Queryable, id: string): Promise<InquiryRow | undefined> {
  const [row] = await queryRows<RawRow>(db, sql`select ${rowColumns} from inquiries i ${rowJoins} where i.id = ${id}`);
  return row && asRow(row);
}

/** The coordinator's next steps: open inquiries, and follow-ups due by `today` and not done. */
export async function countOpenAndDue(db: Queryable, reach: InquiryReach, today: string): Promise<{ open: number; due: number }> {
  const [row] = await queryRows<{ open: number | string; due: number | string }>(
    db,
    sql`select (select count(*) from inquiries i where ${reachWhere(reach)} and i.status = 'open') as open,
               (select count(*) from inquiries i where ${reachWhere(reach)}
                  and i.follow_up_on <= ${today}::date and i.follow_up_done_at is null) as due`,
  );
  return { open: Number(row?.open ?? 0), due: Number(row?.due ?? 0) };
}

/** The staff members named on inquiries in reach (the list's "staff member" filter), in Hungarian alphabetical order. */
export function findStaffOfInquiries(db: Queryable, reach: InquiryReach): Promise<{ id: string; familyName: string; givenName: string }[]> {
  return queryRows(
    db,
    sql`select u.id, u.family_name as "familyName", u.given_name as "givenName"
        from users u
        where u.id in (select i.staff_user_id from inquiries i where ${reachWhere(reach)} and i.staff_user_id is not null)
        order by u.sort_key collate "C", u.id`,
  );
}
