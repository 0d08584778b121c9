import { sql } from 'drizzle-orm';
import { bigserial, check, customType, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { applications } from './brokering.js';
import { centers } from './tenancy.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * APPROVED volunteer minutes summed per placement and amount period (ADR 024): the figures the
 * evidence packs, the center reports and the points comparison read instead of millions of hour
 * entries. Kept exact by triggers in migration 0024 (hour entries written, an opportunity's place or
 * causes or an organization's place or point changed, a legal amount added or changed).
 * `period_start` is the first day of the month, or a later day of the month from which a new
 * minimum wage is in force, so every row's minutes have one hour value. `place_id` is where the
 * work happened: the opportunity's settlement, else its organization's. `point_id` is the
 * organization's Volunteer Point.
 */
export const approvedHourMonths = pgTable(
  'approved_hour_months',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    volunteerId: uuid('volunteer_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    opportunityId: uuid('opportunity_id').notNull(),
    centerId: uuid('center_id').notNull(),
    pointId: uuid('point_id'),
    placeId: integer('place_id'),
    causes: text('causes').array().notNull().default(sql`'{}'::text[]`),
    minutes: integer('minutes').notNull(),
    entries: integer('entries').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.periodStart] }),
    index('approved_hour_months_center_idx').on(t.centerId, t.month),
    index('approved_hour_months_place_idx').on(t.placeId, t.month),
    index('approved_hour_months_month_idx').on(t.month),
    index('approved_hour_months_opportunity_idx').on(t.opportunityId),
    index('approved_hour_months_organization_idx').on(t.organizationId),
    index('approved_hour_months_volunteer_idx').on(t.volunteerId, t.month),
    check('approved_hour_months_minutes_check', sql`${t.minutes} > 0 and ${t.entries} > 0`),
  ],
);

/**
 * A center's annual report, made by a background job (annual-report/job.ts) and kept: the
 * PDF and the XLSX are stored here (so backups hold them). status queued | running | done | failed;
 * `progress` 0–100 with the step being made.
 */
export const annualReports = pgTable(
  'annual_reports',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    year: integer('year').notNull(),
    status: text('status').notNull().default('queued'),
    progress: integer('progress').notNull().default(0),
    step: text('step'),
    pdf: bytea('pdf'),
    xlsx: bytea('xlsx'),
    error: text('error'),
    requestedByUserId: uuid('requested_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    requestedAt: ts('requested_at').notNull().defaultNow(),
    startedAt: ts('started_at'),
    finishedAt: ts('finished_at'),
  },
  (t) => [
    index('annual_reports_center_idx').on(t.centerId, t.year, t.requestedAt),
    index('annual_reports_queue_idx').on(t.requestedAt).where(sql`${t.status} = 'queued'`),
    check('annual_reports_status_check', sql`${t.status} in ('queued', 'running', 'done', 'failed')`),
    check('annual_reports_progress_check', sql`${t.progress} between 0 and 100`),
  ],
);
