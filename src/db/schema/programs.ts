import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { opportunities } from './brokering.js';
import { centers } from './tenancy.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** The kinds of thematic program (PRODUCT.md §7). */
export const programKinds = ['iksz', 'corporate', 'hospital', 'other'] as const;
export type ProgramKind = (typeof programKinds)[number];

/**
 * A thematic program run by a center: it bundles opportunities (`program_opportunities`) with its own
 * rules, partners and roles. `slug` names its public page `/programs/:slug` while `status` is
 * 'published'. Eligibility rules added to the common ones: `min_age` and, for a hospital
 * program the induction qualification (from the trainings module), the confidentiality declaration
 * and the validity of the health-fitness check, which the programs module turns into required
 * qualifications of the program's opportunities so every path checks them (ADR 025).
 */
export const programs = pgTable(
  'programs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    name: text('name').notNull(),
    sortKey: text('sort_key').notNull(),
    slug: text('slug').notNull(),
    kind: text('kind').notNull(),
    summary: text('summary'),
    description: text('description'),
    /** 'draft' | 'published' | 'closed' */
    status: text('status').notNull().default('draft'),
    minAge: integer('min_age'),
    /** Hospital: the induction training's qualification name (trainings course qualification). */
    inductionQualification: text('induction_qualification'),
    /** Hospital: how many months a recorded health-fitness check stays valid. */
    healthValidMonths: integer('health_valid_months'),
    /** Hospital: the confidentiality declaration's editable template (plain text with {{placeholders}}). */
    confidentialityTemplate: text('confidentiality_template'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('programs_slug_idx').on(t.slug),
    index('programs_center_idx').on(t.centerId, t.status),
    check('programs_kind_check', sql`${t.kind} in ('iksz', 'corporate', 'hospital', 'other')`),
    check('programs_status_check', sql`${t.status} in ('draft', 'published', 'closed')`),
  ],
);

/** A partner of a program: a school, a company or a host organization (`partner_id` is that row's id). */
export const programPartners = pgTable(
  'program_partners',
  {
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    partnerKind: text('partner_kind').notNull(),
    partnerId: uuid('partner_id').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.programId, t.partnerKind, t.partnerId] }),
    index('program_partners_partner_idx').on(t.partnerKind, t.partnerId),
    check('program_partners_kind_check', sql`${t.partnerKind} in ('school', 'company', 'organization')`),
  ],
);

/**
 * The opportunities a program includes. `added_qualifications` lists the qualifications the program's
 * rules added to the opportunity's required ones (programs/requirements.ts), so leaving the program
 * removes exactly those.
 */
export const programOpportunities = pgTable(
  'program_opportunities',
  {
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    addedQualifications: text('added_qualifications').array().notNull().default(sql`'{}'::text[]`),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.opportunityId] }), index('program_opportunities_opportunity_idx').on(t.opportunityId)],
);
