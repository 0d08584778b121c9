import type { Queryable } from '../../db/database.js';
import { type Actor, centersVisibleTo } from '../../platform/authz.js';
import { addDays, budapestDay, mondayOf } from '../../platform/budapest-time.js';
import { countExpiringHolders, hospitalProgramsOfCenters, hospitalProgramsOfVolunteer, qualificationsOfVolunteers, volunteerIdOfUser } from './repo.js';
import { expiryWarningDays, hospitalRequirementNames, type RequirementStatus, requirementStatuses } from './requirement-state.js';
import { type SupervisedWard, wardsSupervisedBy } from './ward-repo.js';

export type HospitalDashboard = {
  /** The volunteer's requirements that expire within 30 days or have expired, per program. */
  mine: { programId: string; programName: string; status: RequirementStatus }[];
  /** For center staff: each hospital program with how many volunteers' requirements expire within 30 days. */
  programs: { id: string; name: string; expiring: number }[];
  /** For a ward's supervisor: their wards with this week's sign-ups against the week's seats. */
  wards: SupervisedWard[];
};

/**
 * The dashboard's hospital section: a volunteer's expiring (warned) or expired (blocked) hospital
 * requirements, and for the center staff of hospital programs how many volunteers need a renewal
 * soon, and a ward supervisor's wards with this week's roster. Null when the user has none of these.
 */
export async function hospitalDashboardFor(db: Queryable, actor: Actor, now: Date): Promise<HospitalDashboard | null> {
  const today = budapestDay(now);
  const reach = centersVisibleTo(actor, 'programs.manage');
  const volunteerId = await volunteerIdOfUser(db, actor.userId);
  const [mine, staffPrograms, wards] = await Promise.all([
    volunteerId ? volunteerPart(db, volunteerId, today) : Promise.resolve([]),
    hospitalProgramsOfCenters(db, reach),
    wardsSupervisedBy(db, actor.userId, mondayOf(today)),
  ]);
  const programs = await Promise.all(
    staffPrograms.map(async (p) => ({
      id: p.id,
      name: p.name,
      expiring: await countExpiringHolders(
        db,
        hospitalRequirementNames(p).map((r) => r.name),
        today,
        addDays(today, expiryWarningDays),
      ),
    })),
  );
  if (mine.length === 0 && programs.length === 0 && wards.length === 0) return null;
  return { mine, programs, wards };
}

async function volunteerPart(db: Queryable, volunteerId: string, today: string): Promise<HospitalDashboard['mine']> {
  const [programs, held] = await Promise.all([hospitalProgramsOfVolunteer(db, volunteerId), qualificationsOfVolunteers(db, [volunteerId])]);
  return programs.flatMap((p) =>
    requirementStatuses(p, held, today)
      .filter((s) => s.state !== 'ok')
      .map((status) => ({ programId: p.id, programName: p.name, status })),
  );
}
