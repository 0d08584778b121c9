import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { volunteers } from './brokering.js';
import { centers } from './tenancy.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A volunteer's request to erase their personal data (GDPR Art. 17). The center confirms
 * ('completed': everything anonymised except the Köt. 14. § register) or rejects it with a reason.
 */
export const erasureRequests = pgTable(
  'erasure_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    volunteerId: uuid('volunteer_id')
      .notNull()
      .references(() => volunteers.id, { onDelete: 'cascade' }),
    centerId: uuid('center_id').references(() => centers.id),
    requestedByUserId: uuid('requested_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    requestedAt: ts('requested_at').notNull().defaultNow(),
    /** The volunteer's own words, optional; cleared when the erasure runs (it may name them). */
    reason: text('reason'),
    /** 'requested' | 'completed' | 'rejected' | 'cancelled' */
    status: text('status').notNull().default('requested'),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: ts('decided_at'),
    /** The center's reason for a rejection. */
    decisionNote: text('decision_note'),
  },
  (t) => [
    index('erasure_requests_center_idx').on(t.centerId, t.status, t.requestedAt),
    index('erasure_requests_volunteer_idx').on(t.volunteerId),
    /** At most one open request per volunteer. */
    uniqueIndex('erasure_requests_open_idx').on(t.volunteerId).where(sql`${t.status} = 'requested'`),
    check('erasure_requests_status_check', sql`${t.status} in ('requested', 'completed', 'rejected', 'cancelled')`),
  ],
);
