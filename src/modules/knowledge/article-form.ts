import type { FieldErrors } from '../../platform/validation.js';
import { parseForm } from '../../platform/validation.js';
import type { VersionRow } from './repo.js';
import { articleSourceSchema, maxSources } from './schema.js';

/**
 * The editor's form as posted (flat HTML fields) and as the service takes it (an article's content).
 * Sources are rows of three fields named `source-<n>-citation|label|url`, so a form without JavaScript
 * can offer empty rows: a row left blank is no source. What the service rejects is shown again exactly
 * as it was typed, with each bad source row's error next to it.
 */

export type SourceRowValues = { citation: string; label: string; url: string };

export type ArticleFormValues = {
  title: string;
  /** Only on a new article: the address and kind stay. */
  slug: string;
  kind: string;
  /** A new article's center: a center's id, or '' for a national article. */
  centerId: string;
  summary: string;
  body: string;
  category: string;
  audiences: string[];
  sources: SourceRowValues[];
  lastCheckedOn: string;
  reviewerUserId: string;
  /** The version the editor started from (ArticleChangedError when someone saved since). */
  baseVersion: string;
};

export type PostedArticleForm = {
  values: ArticleFormValues;
  /** What the service parses (articleContentSchema / newArticleSchema). */
  input: Record<string, unknown>;
  /** The "preview" button shows the rendered body without saving. */
  preview: boolean;
  /** NaN when missing or not a number: the save is then refused as based on an old version. */
  baseVersion: number;
};

/** Empty source rows the form offers under the existing ones. */
export const emptySourceRows = 3;

const sourceFields = ['citation', 'label', 'url'] as const;
export const sourceFieldName = (row: number, field: (typeof sourceFields)[number]) => `source-${row}-${field}`;

/** A posted text field as text (a repeated or missing field reads as ''), capped for echoing. */
function text(body: Record<string, unknown>, name: string): string {
  const v = body[name];
  return typeof v === 'string' ? v.slice(0, 60_000) : '';
}

/** The posted value for the schema: text as typed, '' as not given, anything else as posted (zod refuses it). */
function raw(body: Record<string, unknown>, name: string): unknown {
  const v = body[name];
  return typeof v === 'string' && v.trim() === '' ? undefined : v;
}

const isBlankRow = (row: SourceRowValues) => !row.citation.trim() && !row.label.trim() && !row.url.trim();

/** The source rows as posted, in order, up to the most an article cites. */
function postedSourceRows(body: Record<string, unknown>): SourceRowValues[] {
  const rows: SourceRowValues[] = [];
  for (let i = 0; i < maxSources; i++) {
    const row = {
      citation: text(body, sourceFieldName(i, 'citation')),
      label: text(body, sourceFieldName(i, 'label')),
      url: text(body, sourceFieldName(i, 'url')),
    };
    rows.push(row);
  }
  // Trailing blank rows are only the offered empty ones.
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1] as SourceRowValues)) rows.pop();
  return rows;
}

const sourceInput = (row: SourceRowValues) => ({ citation: row.citation, label: row.label, url: row.url.trim() === '' ? undefined : row.url });

function postedAudiences(body: Record<string, unknown>): string[] {
  const v = body.audiences;
  return (Array.isArray(v) ? v : [v]).filter((a): a is string => typeof a === 'string' && a.length > 0).slice(0, 20);
}

export function readArticleForm(posted: unknown): PostedArticleForm {
  const body = (posted && typeof posted === 'object' ? posted : {}) as Record<string, unknown>;
  const sources = postedSourceRows(body);
  const values: ArticleFormValues = {
    title: text(body, 'title'),
    slug: text(body, 'slug'),
    kind: text(body, 'kind'),
    centerId: text(body, 'centerId'),
    summary: text(body, 'summary'),
    body: text(body, 'body'),
    category: text(body, 'category'),
    audiences: postedAudiences(body),
    sources,
    lastCheckedOn: text(body, 'lastCheckedOn'),
    reviewerUserId: text(body, 'reviewerUserId'),
    baseVersion: text(body, 'baseVersion'),
  };
  const input = {
    title: raw(body, 'title') ?? '',
    slug: raw(body, 'slug') ?? '',
    kind: raw(body, 'kind'),
    summary: raw(body, 'summary') ?? '',
    body: raw(body, 'body') ?? '',
    category: raw(body, 'category'),
    audiences: values.audiences,
    sources: sources.filter((row) => !isBlankRow(row)).map(sourceInput),
    lastCheckedOn: raw(body, 'lastCheckedOn'),
    reviewerUserId: raw(body, 'reviewerUserId'),
  };
  const baseVersion = /^\d{1,9}$/.test(values.baseVersion) ? Number(values.baseVersion) : Number.NaN;
  return { values, input, preview: body.intent === 'preview', baseVersion };
}

/** The form filled from a saved version (to edit it), based on that version. */
export function articleFormValuesOf(content: VersionRow, extra: { slug: string; kind: string; centerId: string | null }): ArticleFormValues {
  return {
    title: content.title,
    slug: extra.slug,
    kind: extra.kind,
    centerId: extra.centerId ?? '',
    summary: content.summary,
    body: content.body,
    category: content.category,
    audiences: [...content.audiences],
    sources: content.sources.map((s) => ({ citation: s.citation, label: s.label, url: s.url ?? '' })),
    lastCheckedOn: content.lastCheckedOn ?? '',
    reviewerUserId: content.reviewerUserId ?? '',
    baseVersion: String(content.version),
  };
}

/** A new article's empty form: a center's editor writes for their (first) center, a national admin a national article. */
export function emptyArticleForm(centerId: string): ArticleFormValues {
  return {
    title: '',
    slug: '',
    kind: 'article',
    centerId,
    summary: '',
    body: '',
    category: '',
    audiences: [],
    sources: [],
    lastCheckedOn: '',
    reviewerUserId: '',
    baseVersion: '',
  };
}

/**
 * The service names only the first bad source (`sources`); these are every bad row's errors, keyed by
 * the row's fields (`source-<n>-url`), from the same schema. They replace the list-wide error when found.
 */
export function withSourceRowErrors(errors: FieldErrors, values: ArticleFormValues): FieldErrors {
  if (!errors.sources) return errors;
  const rowErrors: FieldErrors = {};
  values.sources.forEach((row, i) => {
    if (isBlankRow(row)) return;
    const parsed = parseForm(articleSourceSchema, sourceInput(row));
    if (parsed.ok) return;
    for (const field of sourceFields) {
      const error = parsed.errors[field];
      if (error) rowErrors[sourceFieldName(i, field)] = error;
    }
  });
  if (Object.keys(rowErrors).length === 0) return errors;
  const { sources: _sources, ...rest } = errors;
  return { ...rest, ...rowErrors };
}
