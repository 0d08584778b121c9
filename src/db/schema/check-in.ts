import { sql } from 'drizzle-orm';
import { check, index, pgTable, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { applications, shifts, volunteers } from './brokering.js';
import { hourEntries } from './hours.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A volunteer's QR check-in on a shift (and the check-out that closes it). The check-out logs an
 * hour entry through the hours module (start = check-in, end = check-out), which the organization
 * then approves. At most one open check-in per volunteer and shift.
 */
export const shiftCheckIns = pgTable(
  'shift_check_ins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    shiftId: uuid('shift_id')
      .notNull()
      .references(() => shifts.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    volunteerId: uuid('volunteer_id')
      .notNull()
      .references(() => volunteers.id, { onDelete: 'cascade' }),
    checkedInAt: ts('checked_in_at').notNull(),
    checkedOutAt: ts('checked_out_at'),
    hourEntryId: uuid('hour_entry_id').references(() => hourEntries.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('shift_check_ins_shift_idx').on(t.shiftId, t.checkedInAt),
    uniqueIndex('shift_check_ins_open_idx').on(t.shiftId, t.volunteerId).where(sql`${t.checkedOutAt} is null`),
    check('shift_check_ins_times_check', sql`${t.checkedOutAt} is null or ${t.checkedOutAt} >= ${t.checkedInAt}`),
  ],
);
