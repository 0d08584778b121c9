import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { applications, shifts, volunteers } from './brokering.js';
import { places } from './places.js';
import { centers } from './tenancy.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** A company taking part in corporate volunteering (PRODUCT.md §7). A partner of programs, not a host. */
export const companies = pgTable(
  'companies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    name: text('name').notNull(),
    sortKey: text('sort_key').notNull(),
    taxNumber: text('tax_number'),
    placeId: integer('place_id').references(() => places.id),
    address: text('address'),
    email: text('email'),
    phone: text('phone'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('companies_center_idx').on(t.centerId)],
);

/** The company's coordinators (accounts acting for the company). */
export const companyMembers = pgTable(
  'company_members',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** 'coordinator' */
    role: text('role').notNull().default('coordinator'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.userId] }), index('company_members_user_idx').on(t.userId)],
);

/** An employee team of a company. */
export const companyTeams = pgTable(
  'company_teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('company_teams_company_idx').on(t.companyId)],
);

/**
 * A member of a team: invited by e-mail (only the link token's hash kept), joined when the employee
 * (with a volunteer account) accepts. `names_consent_at`: the employee agreed that the company sees
 * their name in its reports; without it the company sees counts only.
 */
export const companyTeamMembers = pgTable(
  'company_team_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => companyTeams.id, { onDelete: 'cascade' }),
    invitedEmail: text('invited_email').notNull(),
    tokenHash: text('token_hash'),
    invitedBy: uuid('invited_by').references(() => users.id, { onDelete: 'set null' }),
    invitedAt: ts('invited_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    volunteerId: uuid('volunteer_id').references(() => volunteers.id, { onDelete: 'cascade' }),
    joinedAt: ts('joined_at'),
    namesConsentAt: ts('names_consent_at'),
    removedAt: ts('removed_at'),
  },
  (t) => [
    index('company_team_members_team_idx').on(t.teamId),
    index('company_team_members_volunteer_idx').on(t.volunteerId),
    uniqueIndex('company_team_members_token_idx').on(t.tokenHash),
    uniqueIndex('company_team_members_active_idx').on(t.teamId, t.volunteerId).where(sql`${t.removedAt} is null and ${t.volunteerId} is not null`),
  ],
);

/**
 * A pro bono skills offer: what the company's people can do (skills and causes from the shared
 * vocabularies), matched against organizations' needs (published opportunities) by the matching engine.
 */
export const companySkillOffers = pgTable(
  'company_skill_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description'),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    causes: text('causes').array().notNull().default(sql`'{}'::text[]`),
    hoursOffered: integer('hours_offered'),
    availableUntil: date('available_until', { mode: 'string' }),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('company_skill_offers_company_idx').on(t.companyId)],
);

/**
 * A team signed up for a team day's shift (a shift with `team_capacity`). `seats` is how many of the
 * shift's seats the team holds. Each member confirms (`team_signup_members`), which makes their
 * application through the placements module, with every per-member rule checked.
 */
export const teamSignups = pgTable(
  'team_signups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => companyTeams.id, { onDelete: 'cascade' }),
    shiftId: uuid('shift_id')
      .notNull()
      .references(() => shifts.id, { onDelete: 'cascade' }),
    seats: integer('seats').notNull(),
    /** 'active' | 'cancelled' */
    status: text('status').notNull().default('active'),
    signedUpBy: uuid('signed_up_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    cancelledAt: ts('cancelled_at'),
  },
  (t) => [
    uniqueIndex('team_signups_active_idx').on(t.teamId, t.shiftId).where(sql`${t.status} = 'active'`),
    index('team_signups_shift_idx').on(t.shiftId),
    check('team_signups_seats_check', sql`${t.seats} > 0`),
    check('team_signups_status_check', sql`${t.status} in ('active', 'cancelled')`),
  ],
);

/** A team member's answer to a team sign-up: confirmed (with the application it made) or declined. */
export const teamSignupMembers = pgTable(
  'team_signup_members',
  {
    signupId: uuid('signup_id')
      .notNull()
      .references(() => teamSignups.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => companyTeamMembers.id, { onDelete: 'cascade' }),
    /** 'invited' | 'confirmed' | 'declined' | 'refused' (a rule such as age or qualification refused them) */
    status: text('status').notNull().default('invited'),
    reason: text('reason'),
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'set null' }),
    answeredAt: ts('answered_at'),
  },
  (t) => [
    primaryKey({ columns: [t.signupId, t.memberId] }),
    check('team_signup_members_status_check', sql`${t.status} in ('invited', 'confirmed', 'declined', 'refused')`),
  ],
);
