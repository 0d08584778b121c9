import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { applications, organizations, volunteers } from './brokering.js';
import { trainingRegistrations } from './trainings.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A certificate (igazolás) of a volunteer's approved hours: for one placement (application_id and
 * organization_id set) or for a period across organizations (period_from/period_to set).
 * `snapshot` holds exactly what was printed, so the PDF and the public verification page stay the
 * same even if names or hours change later. `code` is the public verification code (12 Crockford
 * base32 characters, stored without dashes).
 */
export const certificates = pgTable(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    volunteerId: uuid('volunteer_id')
      .notNull()
      .references(() => volunteers.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'set null' }),
    organizationId: uuid('organization_id').references(() => organizations.id),
    /** A certificate of completing a training session (trainings module) instead of hours. */
    trainingRegistrationId: uuid('training_registration_id').references(() => trainingRegistrations.id, { onDelete: 'set null' }),
    periodFrom: date('period_from', { mode: 'string' }),
    periodTo: date('period_to', { mode: 'string' }),
    totalMinutes: integer('total_minutes').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    signerUserId: uuid('signer_user_id').references(() => users.id, { onDelete: 'set null' }),
    issuedAt: ts('issued_at').notNull().defaultNow(),
    revokedAt: ts('revoked_at'),
    revokedByUserId: uuid('revoked_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    revokeReason: text('revoke_reason'),
  },
  (t) => [
    uniqueIndex('certificates_code_idx').on(t.code),
    index('certificates_volunteer_idx').on(t.volunteerId, t.issuedAt),
    index('certificates_organization_idx').on(t.organizationId, t.issuedAt),
    check('certificates_minutes_check', sql`${t.totalMinutes} > 0`),
    check(
      'certificates_scope_check',
      sql`${t.applicationId} is not null or ${t.organizationId} is not null or ${t.trainingRegistrationId} is not null or (${t.periodFrom} is not null and ${t.periodTo} is not null)`,
    ),
  ],
);
