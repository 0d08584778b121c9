import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { centers, points } from './tenancy.js';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-cased; unique. */
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    familyName: text('family_name').notNull(),
    givenName: text('given_name').notNull(),
    sortKey: text('sort_key').notNull(),
    locale: text('locale').notNull().default('hu'),
    /** What the person said they are at sign-up: 'volunteer' | 'organization'. */
    signupKind: text('signup_kind').notNull().default('volunteer'),
    emailConfirmedAt: timestamp('email_confirmed_at', { withTimezone: true }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** Set when the person's data was erased: the account is anonymised and can no longer log in. */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    /**
     * The last login or use of a session, written at most once a day (platform/sessions.ts); the
     * retention job counts inactivity from it (modules/retention).
     */
    lastActiveAt: timestamp('last_active_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_idx').on(t.email),
    index('users_sort_key_idx').on(sql`${t.sortKey} collate "C"`),
    index('users_last_active_idx').on(t.lastActiveAt),
    // The user list's "newest first" sort (the other sorts have theirs above).
    index('users_created_idx').on(t.createdAt),
  ],
);

/**
 * One role held by one user in one tenant. A user may hold several.
 * center_id is set for every center-scoped role (for point roles it is the point's center),
 * point_id only for Volunteer Point roles; both are null for national roles.
 */
export const roleGrants = pgTable(
  'role_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    centerId: uuid('center_id').references(() => centers.id),
    pointId: uuid('point_id').references(() => points.id),
    grantedBy: uuid('granted_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('role_grants_user_idx').on(t.userId),
    index('role_grants_center_idx').on(t.centerId),
    uniqueIndex('role_grants_unique_idx').on(
      t.userId,
      t.role,
      sql`coalesce(${t.centerId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      sql`coalesce(${t.pointId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
  ],
);

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** One-time e-mail links (confirmation, password reset); only the hash is kept. */
export const emailTokens = pgTable(
  'email_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('email_tokens_user_idx').on(t.userId, t.purpose)],
);
