import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** The amounts volunteer law depends on (ADR 016); only the monthly minimum wage so far. */
export const legalAmountKinds = ['monthly_minimum_wage'] as const;
export type LegalAmountKind = (typeof legalAmountKinds)[number];

/**
 * Amounts of volunteer law, each in force from its day until the next row of the same kind (ADR 016).
 * Legal data, not demo data: the known rows are seeded by a migration, and the national admin adds
 * a new one when a decree appears (usually in advance, with a future effective date). `source`
 * cites the publication; every change is audited.
 */
export const legalAmounts = pgTable(
  'legal_amounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<LegalAmountKind>().notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    amountHuf: integer('amount_huf').notNull(),
    source: text('source').notNull(),
    updatedByUserId: uuid('updated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('legal_amounts_kind_day_idx').on(t.kind, t.effectiveFrom),
    check('legal_amounts_kind_check', sql`${t.kind} in ('monthly_minimum_wage')`),
    check('legal_amounts_amount_check', sql`${t.amountHuf} > 0`),
  ],
);

/** A school-calendar period: a school break (holiday) or a teaching Saturday (one day). */
export const schoolPeriodKinds = ['holiday', 'teaching_saturday'] as const;
export type SchoolPeriodKind = (typeof schoolPeriodKinds)[number];

/**
 * The Hungarian school calendar ("a tanév rendje", a yearly ministerial decree) as far as the
 * Köt. 5. § limits of under-16s need it (ADR 016): school breaks and teaching Saturdays, each with
 * its source. A school year without any break here is read as term time throughout (the stricter
 * limits), and the admin pages warn about it.
 */
export const schoolCalendarPeriods = pgTable(
  'school_calendar_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<SchoolPeriodKind>().notNull(),
    name: text('name').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    source: text('source').notNull(),
    updatedByUserId: uuid('updated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('school_calendar_periods_day_idx').on(t.startsOn),
    check('school_calendar_periods_kind_check', sql`${t.kind} in ('holiday', 'teaching_saturday')`),
    check('school_calendar_periods_range_check', sql`${t.startsOn} <= ${t.endsOn}`),
  ],
);
