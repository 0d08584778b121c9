import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { shifts } from './brokering.js';
import { placementRecordColumns } from './placement-record.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Volunteer hours logged on a placement (an accepted/active/completed application), approved or
 * rejected by the host organization. For volunteers under 18 these rows are the Köt. 14. § record
 * of time spent (HUNGARY.md §1.5 item 7), so they are never deleted once decided.
 * volunteer_id, organization_id and center_id are copied from the placement for tenant-scoped
 * lists and for the minors' weekly sums (volunteer_id, activity_day).
 */
export const hourEntries = pgTable(
  'hour_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...placementRecordColumns(),
    shiftId: uuid('shift_id').references(() => shifts.id),
    /** The Budapest calendar day of the activity. */
    activityDay: date('activity_day', { mode: 'string' }).notNull(),
    /** Set when the entry was logged as start–end (Budapest wall clock turned into instants). */
    startsAt: ts('starts_at'),
    endsAt: ts('ends_at'),
    minutes: integer('minutes').notNull(),
    activity: text('activity').notNull(),
    note: text('note'),
    /** 'submitted' | 'approved' | 'rejected' */
    status: text('status').notNull().default('submitted'),
    loggedByUserId: uuid('logged_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: ts('decided_at'),
    decisionReason: text('decision_reason'),
    /** A coordinator saved the entry despite a Köt. 5. § minors' limit, with this written reason. */
    minorRuleOverrideReason: text('minor_rule_override_reason'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('hour_entries_application_idx').on(t.applicationId),
    index('hour_entries_org_status_idx').on(t.organizationId, t.status, t.createdAt),
    index('hour_entries_center_status_idx').on(t.centerId, t.status, t.createdAt),
    index('hour_entries_volunteer_day_idx').on(t.volunteerId, t.activityDay),
    check('hour_entries_minutes_check', sql`${t.minutes} > 0 and ${t.minutes} <= 1440`),
    check('hour_entries_status_check', sql`${t.status} in ('submitted', 'approved', 'rejected')`),
    check('hour_entries_times_check', sql`(${t.startsAt} is null) = (${t.endsAt} is null) and (${t.endsAt} is null or ${t.endsAt} > ${t.startsAt})`),
  ],
);
