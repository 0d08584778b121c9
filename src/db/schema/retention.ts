import { sql } from 'drizzle-orm';
import { check, pgTable, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { volunteers } from './brokering.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * The inactivity warnings sent to one person (modules/retention): a volunteer (with or without a
 * login), or a login without a volunteer profile. Only times, nothing personal. A row whose
 * warnings predate the person's last activity is void (the clock restarted) and is overwritten by
 * the next warning; the row is deleted when the person is anonymised.
 */
export const inactivityNotices = pgTable(
  'inactivity_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    volunteerId: uuid('volunteer_id').references(() => volunteers.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    firstSentAt: ts('first_sent_at').notNull(),
    secondSentAt: ts('second_sent_at'),
  },
  (t) => [
    uniqueIndex('inactivity_notices_volunteer_idx').on(t.volunteerId),
    uniqueIndex('inactivity_notices_user_idx').on(t.userId),
    check('inactivity_notices_subject_check', sql`num_nonnulls(${t.volunteerId}, ${t.userId}) = 1`),
  ],
);
