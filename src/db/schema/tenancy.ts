import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A settlement-level Volunteer Point (Önkéntes Pont) that belongs to one center. */
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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('points_center_idx').on(t.centerId)],
);
