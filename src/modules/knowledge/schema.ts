import { z } from 'zod';
import { optionalChoice, searchText } from '../../platform/form-fields.js';

/** What an article is about (the public filter and the grouping of the FAQ). */
export const knowledgeCategories = ['basics', 'law', 'hosting', 'minors', 'school', 'benefits', 'data-protection', 'programs'] as const;
export type KnowledgeCategory = (typeof knowledgeCategories)[number];

/** Who an article is written for. */
export const knowledgeAudiences = ['volunteer', 'organization', 'school', 'company', 'public'] as const;
export type KnowledgeAudience = (typeof knowledgeAudiences)[number];

export const knowledgeKinds = ['article', 'faq'] as const;
export type KnowledgeKind = (typeof knowledgeKinds)[number];

export const knowledgeStatuses = ['draft', 'review', 'published'] as const;
export type KnowledgeStatus = (typeof knowledgeStatuses)[number];

/** "mi-az-onkentesseg": lower-case letters, digits and single hyphens, as in the article's address. */
export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const maxSlugLength = 80;

/**
 * Words that are static paths under /knowledge (`/knowledge/faq`, the staff's `/knowledge/manage`):
 * Fastify's static routes win over `/knowledge/:slug`, so an article with such an address could never be read.
 */
export const reservedSlugs: ReadonlySet<string> = new Set(['faq', 'manage']);

const slug = z
  .string()
  .trim()
  .min(3, 'knowledge.error.slug')
  .max(maxSlugLength, 'knowledge.error.slug')
  .regex(slugPattern, 'knowledge.error.slug')
  .refine((s) => !reservedSlugs.has(s), 'knowledge.error.slugReserved');

/** The most sources one version cites. */
export const maxSources = 20;

/** One cited source: the law and section, the link text, and an optional https address. */
export const articleSourceSchema = z.object({
  citation: z.string().trim().min(1, 'knowledge.error.sourceCitation').max(200),
  label: z.string().trim().min(1, 'knowledge.error.sourceLabel').max(200),
  url: z
    .string()
    .trim()
    .max(500)
    .regex(/^https:\/\/\S+$/, 'knowledge.error.sourceUrl')
    .optional(),
});

/** An article's content, as one save (a version) holds it. */
export const articleContentSchema = z.object({
  title: z.string().trim().min(1, 'validation.required').max(200),
  summary: z.string().trim().min(1, 'validation.required').max(500),
  body: z.string().trim().min(1, 'validation.required').max(50_000),
  category: z.enum(knowledgeCategories, 'validation.choice'),
  audiences: z.array(z.enum(knowledgeAudiences, 'validation.choice')).min(1, 'knowledge.error.audiences').max(knowledgeAudiences.length),
  sources: z.array(articleSourceSchema).max(maxSources),
  lastCheckedOn: z.iso.date('knowledge.error.lastChecked').optional(),
  reviewerUserId: z.uuid().optional(),
});
export type ArticleContent = z.output<typeof articleContentSchema>;

/** A new article: its address and kind, which stay, and its first content. */
export const newArticleSchema = articleContentSchema.extend({ slug, kind: z.enum(knowledgeKinds, 'validation.choice').default('article') });
export type NewArticle = z.output<typeof newArticleSchema>;

/** `/knowledge?q=&category=&audience=&page=` and the API: never rejected, bad values read as none. */
export const knowledgeSearchSchema = z.object({
  q: searchText(200),
  category: optionalChoice(knowledgeCategories),
  audience: optionalChoice(knowledgeAudiences),
  /** A center: the national articles and that center's local ones. */
  center: z.guid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});
export type KnowledgeSearch = z.output<typeof knowledgeSearchSchema>;

/** The staff list's sortable columns: the title (Hungarian order), the last change, the center. */
export const managedArticleSorts = ['title', 'updated', 'center'] as const;
export type ManagedArticleSort = (typeof managedArticleSorts)[number];

/** `national` (no center) or a center's id. */
const centerChoice = z
  .union([z.literal('national'), z.guid()])
  .optional()
  .catch(undefined);

/** `/knowledge/manage?q=&status=&kind=&category=&center=`: never rejected, bad values read as none. */
export const managedArticleFilterSchema = z.object({
  q: searchText(200),
  status: optionalChoice(knowledgeStatuses),
  kind: optionalChoice(knowledgeKinds),
  category: optionalChoice(knowledgeCategories),
  center: centerChoice,
});
export type ManagedArticleFilter = z.output<typeof managedArticleFilterSchema>;
