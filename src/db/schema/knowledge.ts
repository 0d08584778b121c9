import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { centers } from './tenancy.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A knowledge-base article (tájékoztatás, issue 14): what stays the same across its versions. The
 * content lives in `knowledge_article_versions`, one row per save. `latest_version` is the working
 * copy staff edit, `status` its place in the workflow (draft → review → published), and
 * `published_version` the version the public reads (it stays while a newer draft is worked on).
 * `center_id` is null for a national article, or the center whose local article it is.
 */
export const knowledgeArticles = pgTable(
  'knowledge_articles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id').references(() => centers.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    /** 'article', or 'faq' for a short question-and-answer entry. */
    kind: text('kind').notNull().default('article'),
    status: text('status').notNull().default('draft'),
    latestVersion: integer('latest_version').notNull().default(1),
    publishedVersion: integer('published_version'),
    publishedAt: ts('published_at'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('knowledge_articles_slug_idx').on(t.slug),
    index('knowledge_articles_center_idx').on(t.centerId, t.status),
    check('knowledge_articles_kind_check', sql`${t.kind} in ('article', 'faq')`),
    check('knowledge_articles_status_check', sql`${t.status} in ('draft', 'review', 'published')`),
    check('knowledge_articles_published_check', sql`${t.status} <> 'published' or ${t.publishedVersion} is not null`),
  ],
);

/** A cited source: the law and section ("Köt. 3. §"), the link text, and where it can be read. */
export type KnowledgeSource = { citation: string; label: string; url?: string };

/**
 * One saved version of an article's content; every edit and every restore adds one, none is
 * changed or removed. `search` (title A, summary B, body C; accent-insensitive Hungarian stems) is
 * what the public search matches, on the published version only.
 */
export const knowledgeArticleVersions = pgTable(
  'knowledge_article_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => knowledgeArticles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    /** The title's Hungarian sort key (hungarian-sort-key.ts), for lists in alphabetical order. */
    sortKey: text('sort_key').notNull(),
    summary: text('summary').notNull(),
    /** Markdown: headings, lists, links and emphasis; raw HTML is shown as text (markdown.ts). */
    body: text('body').notNull(),
    category: text('category').notNull(),
    audiences: text('audiences').array().notNull().default(sql`'{}'::text[]`),
    sources: jsonb('sources').$type<KnowledgeSource[]>().notNull().default(sql`'[]'::jsonb`),
    lastCheckedOn: date('last_checked_on', { mode: 'string' }),
    reviewerUserId: uuid('reviewer_user_id').references(() => users.id, { onDelete: 'set null' }),
    editedBy: uuid('edited_by').references(() => users.id, { onDelete: 'set null' }),
    editedAt: ts('edited_at').notNull().defaultNow(),
    /** The version this one restored, when it was a restore. */
    restoredFrom: integer('restored_from'),
  },
  (t) => [uniqueIndex('knowledge_article_versions_idx').on(t.articleId, t.version), check('knowledge_article_versions_check', sql`${t.version} >= 1`)],
);
