import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { volunteers } from './brokering.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A guardian's account linked to a minor volunteer. Invited by e-mail (the minor or center staff),
 * confirmed by the logged-in account whose e-mail is the invited address. Only the link token's hash
 * is stored. One active (not revoked) link per guardian and minor; a pending invitation per minor and
 * address is replaced by a new one.
 */
export const guardianLinks = pgTable(
  'guardian_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    volunteerId: uuid('volunteer_id')
      .notNull()
      .references(() => volunteers.id, { onDelete: 'cascade' }),
    /** Set on confirmation: the account that confirmed (its e-mail matched the invited address). */
    guardianUserId: uuid('guardian_user_id').references(() => users.id, { onDelete: 'cascade' }),
    invitedEmail: text('invited_email').notNull(),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    tokenHash: text('token_hash'),
    invitedAt: ts('invited_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    confirmedAt: ts('confirmed_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [
    index('guardian_links_volunteer_idx').on(t.volunteerId),
    index('guardian_links_guardian_idx').on(t.guardianUserId),
    uniqueIndex('guardian_links_token_idx').on(t.tokenHash),
    uniqueIndex('guardian_links_active_pair_idx').on(t.guardianUserId, t.volunteerId).where(sql`${t.revokedAt} is null and ${t.guardianUserId} is not null`),
  ],
);
