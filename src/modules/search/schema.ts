import { z } from 'zod';
import { isCalendarDay } from '../../platform/budapest-time.js';

/**
 * The query string of the opportunity search, shared by the page (GET /opportunities) and the
 * API (GET /api/v1/opportunities) so both accept exactly the same filters. Empty fields of the
 * GET form arrive as "" and mean "not set".
 */
export const searchSorts = ['relevance', 'distance', 'date'] as const;
export type SearchSort = (typeof searchSorts)[number];

export const radiusChoicesKm = [5, 10, 25, 50, 100] as const;
export const defaultRadiusKm = 25;
export const htmlPageSize = 20;

const empty = (v: unknown) => (v === '' ? undefined : v);
const withoutControlCharacters = (s: string) => s.replace(/\p{Cc}/gu, ' ');

const freeText = (max: number) => z.preprocess(empty, z.string().transform(withoutControlCharacters).pipe(z.string().trim().max(max)).optional());

const slug = z.string().regex(/^[a-z0-9-]{1,60}$/, 'validation.choice');
/** A cause or skill: one value, or several (`cause=a&cause=b`, any of them matches). */
const slugList = z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v.filter((x) => x !== '') : [v]), z.array(slug).max(20));

const wholeNumber = (min: number, max: number) =>
  z.preprocess(
    empty,
    z
      .string()
      .regex(/^\d{1,6}$/, 'validation.number')
      .transform(Number)
      .pipe(z.number().int().min(min, 'search.error.range').max(max, 'search.error.range'))
      .optional(),
  );

const calendarDay = z.preprocess(empty, z.string().refine(isCalendarDay, 'search.error.date').optional());

/** A checkbox: present ("1", "on", "true") means yes. */
const flag = z.preprocess(
  empty,
  z
    .enum(['1', 'on', 'true', '0', 'false'], 'validation.invalid')
    .optional()
    .transform((v) => v === '1' || v === 'on' || v === 'true'),
);

export const opportunitySearchSchema = z
  .object({
    q: freeText(200),
    cause: slugList,
    skill: slugList,
    /** A settlement as typed ("Kecskemét", "Baja (Bács-Kiskun)", "6000"); the service resolves it. */
    place: freeText(120),
    radius: wholeNumber(1, 300),
    from: calendarDay,
    to: calendarDay,
    remote: flag,
    /** "Minimum age fits me": the visitor's age; opportunities asking for more are left out. */
    age: wholeNumber(0, 120),
    group: flag,
    sort: z.preprocess(empty, z.enum(searchSorts, 'validation.choice').default('relevance')),
    page: z.preprocess(
      empty,
      wholeNumber(1, 10_000).transform((v) => v ?? 1),
    ),
    pageSize: z.preprocess(
      empty,
      wholeNumber(1, 100).transform((v) => v ?? htmlPageSize),
    ),
  })
  .refine((s) => !s.from || !s.to || s.from <= s.to, { path: ['to'], message: 'search.error.dateOrder' });

export type OpportunitySearch = z.output<typeof opportunitySearchSchema>;

/** The filters the page shows in its form when nothing (or nothing valid) was asked for. */
export const emptySearch: OpportunitySearch = {
  cause: [],
  skill: [],
  remote: false,
  group: false,
  sort: 'relevance',
  page: 1,
  pageSize: htmlPageSize,
};
