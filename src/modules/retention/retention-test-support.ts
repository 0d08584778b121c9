import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/database.js';

export const dayMs = 24 * 3600_000;
export const daysAfter = (date: Date, days: number) => new Date(date.getTime() + days * dayMs);
/** The moment `years` calendar years (and `days` days) before `date`. */
export function yearsBefore(date: Date, years: number, days = 0): Date {
  const d = new Date(date.getTime() - days * dayMs);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d;
}

const iso = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/**
 * Moves every trace of a volunteer's activity back to `at`: the login's last activity, the profile's
 * creation, their applications, status timeline and hour entries.
 */
export async function backdateVolunteer(db: Database, volunteerId: string, at: Date): Promise<void> {
  await db.execute(sql`update volunteers set created_at = ${iso(at)} where id = ${volunteerId}`);
  await db.execute(
    sql`update users set last_active_at = ${iso(at)}, created_at = ${iso(at)} where id = (select user_id from volunteers where id = ${volunteerId})`,
  );
  await db.execute(sql`update applications set created_at = ${iso(at)}, updated_at = ${iso(at)} where volunteer_id = ${volunteerId}`);
  await db.execute(
    sql`update application_events set at = ${iso(at)} where application_id in (select id from applications where volunteer_id = ${volunteerId})`,
  );
  await db.execute(sql`update hour_entries set created_at = ${iso(at)}, updated_at = ${iso(at)} where volunteer_id = ${volunteerId}`);
}

/** Moves a login's last activity (and creation) back to `at`. */
export async function backdateUser(db: Database, userId: string, at: Date): Promise<void> {
  await db.execute(sql`update users set last_active_at = ${iso(at)}, created_at = ${iso(at)} where id = ${userId}`);
}

/** The number of rows of each table a read-only page must leave alone. */
export async function rowCounts(db: Database): Promise<Record<string, number>> {
  const tables = ['volunteers', 'users', 'outbox', 'inactivity_notices', 'audit_log', 'sessions', 'register_entries'];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)}`);
    counts[table] = Number(row?.n);
  }
  const [erased] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from volunteers where erased_at is not null`);
  counts.erasedVolunteers = Number(erased?.n);
  return counts;
}
