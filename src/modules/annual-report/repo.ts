import { and, eq, type SQL, sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import { annualReports } from '../../db/schema/index.js';

/** The queue of annual reports (annual_reports): requests, the job's claim and progress, the files. */

export type CenterReach = 'all' | string[];
export type ReportStatus = 'queued' | 'running' | 'done' | 'failed';

export type AnnualReportRow = {
  id: number;
  centerId: string;
  centerName: string;
  year: number;
  status: ReportStatus;
  progress: number;
  step: string | null;
  error: string | null;
  requestedBy: string | null;
  requestedAt: Date;
  finishedAt: Date | null;
};

const reachWhere = (reach: CenterReach, centerId?: string): SQL => {
  const parts: SQL[] = [reach === 'all' ? sql`true` : sql`r.center_id = any(${arrayParam(reach, 'uuid')})`];
  if (centerId) parts.push(sql`r.center_id = ${centerId}::uuid`);
  return sql.join(parts, sql` and `);
};

const rowColumns = sql`r.id, r.center_id as "centerId", c.name as "centerName", r.year, r.status, r.progress, r.step, r.error,
  nullif(trim(concat_ws(' ', u.family_name, u.given_name)), '') as "requestedBy", r.requested_at as "requestedAt", r.finished_at as "finishedAt"`;

const toRow = (r: AnnualReportRow): AnnualReportRow => ({
  ...r,
  id: Number(r.id),
  year: Number(r.year),
  progress: Number(r.progress),
  requestedAt: new Date(r.requestedAt),
  finishedAt: r.finishedAt ? new Date(r.finishedAt) : null,
});

/** The reports of the centers in reach (or of one of them), newest request first. */
export async function findReports(db: Queryable, reach: CenterReach, centerId: string | undefined, page: { limit: number; offset: number }) {
  if (reach !== 'all' && reach.length === 0) return [];
  const rows = await queryRows<AnnualReportRow>(
    db,
    sql`select ${rowColumns} from annual_reports r join centers c on c.id = r.center_id left join users u on u.id = r.requested_by_user_id
        where ${reachWhere(reach, centerId)} order by r.requested_at desc, r.id desc limit ${page.limit} offset ${page.offset}`,
  );
  return rows.map(toRow);
}

export async function countReports(db: Queryable, reach: CenterReach, centerId: string | undefined): Promise<number> {
  if (reach !== 'all' && reach.length === 0) return 0;
  const [row] = await queryRows<{ n: string | number }>(db, sql`select count(*) as n from annual_reports r where ${reachWhere(reach, centerId)}`);
  return Number(row?.n ?? 0);
}

/** Whether any report in reach is still being made (the page then refreshes itself). */
export async function anyReportInProgress(db: Queryable, reach: CenterReach, centerId: string | undefined): Promise<boolean> {
  if (reach !== 'all' && reach.length === 0) return false;
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`select r.id from annual_reports r where ${reachWhere(reach, centerId)} and r.status in ('queued', 'running') limit 1`,
  );
  return row !== undefined;
}

export async function findReport(db: Queryable, id: number): Promise<AnnualReportRow | undefined> {
  const [row] = await queryRows<AnnualReportRow>(
    db,
    sql`select ${rowColumns} from annual_reports r join centers c on c.id = r.center_id left join users u on u.id = r.requested_by_user_id where r.id = ${id}`,
  );
  return row ? toRow(row) : undefined;
}

/** The stored file (bytea, a Buffer on both engines). */
export async function findReportFile(db: Queryable, id: number, kind: 'pdf' | 'xlsx'): Promise<Buffer | undefined> {
  const column = kind === 'pdf' ? annualReports.pdf : annualReports.xlsx;
  const [row] = await db
    .select({ file: column })
    .from(annualReports)
    .where(and(eq(annualReports.id, id), eq(annualReports.status, 'done')));
  return row?.file ? Buffer.from(row.file) : undefined;
}

/** Locks the center's report queue for a moment: two requests at once must not both pass the "none queued" check. */
export async function lockCenterForRequest(db: Queryable, centerId: string): Promise<void> {
  await queryRows(db, sql`select id from centers where id = ${centerId} for update`);
}

