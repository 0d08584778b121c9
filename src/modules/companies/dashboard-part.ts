import { sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import type { Actor } from '../../platform/authz.js';
import { getVolunteerByUserId } from '../volunteers/service.js';
import { companiesOfUser } from './facts.js';
import { findPendingAnswersOfVolunteer, membershipsOfVolunteer } from './repo.js';

/**
 * The dashboard's corporate section (issue 16): for a company coordinator, each company with its
 * team count and upcoming team days; for an employee, their teams and the team days waiting for
 * their answer. Null when there is nothing to show.
 */
export async function companyDashboardFor(db: Queryable, actor: Actor, now: Date) {
  const [coordinated, volunteer] = await Promise.all([companiesOfUser(db, actor.userId), getVolunteerByUserId(db, actor.userId)]);
  const companies = await Promise.all(
    coordinated.map(async (c) => {
      const [row] = await queryRows<{ teams: number; signups: number }>(
        db,
        sql`select (select count(*)::int from company_teams t where t.company_id = ${c.companyId}) as teams,
              (select count(*)::int from team_signups ts join company_teams t on t.id = ts.team_id join shifts s on s.id = ts.shift_id
                where t.company_id = ${c.companyId} and ts.status = 'active' and s.starts_at > ${now}) as signups`,
      );
      return { companyId: c.companyId, name: c.name, teams: row?.teams ?? 0, signups: row?.signups ?? 0 };
    }),
  );
  const [memberships, pending] = volunteer
    ? await Promise.all([membershipsOfVolunteer(db, volunteer.id), findPendingAnswersOfVolunteer(db, volunteer.id, now)])
    : [[], []];
  if (companies.length === 0 && memberships.length === 0) return null;
  return { companies, memberships, pending };
}
export type CompanyDashboard = NonNullable<Awaited<ReturnType<typeof companyDashboardFor>>>;
