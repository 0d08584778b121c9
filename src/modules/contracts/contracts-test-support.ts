import { and, eq } from 'drizzle-orm';
import type { BenefitType } from '../../db/schema/benefits.js';
import { applications, auditLog, benefits, volunteerContracts } from '../../db/schema/index.js';
import { createUser } from '../../test-support/factories.js';
import type { TestApp } from '../../test-support/test-app.js';
import { clientFor, hostScene, shiftFor, volunteerWithLogin } from '../placements/placements-test-support.js';

/**
 * A placement for the contract tests: an organization (one admin member) with a published
 * opportunity in Kecskemét, a volunteer with a login (birth date as given), the accepted placement
 * on a 3-hour shift ten days from now, and a coordinator of the center.
 */
export async function contractScene(t: TestApp, options: { birthDate?: string; guardianName?: string | null; status?: string } = {}) {
  const host = await hostScene(t, { opportunity: { title: 'Árvízvédelmi gyűjtés', description: 'Homokzsákok töltése a gát mellett.', address: 'Fő utca 1.' } });
  const volunteer = await volunteerWithLogin(t, {
    centerId: host.center.id,
    familyName: 'Kovács',
    givenName: 'Őszike',
    birthDate: options.birthDate ?? '1990-05-01',
    guardianName: options.guardianName ?? null,
  });
  const shift = await shiftFor(t.db, host.opportunity.id);
  const [application] = await t.db
    .insert(applications)
    .values({
      volunteerId: volunteer.volunteer.id,
      opportunityId: host.opportunity.id,
      shiftId: shift.id,
      centerId: host.center.id,
      origin: 'volunteer',
      status: options.status ?? 'accepted',
    })
    .returning();
  if (!application) throw new Error('application missing');
  const coordinator = await createUser(t.db, { grants: [{ role: 'center_coordinator', centerId: host.center.id }] });
  return { ...host, volunteer, shift, application, coordinatorClient: await clientFor(t, coordinator.id), url: `/applications/${application.id}/contract` };
}

/** A valid generate form (an indefinite term from the given day unless an end is given). */
export function generateForm(overrides: Record<string, string> = {}) {
  return {
    activity: 'Homokzsákok töltése és szállítása.',
    place: 'Kecskemét, Fő utca 1.',
    timeAndRest: 'Szombatonként 9 és 12 óra között, óránként 10 perc szünettel.',
    benefits: 'Útiköltség-térítés.',
    benefitsOnEnd: 'A megszűnésig felmerült költséget a szervezet megtéríti.',
    startsOn: '2026-06-01',
    endsOn: '',
    ...overrides,
  };
}

export function contractsOf(t: TestApp, applicationId: string) {
  return t.db.select().from(volunteerContracts).where(eq(volunteerContracts.applicationId, applicationId)).orderBy(volunteerContracts.createdAt);
}

export function contractAudit(t: TestApp, entityType: string, entityId: string) {
  return t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(auditLog.id);
}

export async function addBenefit(t: TestApp, scene: Awaited<ReturnType<typeof contractScene>>, type: BenefitType) {
  await t.db.insert(benefits).values({
    applicationId: scene.application.id,
    volunteerId: scene.volunteer.volunteer.id,
    organizationId: scene.organization.id,
    centerId: scene.center.id,
    type,
    givenOn: '2026-01-10',
    amountHuf: 1500,
    recordedByUserId: scene.member.id,
  });
}
