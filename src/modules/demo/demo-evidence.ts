import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/database.js';
import { applicationEvents, applications, hourEntries } from '../../db/schema/index.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { daysAgo } from './demo-clock.js';

/** How many walk-in volunteers the evidence pack's demo places: above the small-number threshold (5). */
const evidenceVolunteers = 9;
const activities = ['Terepmunka', 'Rendezvény lebonyolítása', 'Eszközök rendbetétele'];

/**
 * Approved hours for the advocacy evidence pack (issue 15): adult walk-in volunteers of the demo
 * center are placed on two published opportunities in the center's seat and log approved hours over
 * the last seven months and the year before, so the seat's pack shows figures above the
 * small-number threshold and a trend. All fictional. Runs inside the demo seed's transaction.
 */
export async function seedEvidenceDemo(tx: Tx, input: { centerId: string; seat: string; county: string; now: Date; coordinatorUserId: string }) {
  const { now } = input;
  const opportunities = await queryRows<{ id: string; organization_id: string }>(
    tx,
    sql`select o.id, o.organization_id from opportunities o join places p on p.id = o.place_id
        where o.center_id = ${input.centerId} and o.status = 'published' and p.name = ${input.seat} and p.county = ${input.county}
        order by o.created_at, o.id limit 2`,
  );
  if (opportunities.length === 0) throw new Error(`no published demo opportunity in ${input.seat}`);
  const adultBefore = budapestDay(daysAgo(now, 365 * 20));
  const people = await queryRows<{ id: string }>(
    tx,
    sql`select v.id from volunteers v where v.center_id = ${input.centerId} and v.user_id is null and v.birth_date <= ${adultBefore}::date
          and not exists (select 1 from applications a where a.volunteer_id = v.id)
        order by v.sort_key collate "C", v.id limit ${evidenceVolunteers}`,
  );
  if (people.length < evidenceVolunteers) throw new Error('too few demo volunteers for the evidence pack');
  for (const [i, person] of people.entries()) {
    const opportunity = opportunities[i % opportunities.length] as { id: string; organization_id: string };
    const applicationId = randomUUID();
    await tx.insert(applications).values({
      id: applicationId,
      volunteerId: person.id,
      opportunityId: opportunity.id,
      centerId: input.centerId,
      origin: 'coordinator',
      status: 'active',
      createdBy: input.coordinatorUserId,
      createdAt: daysAgo(now, 520 - i),
      updatedAt: daysAgo(now, 510 - i),
    });
    await tx.insert(applicationEvents).values(
      ['proposed', 'referred', 'accepted', 'active'].map((to, k, path) => ({
        applicationId,
        fromStatus: path[k - 1] ?? null,
        toStatus: to,
        actorUserId: input.coordinatorUserId,
        at: daysAgo(now, 520 - i - k * 3),
      })),
    );
    // This year: five sessions over the last seven months; last year: three.
    const days = [12, 45, 80, 130, 200, 380, 420, 470].map((d) => d + i);
    await tx.insert(hourEntries).values(
      days.map((d, k) => ({
        applicationId,
        volunteerId: person.id,
        organizationId: opportunity.organization_id,
        centerId: input.centerId,
        status: 'approved',
        activityDay: budapestDay(daysAgo(now, d)),
        minutes: 120 + ((i + k) % 3) * 60,
        activity: activities[(i + k) % activities.length] as string,
        loggedByUserId: input.coordinatorUserId,
        decidedByUserId: input.coordinatorUserId,
        decidedAt: daysAgo(now, d - 2),
      })),
    );
  }
}
