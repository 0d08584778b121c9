import { sql } from 'drizzle-orm';
import { boolean, check, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { volunteers } from './brokering.js';
import { programs } from './programs.js';
import { centers } from './tenancy.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A large one-day event (a marathon, a festival) whose volunteers are assigned to tasks × time slots
 * by the optimal assignment (ADR 026). Status: draft → solved → published (rosters sent).
 */
export const eventDays = pgTable(
  'event_days',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    programId: uuid('program_id').references(() => programs.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    place: text('place'),
    status: text('status').notNull().default('draft'),
    /** The last run: seats filled, required seats filled, preference score, time taken (ms), when. */
    lastRun: jsonb('last_run'),
    solvedAt: ts('solved_at'),
    publishedAt: ts('published_at'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('event_days_center_idx').on(t.centerId, t.day), check('event_days_status_check', sql`${t.status} in ('draft', 'solved', 'published')`)],
);

/**
 * A task in one time slot of the event day: capacity, how many seats must be filled first
 * (`required_seats` ≤ capacity), required qualifications and a minimum age.
 */
export const eventDayTasks = pgTable(
  'event_day_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventDayId: uuid('event_day_id')
      .notNull()
      .references(() => eventDays.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    capacity: integer('capacity').notNull(),
    requiredSeats: integer('required_seats').notNull().default(0),
    requiredQualifications: text('required_qualifications').array().notNull().default(sql`'{}'::text[]`),
    minAge: integer('min_age'),
    location: text('location'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('event_day_tasks_event_idx').on(t.eventDayId, t.startsAt),
    check('event_day_tasks_capacity_check', sql`${t.capacity} > 0 and ${t.requiredSeats} between 0 and ${t.capacity}`),
    check('event_day_tasks_times_check', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/**
 * A volunteer taking part in the event day with their preferences: tasks ranked by name (most wanted
 * first), the times they are available (Budapest instants), and a friend to be placed with.
 */
export const eventDayVolunteers = pgTable(
  'event_day_volunteers',
  {
    eventDayId: uuid('event_day_id')
      .notNull()
      .references(() => eventDays.id, { onDelete: 'cascade' }),
    volunteerId: uuid('volunteer_id')
      .notNull()
      .references(() => volunteers.id, { onDelete: 'cascade' }),
    rankedTasks: text('ranked_tasks').array().notNull().default(sql`'{}'::text[]`),
    availableFrom: ts('available_from'),
    availableUntil: ts('available_until'),
    friendVolunteerId: uuid('friend_volunteer_id').references(() => volunteers.id, { onDelete: 'set null' }),
    /** At most this many task-slots in the day (default 1). */
    maxSlots: integer('max_slots').notNull().default(1),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventDayId, t.volunteerId] })],
);

/** One assignment of a volunteer to a task-slot, with why (`reason`: the preference met or the rule that decided) and whether the coordinator pinned it. */
export const eventDayAssignments = pgTable(
  'event_day_assignments',
  {
    eventDayId: uuid('event_day_id')
      .notNull()
      .references(() => eventDays.id, { onDelete: 'cascade' }),
    taskId: uuid('task_id')
      .notNull()
      .references(() => eventDayTasks.id, { onDelete: 'cascade' }),
    volunteerId: uuid('volunteer_id')
      .notNull()
      .references(() => volunteers.id, { onDelete: 'cascade' }),
    pinned: boolean('pinned').notNull().default(false),
    reason: jsonb('reason').notNull(),
    score: doublePrecision('score'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventDayId, t.taskId, t.volunteerId] }), index('event_day_assignments_volunteer_idx').on(t.eventDayId, t.volunteerId)],
);