export async function findActiveReport(db: Queryable, centerId: string, year: number): Promise<{ id: number } | undefined> {
  const [row] = await queryRows<{ id: number }>(
    db,
    sql`select id from annual_reports where center_id = ${centerId} and year = ${year} and status in ('queued', 'running') limit 1`,
  );
  return row;
}

export async function insertReport(db: Queryable, values: { centerId: string; year: number; requestedByUserId: string; requestedAt: Date }): Promise<number> {
  const [row] = await db.insert(annualReports).values(values).returning({ id: annualReports.id });
  if (!row) throw new Error('annual report insert returned nothing');
  return row.id;
}

/**
 * The first year the centers have something to report in (approved hours, inquiries, advocacy actions,
 * training sessions), or undefined. Minimums only, so each read is one step down an index.
 */
export async function findFirstYearWithData(db: Queryable, reach: CenterReach): Promise<number | undefined> {
  if (reach !== 'all' && reach.length === 0) return undefined;
  const of = (column: SQL) => (reach === 'all' ? sql`true` : sql`${column} = any(${arrayParam(reach, 'uuid')})`);
  const [row] = await queryRows<{ year: number | string | null }>(
    db,
    sql`select extract(year from least(
          (select min(month) from approved_hour_months where ${of(sql`center_id`)}),
          (select min(received_at at time zone 'Europe/Budapest')::date from inquiries where ${of(sql`center_id`)}),
          (select min(held_on) from advocacy_actions where ${of(sql`center_id`)}),
          (select min(starts_at at time zone 'Europe/Budapest')::date from training_sessions where ${of(sql`center_id`)})
        ))::int as year`,
  );
  return row?.year == null ? undefined : Number(row.year);
}

export type ClaimedReport = { id: number; centerId: string; centerName: string; year: number };

/**
 * Claims one report to make: the oldest queued one, or one left 'running' longer than `staleAfterMinutes`
 * by a process that died. SKIP LOCKED, so several processes never take the same row; the claim is
 * committed at once (status running), so the long build holds no lock.
 */
export async function claimReport(db: Queryable, now: Date, staleAfterMinutes: number): Promise<ClaimedReport | undefined> {
  const staleBefore = new Date(now.getTime() - staleAfterMinutes * 60_000);
  const [row] = await queryRows<{ id: number; center_id: string; year: number }>(
    db,
    sql`select id, center_id, year from annual_reports
        where status = 'queued' or (status = 'running' and started_at < ${staleBefore.toISOString()}::timestamptz)
        order by requested_at, id limit 1 for update skip locked`,
  );
  if (!row) return undefined;
  const [claimed] = await queryRows<ClaimedReport>(
    db,
    sql`update annual_reports r set status = 'running', progress = 0, step = null, error = null, started_at = ${now.toISOString()}::timestamptz, finished_at = null
        from centers c where r.id = ${row.id} and c.id = r.center_id
        returning r.id, r.center_id as "centerId", c.name as "centerName", r.year`,
  );
  return claimed ? { ...claimed, id: Number(claimed.id), year: Number(claimed.year) } : undefined;
}

export async function setReportProgress(db: Queryable, id: number, progress: number, step: string): Promise<void> {
  await db.execute(sql`update annual_reports set progress = ${progress}, step = ${step} where id = ${id} and status = 'running'`);
}

export async function markReportDone(db: Queryable, id: number, files: { pdf: Buffer; xlsx: Buffer }, at: Date): Promise<void> {
  await db
    .update(annualReports)
    .set({ status: 'done', progress: 100, step: 'done', pdf: files.pdf, xlsx: files.xlsx, error: null, finishedAt: at })
    .where(eq(annualReports.id, id));
}

export async function markReportFailed(db: Queryable, id: number, error: string, at: Date): Promise<void> {
  await db.execute(
    sql`update annual_reports set status = 'failed', error = ${error.slice(0, 1000)}, finished_at = ${at.toISOString()}::timestamptz where id = ${id}`,
  );
}
