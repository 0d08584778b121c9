import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { placementRecordColumns } from './placement-record.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** The kinds of benefit that are not consideration (Köt. 2. § (3), HUNGARY.md §1.7), and the reward. */
export const benefitTypes = ['travel', 'accommodation', 'meals', 'work_clothing', 'health_prevention', 'training', 'device_costs', 'reward'] as const;
export type BenefitType = (typeof benefitTypes)[number];

/**
 * The benefits ledger of a placement: what the host organization gave the volunteer, in whole
 * forints. It is the Köt. 14. § register's item 8 (HUNGARY.md §1.5), so rows are never deleted: a
 * correction soft-deletes the row with who and why (deleted_*), and totals skip deleted rows.
 * The type is stored precisely because anything other than work clothing / protective equipment and
 * the reward makes the written contract mandatory (Köt. 6. §, HUNGARY.md §1.4 b).
 * volunteer_id, organization_id and center_id are copied from the placement for the yearly reward
 * sum (volunteer_id, type, given_on) and tenant-scoped lists.
 */
export const benefits = pgTable(
  'benefits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...placementRecordColumns(),
    type: text('type').$type<BenefitType>().notNull(),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
    amountHuf: integer('amount_huf').notNull(),
    description: text('description'),
    /** True: a documented cost reimbursed; false: provided in kind (or paid, for the reward). */
    reimbursement: boolean('reimbursement').notNull().default(false),
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    deletedAt: ts('deleted_at'),
    deletedByUserId: uuid('deleted_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    deletionReason: text('deletion_reason'),
  },
  (t) => [
    index('benefits_application_idx').on(t.applicationId, t.givenOn),
    index('benefits_volunteer_type_day_idx').on(t.volunteerId, t.type, t.givenOn),
    index('benefits_organization_idx').on(t.organizationId, t.givenOn),
    check('benefits_amount_check', sql`${t.amountHuf} >= 0`),
    check(
      'benefits_type_check',
      sql`${t.type} in ('travel', 'accommodation', 'meals', 'work_clothing', 'health_prevention', 'training', 'device_costs', 'reward')`,
    ),
    check('benefits_deletion_check', sql`(${t.deletedAt} is null) = (${t.deletionReason} is null)`),
  ],
);
