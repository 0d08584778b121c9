import { eq } from 'drizzle-orm';
import { applicationEvents, applications, volunteers } from '../../db/schema/index.js';
import { createVolunteer } from '../../test-support/brokering-factories.js';
import type { TestApp } from '../../test-support/test-app.js';
import { insertHours } from '../reports/reports-test-support.js';

/** Hand-made placements with a status history, for the center reports' figures. */
const at = (instant: string) => new Date(instant);

/** A volunteer of the center (and point), registered at `registeredAt`. */
export async function registeredVolunteer(t: TestApp, centerId: string, registeredAt: string, attrs: { pointId?: string; birthDate?: string } = {}) {
  const volunteer = await createVolunteer(t.db, { centerId, pointId: attrs.pointId ?? null, birthDate: attrs.birthDate ?? '1990-05-01' });
  await t.db
    .update(volunteers)
    .set({ createdAt: at(registeredAt) })
    .where(eq(volunteers.id, volunteer.id));
  return volunteer;
}

/**
 * An application made at `createdAt` that then went through `steps` ([status, instant], in order);
 * its status is the last step's (or 'applied'). The history starts with the application itself.
 */
export async function applicationWithHistory(
  t: TestApp,
  volunteer: { id: string; centerId: string | null },
  opportunity: { id: string; centerId: string },
  createdAt: string,
  steps: [string, string][] = [],
) {
  const status = steps.at(-1)?.[0] ?? 'applied';
  const [application] = await t.db
    .insert(applications)
    .values({ volunteerId: volunteer.id, opportunityId: opportunity.id, centerId: opportunity.centerId, origin: 'volunteer', status, createdAt: at(createdAt) })
    .returning();
  if (!application) throw new Error('application missing');
  let from: string | null = null;
  for (const [to, when] of [['applied', createdAt] as [string, string], ...steps]) {
    await t.db.insert(applicationEvents).values({ applicationId: application.id, fromStatus: from, toStatus: to, at: at(when) });
    from = to;
  }
  return application;
}

/** Approved minutes on a day of the application. */
export function approvedMinutes(
  t: TestApp,
  application: { id: string; volunteerId: string; centerId: string },
  organizationId: string,
  day: string,
  minutes: number,
) {
  return insertHours(t, { application }, organizationId, { activityDay: day, minutes, activity: 'Segítség' });
}
