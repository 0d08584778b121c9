import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { places } from './places.js';

/** A county Volunteer Center (Önkéntes Központ): the tenant. */
export const centers = pgTable('centers', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  sortKey: text('sort_key').notNull(),
  county: text('county').notNull(),
  placeId: integer('place_id').references(() => places.id),
  address: text('address'),
  email: text('email'),
  phone: text('phone'),
  /** Working days a host organization has to answer an application or referral (then it is overdue). */
  hostResponseWorkingDays: integer('host_response_working_days').notNull().default(5),
  /** A settlement counts as covered when a Volunteer Point is within this many km of it (issue 15). */
  pointCoverageKm: integer('point_coverage_km').notNull().default(15),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A settlement-level Volunteer Point (Önkéntes Pont) that belongs to one center, through its life
 * (issue 15): candidate (scouting) → agreement → setting_up → active → paused | closed. Only an
 * active point is public and works as a tenant for its coordinator's everyday work; each step is in
 * `point_status_events`. `host_kind` library | community_house | school | ngo | municipality | other.
 */
export const points = pgTable(
  'points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    name: text('name').notNull(),
    sortKey: text('sort_key').notNull(),
    placeId: integer('place_id')
      .notNull()
      .references(() => places.id),
    address: text('address'),
    email: text('email'),
    phone: text('phone'),
    status: text('status').notNull().default('active'),
    hostInstitution: text('host_institution'),
    hostKind: text('host_kind'),
    contactName: text('contact_name'),
    openingHours: text('opening_hours'),
    notes: text('notes'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('points_center_idx').on(t.centerId),
    check('points_status_check', sql`${t.status} in ('candidate', 'agreement', 'setting_up', 'active', 'paused', 'closed')`),
    check('points_host_kind_check', sql`${t.hostKind} is null or ${t.hostKind} in ('library', 'community_house', 'school', 'ngo', 'municipality', 'other')`),
  ],
);
