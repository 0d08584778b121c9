import { type SQL, sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import { permissions, type Role, roleScope } from '../../platform/authz.js';
import type { KnowledgeCategory, KnowledgeKind, KnowledgeStatus, ManagedArticleFilter, ManagedArticleSort } from './schema.js';

/**
 * The staff side of the knowledge base: the articles an editor may write (their working copies), the
 * centers they write for, and who may review an article (its center's editors and the national admins).
 */

/** Which articles a query may return: every one (national admins), or the local articles of these centers. */
export type ArticleReach = 'all' | string[];

export type ManagedArticleRow = {
  id: string;
  slug: string;
  kind: KnowledgeKind;
  status: KnowledgeStatus;
  centerId: string | null;
  centerName: string | null;
  latestVersion: number;
  publishedVersion: number | null;
  updatedAt: Date;
  /** Of the working copy (the latest version). */
  title: string;
  category: KnowledgeCategory;
};

/** `column in (ids)`, true for 'all', false for none. */
function idIn(column: SQL, ids: ArticleReach): SQL {
  if (ids === 'all') return sql`true`;
  if (ids.length === 0) return sql`false`;
  return sql`${column} = any(${arrayParam(ids, 'uuid')})`;
}

const reachWhere = (reach: ArticleReach): SQL => idIn(sql`a.center_id`, reach);

function filterWhere(reach: ArticleReach, f: ManagedArticleFilter): SQL {
  const c: SQL[] = [reachWhere(reach)];
  if (f.q) c.push(sql`search_fold(v.title) like '%' || search_fold(${f.q}::text) || '%'`);
  if (f.status) c.push(sql`a.status = ${f.status}`);
  if (f.kind) c.push(sql`a.kind = ${f.kind}`);
  if (f.category) c.push(sql`v.category = ${f.category}`);
  if (f.center === 'national') c.push(sql`a.center_id is null`);
  else if (f.center) c.push(sql`a.center_id = ${f.center}::uuid`);
  return sql.join(c, sql` and `);
}

function orderOf(sort: ManagedArticleSort, dir: 'asc' | 'desc'): SQL {
  const d = sql.raw(dir);
  // Sort keys in the "C" collation are Hungarian alphabetical order on both engines (ADR 005).
  const byTitle = sql`v.sort_key collate "C" ${d}`;
  if (sort === 'updated') return sql`a.updated_at ${d}, v.sort_key collate "C", a.id`;
  if (sort === 'center') return sql`c.sort_key collate "C" ${d} nulls first, v.sort_key collate "C", a.id`;
  return sql`${byTitle}, a.id`;
}

/** One page of the articles within reach, with the total counted in the same pass (undefined past the last page). */
export async function findManagedArticles(
  db: Queryable,
  reach: ArticleReach,
  filter: ManagedArticleFilter,
  order: { sort: ManagedArticleSort; dir: 'asc' | 'desc' },
  page: { limit: number; offset: number },
): Promise<{ rows: ManagedArticleRow[]; total: number | undefined }> {
  const rows = await queryRows<ManagedArticleRow & { updatedAt: Date | string; total: number | string }>(
    db,
    sql`select a.id, a.slug, a.kind, a.status, a.center_id as "centerId", c.name as "centerName",
          a.latest_version as "latestVersion", a.published_version as "publishedVersion", a.updated_at as "updatedAt",
          v.title, v.category, count(*) over () as total
        from knowledge_articles a
        join knowledge_article_versions v on v.article_id = a.id and v.version = a.latest_version
        left join centers c on c.id = a.center_id
        where ${filterWhere(reach, filter)}
        order by ${orderOf(order.sort, order.dir)}
        limit ${page.limit} offset ${page.offset}`,
  );
  const total = rows[0] === undefined ? undefined : Number(rows[0].total);
  return { rows: rows.map(({ total: _total, updatedAt, ...row }) => ({ ...row, updatedAt: new Date(updatedAt) })), total };
}

export async function countManagedArticles(db: Queryable, reach: ArticleReach, filter: ManagedArticleFilter): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(
    db,
    sql`select count(*) as n from knowledge_articles a
        join knowledge_article_versions v on v.article_id = a.id and v.version = a.latest_version
        where ${filterWhere(reach, filter)}`,
  );
  return Number(row?.n ?? 0);
}

/** How many articles within reach wait in review (to be published). */
export async function countArticlesInReview(db: Queryable, reach: ArticleReach): Promise<number> {
  const [row] = await queryRows<{ n: number | string }>(
    db,
    sql`select count(*) as n from knowledge_articles a where a.status = 'review' and ${reachWhere(reach)}`,
  );
  return Number(row?.n ?? 0);
}

/** Id and name of the centers within reach, in Hungarian order (the center filter and the new article's center). */
export function findCenterChoices(db: Queryable, reach: ArticleReach): Promise<{ id: string; name: string }[]> {
  return queryRows<{ id: string; name: string }>(
    db,
    sql`select c.id, c.name from centers c where ${idIn(sql`c.id`, reach)} order by c.sort_key collate "C", c.id`,
  );
}

export async function findCenterName(db: Queryable, centerId: string): Promise<string | undefined> {
  const [row] = await queryRows<{ name: string }>(db, sql`select name from centers where id = ${centerId}::uuid`);
  return row?.name;
}

/** The center roles that write a center's articles (`knowledge.edit`), from the one permission table. */
const centerEditorRoles = (permissions['knowledge.edit'] as readonly Role[]).filter((r) => roleScope[r] === 'center');
const centerEditorRoleList = sql.join(
  centerEditorRoles.map((r) => sql`${r}`),
  sql`, `,
);

export type ReviewerRow = { userId: string; familyName: string; givenName: string; centerId: string | null };

/**
 * Who may review articles of these centers: their editors (`centerId` the center), and the national
 * admins (`centerId` null), active accounts only, in Hungarian order of their names.
 */
export function findReviewerCandidates(db: Queryable, centerIds: ArticleReach): Promise<ReviewerRow[]> {
  const ofCenters = sql`g.role in (${centerEditorRoleList}) and ${idIn(sql`g.center_id`, centerIds)}`;
  return queryRows<ReviewerRow>(
    db,
    sql`select r."userId", r."familyName", r."givenName", r."centerId" from (
          select distinct u.id as "userId", u.family_name as "familyName", u.given_name as "givenName",
            case when g.role = 'national_admin' then null else g.center_id end as "centerId", u.sort_key
          from role_grants g join users u on u.id = g.user_id
          where u.disabled_at is null and u.erased_at is null and (g.role = 'national_admin' or (${ofCenters}))
        ) r
        order by r.sort_key collate "C", r."userId"
        limit 2000`,
  );
}

/** Whether the user may review an article of this center (or a national one: `centerId` null). */
export async function isReviewerCandidate(db: Queryable, centerId: string | null, userId: string): Promise<boolean> {
  const ofCenter = centerId === null ? sql`false` : sql`g.role in (${centerEditorRoleList}) and g.center_id = ${centerId}::uuid`;
  const [row] = await queryRows<{ ok: boolean }>(
    db,
    sql`select true as ok from role_grants g join users u on u.id = g.user_id
        where u.id = ${userId}::uuid and u.disabled_at is null and u.erased_at is null and (g.role = 'national_admin' or (${ofCenter}))
        limit 1`,
  );
  return row !== undefined;
}
