import { sql } from 'drizzle-orm';
import { check, date, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { centers, points } from './tenancy.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** Each step of a point's life, dated (`on`, the day it happened) and with who recorded it. */
export const pointStatusEvents = pgTable(
  'point_status_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pointId: uuid('point_id')
      .notNull()
      .references(() => points.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    note: text('note'),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('point_status_events_point_idx').on(t.pointId, t.at)],
);

/**
 * The setting-up checklist of a point: `item` coordinator_trained | place | opening_hours |
 * first_organizations, done on a day (null: not yet).
 */
export const pointSetupItems = pgTable(
  'point_setup_items',
  {
    pointId: uuid('point_id')
      .notNull()
      .references(() => points.id, { onDelete: 'cascade' }),
    item: text('item').notNull(),
    doneOn: date('done_on', { mode: 'string' }),
    note: text('note'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.pointId, t.item] }),
    check('point_setup_items_item_check', sql`${t.item} in ('coordinator_trained', 'place', 'opening_hours', 'first_organizations')`),
  ],
);

/** The center's consulting (tanácsadás) with a point: a visit, a call or an online meeting. `kind` visit | call | online. */
export const pointConsultations = pgTable(
  'point_consultations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pointId: uuid('point_id')
      .notNull()
      .references(() => points.id, { onDelete: 'cascade' }),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    kind: text('kind').notNull(),
    topics: text('topics').notNull(),
    notes: text('notes'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('point_consultations_point_idx').on(t.pointId, t.heldOn),
    index('point_consultations_center_idx').on(t.centerId, t.heldOn),
    check('point_consultations_kind_check', sql`${t.kind} in ('visit', 'call', 'online')`),
  ],
);

/** An action agreed at a consultation, with its due day; overdue ones show on the center dashboard. */
export const pointConsultationActions = pgTable(
  'point_consultation_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => pointConsultations.id, { onDelete: 'cascade' }),
    pointId: uuid('point_id')
      .notNull()
      .references(() => points.id, { onDelete: 'cascade' }),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    description: text('description').notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    doneAt: ts('done_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('point_consultation_actions_consultation_idx').on(t.consultationId),
    index('point_consultation_actions_due_idx').on(t.centerId, t.dueOn).where(sql`${t.doneAt} is null and ${t.dueOn} is not null`),
  ],
);
