import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';

/** Hungarian settlements and Budapest districts, imported from data/hu-settlements.csv. */
export const places = pgTable(
  'places',
  {
    id: serial('id').primaryKey(),
    kshCode: text('ksh_code').notNull().unique(),
    /** Official KSH form, e.g. "Budapest 11. ker.". */
    officialName: text('official_name').notNull(),
    /** What people read, e.g. "Budapest XI. kerület". */
    name: text('name').notNull(),
    county: text('county').notNull(),
    district: text('district'),
    postalCodes: text('postal_codes').array().notNull(),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    settlementType: text('settlement_type').notNull(),
    population: integer('population').notNull(),
    /** The "Budapest" summary row overlaps the 23 districts: leave it out of totals. */
    isSummary: boolean('is_summary').notNull().default(false),
    /** Lower-case, accent-free forms the autocomplete matches by prefix. */
    searchKeys: text('search_keys').array().notNull(),
    /** Binary-ordered key that sorts like Intl.Collator('hu'). */
    sortKey: text('sort_key').notNull(),
  },
  (t) => [
    index('places_search_keys_idx').using('gin', t.searchKeys),
    index('places_postal_codes_idx').using('gin', t.postalCodes),
    index('places_sort_key_idx').on(sql`${t.sortKey} collate "C"`),
    index('places_county_idx').on(t.county),
  ],
);
