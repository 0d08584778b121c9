import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, time, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { organizations, volunteerQualifications, volunteers } from './brokering.js';
import { programs } from './programs.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A volunteer's signed confidentiality declaration for a hospital program (generated from the
 * program's template as a PDF, the signing day recorded). `qualification_id` is the qualification
 * row it grants, so every path's eligibility check sees it (ADR 025).
 */
export const programConfidentialityDeclarations = pgTable(
  'program_confidentiality_declarations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    volunteerId: uuid('volunteer_id')
      .notNull()
      .references(() => volunteers.id, { onDelete: 'cascade' }),
    signedOn: date('signed_on', { mode: 'string' }).notNull(),
    qualificationId: uuid('qualification_id').references(() => volunteerQualifications.id, { onDelete: 'set null' }),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('program_confidentiality_idx').on(t.programId, t.volunteerId)],
);

/** A ward or unit of a hospital program, at a host organization, with its supervisor. */
export const wards = pgTable(
  'wards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    name: text('name').notNull(),
    supervisorUserId: uuid('supervisor_user_id').references(() => users.id, { onDelete: 'set null' }),
    supervisorName: text('supervisor_name'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('wards_program_idx').on(t.programId)],
);

/** A recurring weekly slot of a ward's roster: weekday (1 = Monday … 7), Budapest wall-clock times, capacity. */
export const wardRosterSlots = pgTable(
  'ward_roster_slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    wardId: uuid('ward_id')
      .notNull()
      .references(() => wards.id, { onDelete: 'cascade' }),
    weekday: integer('weekday').notNull(),
    startsAt: time('starts_at').notNull(),
    endsAt: time('ends_at').notNull(),
    capacity: integer('capacity').notNull(),
    task: text('task'),
    activeFrom: date('active_from', { mode: 'string' }).notNull(),
    activeUntil: date('active_until', { mode: 'string' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('ward_roster_slots_ward_idx').on(t.wardId),
    check('ward_roster_slots_weekday_check', sql`${t.weekday} between 1 and 7`),
    check('ward_roster_slots_capacity_check', sql`${t.capacity} > 0`),
    check('ward_roster_slots_times_check', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/** A volunteer signed up to one roster slot in one week (`week_start`: that week's Monday). */
export const wardRosterSignups = pgTable(
  'ward_roster_signups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slotId: uuid('slot_id')
      .notNull()
      .references(() => wardRosterSlots.id, { onDelete: 'cascade' }),
    volunteerId: uuid('volunteer_id')
      .notNull()
      .references(() => volunteers.id, { onDelete: 'cascade' }),
    weekStart: date('week_start', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    cancelledAt: ts('cancelled_at'),
  },
  (t) => [
    uniqueIndex('ward_roster_signups_active_idx').on(t.slotId, t.volunteerId, t.weekStart).where(sql`${t.cancelledAt} is null`),
    index('ward_roster_signups_week_idx').on(t.slotId, t.weekStart),
    index('ward_roster_signups_volunteer_idx').on(t.volunteerId, t.weekStart),
  ],
);
