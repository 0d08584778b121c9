import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { volunteers } from './brokering.js';
import { centers } from './tenancy.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A volunteer's data request to the center: 'erasure' of their personal data (GDPR Art. 17) or
 * 'access', a copy of it (GDPR Art. 15). The center completes it ('completed': for an erasure,
 * everything anonymised except the Köt. 14. § register; for access, the archive handed over) or
 * rejects it with a reason, within one month (GDPR Art. 12 (3); see deadline.ts).
 */
export const erasureRequests = pgTable(
  'erasure_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 'erasure' | 'access' */
    kind: text('kind', { enum: ['erasure', 'access'] })
      .notNull()
      .default('erasure'),
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
    /** When the center admins were reminded that the deadline is a week (or less) away; set once. */
    reminderSentAt: ts('reminder_sent_at'),
  },
  (t) => [
    index('erasure_requests_center_idx').on(t.centerId, t.status, t.requestedAt),
    index('erasure_requests_volunteer_idx').on(t.volunteerId),
    /** At most one open request of each kind per volunteer. */
    uniqueIndex('erasure_requests_open_idx').on(t.volunteerId, t.kind).where(sql`${t.status} = 'requested'`),
    /** The reminder job's queue: open requests not yet reminded, oldest (soonest deadline) first. */
    index('erasure_requests_reminder_idx').on(t.requestedAt).where(sql`${t.status} = 'requested' and ${t.reminderSentAt} is null`),
    check('erasure_requests_kind_check', sql`${t.kind} in ('erasure', 'access')`),
    check('erasure_requests_status_check', sql`${t.status} in ('requested', 'completed', 'rejected', 'cancelled')`),
  ],
);
