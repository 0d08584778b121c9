import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { applications, organizations, volunteers } from './brokering.js';
import { volunteerContracts } from './contracts.js';
import { centers } from './tenancy.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * The host organization's register of its public-interest volunteers (nyilvántartás, Köt. 14. §,
 * HUNGARY.md §1.5), one row per placement, kept only by organizations registered under the Köt.
 * The row holds its own copy of exactly the fields the law lists (items 1–6); items 7 (time spent by
 * under-18s) and 8 (benefits) are read from hour_entries and benefits by application_id.
 * Kept for 5 years after the end (ends_on, or the day the placement ended), then flagged for
 * deletion. A volunteer's erasure leaves this row (the legal obligation, GDPR Art. 6 (1) c) and
 * sets subject_erased_at; volunteer_id/application_id may then point at anonymised rows.
 */
export const registerEntries = pgTable(
  'register_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'set null' }),
    volunteerId: uuid('volunteer_id').references(() => volunteers.id, { onDelete: 'set null' }),
    contractId: uuid('contract_id').references(() => volunteerContracts.id, { onDelete: 'set null' }),
    // 1. natural identification data
    familyName: text('family_name').notNull(),
    givenName: text('given_name').notNull(),
    sortKey: text('sort_key').notNull(),
    birthName: text('birth_name'),
    birthPlace: text('birth_place').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    motherName: text('mother_name').notNull(),
    /** Only when not Hungarian (null = Hungarian). */
    citizenship: text('citizenship'),
    // 2. residence, or place of stay
    residence: text('residence').notNull(),
    // 3. legal representative of a minor or a volunteer of limited capacity
    representativeName: text('representative_name'),
    representativeBirthPlace: text('representative_birth_place'),
    representativeBirthDate: date('representative_birth_date', { mode: 'string' }),
    representativeMotherName: text('representative_mother_name'),
    representativeResidence: text('representative_residence'),
    // 4. Köt. 6. § (1) a)–c)
    activity: text('activity').notNull(),
    place: text('place').notNull(),
    timeAndRest: text('time_and_rest').notNull(),
    // 5.–6.
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    subjectErasedAt: ts('subject_erased_at'),
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('register_entries_application_idx').on(t.applicationId),
    index('register_entries_organization_idx').on(t.organizationId, t.startsOn),
    index('register_entries_volunteer_idx').on(t.volunteerId),
  ],
);
