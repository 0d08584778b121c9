import { sql } from 'drizzle-orm';
import { boolean, check, date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { organizations } from './brokering.js';
import { placementRecordColumns } from './placement-record.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A host organization's own contract text, printed around the content the law requires. The
 * Köt. 6. § (1) a)–d) section (HUNGARY.md §1.4) is never part of the template: it is always
 * printed from the contract's own fields, so editing the template cannot remove it.
 */
export const contractTemplates = pgTable('contract_templates', {
  organizationId: uuid('organization_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  /** Printed after the parties, before the required content (e.g. the purpose of the cooperation). */
  introText: text('intro_text').notNull().default(''),
  /** The parties' further rights and duties (safety briefing, confidentiality …). */
  dutiesText: text('duties_text').notNull().default(''),
  /** Termination and closing provisions, printed before the signatures. */
  closingText: text('closing_text').notNull().default(''),
  updatedByUserId: uuid('updated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/**
 * A written volunteer contract (önkéntes szerződés) for one placement. The Köt. 6. § (1) content is
 * stored in its own columns (a: activity, b: place, c: time and rest, d: benefits and what happens
 * to them at the end); `snapshot` keeps the parties' data and the template text as generated, so
 * the PDF stays the same. `requirement` is the written-form calculation (contract-requirement.ts)
 * at generation time. Status: 'draft' → 'signed' (signed_on, who signed, recorded by whom), or 'void'.
 * For a volunteer under 18 the guardian (legal representative) signs too (guardian_required).
 */
export const volunteerContracts = pgTable(
  'volunteer_contracts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...placementRecordColumns(),
    activity: text('activity').notNull(),
    place: text('place').notNull(),
    timeAndRest: text('time_and_rest').notNull(),
    benefits: text('benefits').notNull(),
    benefitsOnEnd: text('benefits_on_end').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    /** Null: indefinite term. */
    endsOn: date('ends_on', { mode: 'string' }),
    requirement: jsonb('requirement').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    status: text('status').notNull().default('draft'),
    guardianRequired: boolean('guardian_required').notNull().default(false),
    signedOn: date('signed_on', { mode: 'string' }),
    volunteerSignatory: text('volunteer_signatory'),
    guardianSignatory: text('guardian_signatory'),
    organizationSignatory: text('organization_signatory'),
    signedRecordedByUserId: uuid('signed_recorded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    signedRecordedAt: ts('signed_recorded_at'),
    voidedAt: ts('voided_at'),
    voidReason: text('void_reason'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('volunteer_contracts_application_idx').on(t.applicationId, t.createdAt),
    /** One live (draft or signed) contract per placement; a replaced one is voided first. */
    uniqueIndex('volunteer_contracts_live_idx').on(t.applicationId).where(sql`${t.status} <> 'void'`),
    index('volunteer_contracts_organization_idx').on(t.organizationId, t.createdAt),
    index('volunteer_contracts_volunteer_idx').on(t.volunteerId),
    check('volunteer_contracts_status_check', sql`${t.status} in ('draft', 'signed', 'void')`),
    check('volunteer_contracts_term_check', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
    check('volunteer_contracts_signed_check', sql`(${t.status} = 'signed') = (${t.signedOn} is not null) or ${t.status} = 'void'`),
    check('volunteer_contracts_void_check', sql`(${t.status} = 'void') = (${t.voidedAt} is not null)`),
  ],
);
