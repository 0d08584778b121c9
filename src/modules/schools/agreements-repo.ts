import { eq, type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { ikszAgreements } from '../../db/schema/index.js';
import { addDays } from '../../platform/budapest-time.js';
import { type ListParams, offsetOf } from '../../platform/list-params.js';
import type { AgreementSort } from './schema.js';
import { expiryWarningDays } from './students-repo.js';

export type AgreementRecord = typeof ikszAgreements.$inferSelect;

/** One agreement as the lists and its page show it; `expiring`: ends within 30 days from today. */
export type AgreementRow = AgreementRecord & {
  schoolName: string;
  schoolOmId: string;
  schoolAddress: string;
  hostName: string;
  hostAddress: string;
  expiring: boolean;
};

const rowSelect = (today: string) => sql`select a.id, a.school_id as "schoolId", a.organization_id as "organizationId",
    a.starts_on::text as "startsOn", a.ends_on::text as "endsOn", a.mentor_name as "mentorName", a.mentor_tasks as "mentorTasks",
    a.areas, a.body, a.school_signed_on::text as "schoolSignedOn", a.host_signed_on::text as "hostSignedOn",
    a.expiry_warned_at as "expiryWarnedAt", a.created_by as "createdBy", a.created_at as "createdAt", a.updated_at as "updatedAt",
    s.name as "schoolName", s.om_id as "schoolOmId",
    trim(both ', ' from coalesce(sp.name, '') || ', ' || coalesce(s.address, '')) as "schoolAddress",
    o.name as "hostName", trim(both ', ' from coalesce(op.name, '') || ', ' || coalesce(o.address, '')) as "hostAddress",
    (a.ends_on >= ${today} and a.ends_on <= ${addDays(today, expiryWarningDays)}) as expiring
  from iksz_agreements a
  join schools s on s.id = a.school_id
  join places sp on sp.id = s.place_id
  join organizations o on o.id = a.organization_id
  left join places op on op.id = o.place_id`;

export type AgreementFilter = { schoolId?: string; organizationId?: string; expiring?: boolean };

function filterWhere(f: AgreementFilter, today: string): SQL {
  const c: SQL[] = [];
  if (f.schoolId) c.push(sql`a.school_id = ${f.schoolId}`);
  if (f.organizationId) c.push(sql`a.organization_id = ${f.organizationId}`);
  if (f.expiring) c.push(sql`a.ends_on >= ${today} and a.ends_on <= ${addDays(today, expiryWarningDays)}`);
  return c.length ? sql.join(c, sql` and `) : sql`true`;
}

const orderBy: Record<AgreementSort, SQL> = {
  host: sql`o.sort_key collate "C"`,
  endsOn: sql`a.ends_on`,
  startsOn: sql`a.starts_on`,
};

const orderOf = (params: Pick<ListParams<AgreementSort>, 'sort' | 'dir'>) =>
  sql`${orderBy[params.sort]} ${params.dir === 'desc' ? sql`desc` : sql`asc`}, o.sort_key collate "C", a.id`;

const fixDates = (r: AgreementRow): AgreementRow => ({
  ...r,
  createdAt: new Date(r.createdAt),
  updatedAt: new Date(r.updatedAt),
  expiryWarnedAt: r.expiryWarnedAt ? new Date(r.expiryWarnedAt) : null,
});

export async function findAgreements(
  db: Queryable,
  f: AgreementFilter,
  params: ListParams<AgreementSort>,
  today: string,
  limit?: number,
): Promise<AgreementRow[]> {
  const page = limit === undefined ? sql`limit ${params.pageSize} offset ${offsetOf(params)}` : sql`limit ${limit}`;
  const rows = await queryRows<AgreementRow>(db, sql`${rowSelect(today)} where ${filterWhere(f, today)} order by ${orderOf(params)} ${page}`);
  return rows.map(fixDates);
}

export async function countAgreements(db: Queryable, f: AgreementFilter, today: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from iksz_agreements a where ${filterWhere(f, today)}`);
  return row?.n ?? 0;
}

export async function findAgreementRow(db: Queryable, id: string, today: string): Promise<AgreementRow | undefined> {
  const [row] = await queryRows<AgreementRow>(db, sql`${rowSelect(today)} where a.id = ${id}`);
  return row ? fixDates(row) : undefined;
}

export async function lockAgreement(db: Queryable, id: string): Promise<AgreementRecord | undefined> {
  const [row] = await db.select().from(ikszAgreements).where(eq(ikszAgreements.id, id)).for('update');
  return row;
}

export async function insertAgreement(db: Queryable, values: typeof ikszAgreements.$inferInsert): Promise<AgreementRecord> {
  const [row] = await db.insert(ikszAgreements).values(values).returning();
  if (!row) throw new Error('agreement insert returned nothing');
  return row;
}

export async function updateAgreementRow(db: Queryable, id: string, values: Partial<AgreementRecord>): Promise<AgreementRecord> {
  const [row] = await db
    .update(ikszAgreements)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(ikszAgreements.id, id))
    .returning();
  if (!row) throw new Error('agreement update returned nothing');
  return row;
}

/** The host's name and address as the agreement's parties name it. */
export async function findHostAddress(db: Queryable, organizationId: string): Promise<{ name: string; address: string } | undefined> {
  const [row] = await queryRows<{ name: string; address: string }>(
    db,
    sql`select o.name, trim(both ', ' from coalesce(p.name, '') || ', ' || coalesce(o.address, '')) as address
        from organizations o left join places p on p.id = o.place_id where o.id = ${organizationId}`,
  );
  return row;
}
