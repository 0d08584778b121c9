import { sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';

/**
 * The figures of a program's dashboard. Köt. hours (hour_entries) and IKSZ occasions (iksz_occasions)
 * are two ledgers (ADR 025 §3): they are counted apart and never added together.
 */
export type ProgramFigures = {
  opportunities: number;
  publishedOpportunities: number;
  partners: Record<string, number>;
  applications: { status: string; n: number }[];
  approvedHourMinutes: number;
  ikszOccasions: { status: string; n: number; minutes: number }[];
};

export async function findProgramFigures(db: Queryable, programId: string): Promise<ProgramFigures> {
  const ofProgram = sql`(select opportunity_id from program_opportunities where program_id = ${programId})`;
  const [opps, partners, applications, hours, iksz] = await Promise.all([
    queryRows<{ n: number; published: number }>(
      db,
      sql`select count(*)::int as n, count(*) filter (where o.status = 'published')::int as published
          from opportunities o where o.id in ${ofProgram}`,
    ),
    queryRows<{ kind: string; n: number }>(
      db,
      sql`select partner_kind as kind, count(*)::int as n from program_partners where program_id = ${programId} group by partner_kind`,
    ),
    queryRows<{ status: string; n: number }>(
      db,
      sql`select status, count(*)::int as n from applications where opportunity_id in ${ofProgram} group by status order by status`,
    ),
    queryRows<{ minutes: number }>(
      db,
      sql`select coalesce(sum(h.minutes), 0)::int as minutes from hour_entries h
          join applications a on a.id = h.application_id
          where h.status = 'approved' and a.opportunity_id in ${ofProgram}`,
    ),
    queryRows<{ status: string; n: number; minutes: number }>(
      db,
      sql`select status, count(*)::int as n, coalesce(sum(minutes), 0)::int as minutes from iksz_occasions
          where opportunity_id in ${ofProgram} group by status order by status`,
    ),
  ]);
  return {
    opportunities: opps[0]?.n ?? 0,
    publishedOpportunities: opps[0]?.published ?? 0,
    partners: Object.fromEntries(partners.map((p) => [p.kind, p.n])),
    applications,
    approvedHourMinutes: hours[0]?.minutes ?? 0,
    ikszOccasions: iksz,
  };
}
