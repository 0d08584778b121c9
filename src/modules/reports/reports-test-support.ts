import { applications, hourEntries } from '../../db/schema/index.js';
import type { TestApp } from '../../test-support/test-app.js';
import { hostScene, staffWithLogin, volunteerWithLogin } from '../placements/placements-test-support.js';

/** A host organization (one member with a browser), a coordinator of its center, and a report URL. */
export async function reportScene(t: TestApp) {
  const host = await hostScene(t);
  const coordinator = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: host.center.id }]);
  return { ...host, coordinator, reportUrl: `/organizations/${host.organization.id}/reports` };
}

/** A volunteer placed at the scene's organization (an accepted application), born on `birthDate`. */
export async function placedVolunteer(t: TestApp, scene: Awaited<ReturnType<typeof reportScene>>, birthDate = '1990-05-01') {
  const volunteer = await volunteerWithLogin(t, { centerId: scene.center.id, birthDate });
  const [application] = await t.db
    .insert(applications)
    .values({ volunteerId: volunteer.volunteer.id, opportunityId: scene.opportunity.id, centerId: scene.center.id, origin: 'volunteer', status: 'accepted' })
    .returning();
  if (!application) throw new Error('application missing');
  return { ...volunteer, application };
}

/** Inserts an hour entry directly (approved unless said otherwise). */
export async function insertHours(
  t: TestApp,
  placed: { application: { id: string; volunteerId: string; centerId: string } },
  organizationId: string,
  attrs: { activityDay: string; minutes: number; activity: string; status?: 'submitted' | 'approved' | 'rejected' },
) {
  const [row] = await t.db
    .insert(hourEntries)
    .values({
      applicationId: placed.application.id,
      volunteerId: placed.application.volunteerId,
      organizationId,
      centerId: placed.application.centerId,
      status: 'approved',
      ...attrs,
    })
    .returning();
  if (!row) throw new Error('hour entry missing');
  return row;
}
