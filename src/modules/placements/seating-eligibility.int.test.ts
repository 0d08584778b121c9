import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, volunteerQualifications, volunteers } from '../../db/schema/index.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { bornYearsAgo } from '../volunteers/volunteers-test-support.js';
import { applicationIdFrom, applicationRow, hostScene, seatsTaken, shiftFor, staffWithLogin, volunteerWithLogin } from './placements-test-support.js';

/**
 * Issue 12: the rules that let a volunteer apply are read again when a place is given — the
 * organization accepts, a freed seat is offered from the waitlist, the volunteer confirms an offer.
 * A qualification that expired meanwhile (or a minor's consent withdrawn) stops it, with the reason
 * shown; a coordinator's earlier override of a host requirement keeps counting.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const firstAid = 'Elsősegély-tanfolyam';
const today = () => budapestDay(new Date());
const dayBefore = (day: string) => new Date(Date.parse(`${day}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

async function scene() {
  const host = await hostScene(t, { opportunity: { requiredQualifications: [firstAid] } });
  const coordinator = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: host.center.id }]);
  return { ...host, coordinator };
}

/** A volunteer of the scene's center holding the qualification (valid until `validUntil`; null = for ever). */
async function qualifiedVolunteer(centerId: string, validUntil: string | null = null, attrs: Parameters<typeof volunteerWithLogin>[1] = {}) {
  const v = await volunteerWithLogin(t, { centerId, ...attrs });
  await t.db.insert(volunteerQualifications).values({ volunteerId: v.volunteer.id, name: firstAid, validUntil });
  return v;
}

const expireQualification = (volunteerId: string, lastDay: string) =>
  t.db.update(volunteerQualifications).set({ validUntil: lastDay }).where(eq(volunteerQualifications.volunteerId, volunteerId));

const auditActionsOf = async (applicationId: string) =>
  (
    await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'application'), eq(auditLog.entityId, applicationId)))
  ).map((r) => r.action);

describe('the organization accepts an application', () => {
  it('refuses while a required qualification has expired since applying, naming it; accepts once renewed', async () => {
    const s = await scene();
    const v = await qualifiedVolunteer(s.center.id);
    const applied = await v.client.post(`/opportunities/${s.opportunity.id}/apply`);
    const applicationId = applicationIdFrom(applied.headers.location);
    await expireQualification(v.volunteer.id, dayBefore(today()));

    const refused = await s.memberClient.post(`/applications/${applicationId}/status`, { status: 'accepted' });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Az önkéntes most nem fogadható el');
    expect(refused.body).toContain(firstAid);
    expect((await applicationRow(t.db, applicationId)).status).toBe('applied');

    await expireQualification(v.volunteer.id, '2999-12-31');
    const accepted = await s.memberClient.post(`/applications/${applicationId}/status`, { status: 'accepted' });
    expect(accepted.statusCode).toBe(303);
    expect((await applicationRow(t.db, applicationId)).status).toBe('accepted');
  });

  it('refuses a minor whose guardian’s consent was withdrawn meanwhile (the law, never overridden)', async () => {
    const host = await hostScene(t);
    const v = await volunteerWithLogin(t, { centerId: host.center.id, birthDate: bornYearsAgo(14), guardianConsentAt: new Date() });
    const applicationId = applicationIdFrom((await v.client.post(`/opportunities/${host.opportunity.id}/apply`)).headers.location);
    await t.db.update(volunteers).set({ guardianConsentAt: null }).where(eq(volunteers.id, v.volunteer.id));
    const refused = await host.memberClient.post(`/applications/${applicationId}/status`, { status: 'accepted' });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Az önkéntes most nem fogadható el');
    expect((await applicationRow(t.db, applicationId)).status).toBe('applied');
  });

  it('keeps counting a coordinator’s override of the host requirement made at the referral', async () => {
    const s = await scene();
    const v = await volunteerWithLogin(t, { centerId: s.center.id }); // never held the qualification
    const referred = await s.coordinator.client.post(`/opportunities/${s.opportunity.id}/refer`, {
      volunteerId: v.volunteer.id,
      override: 'on',
      overrideReason: 'A tanfolyamot jövő héten végzi el, addig felügyelettel dolgozik.',
    });
    expect(referred.statusCode).toBe(303);
    const applicationId = applicationIdFrom(referred.headers.location);
    const accepted = await s.memberClient.post(`/applications/${applicationId}/status`, { status: 'accepted' });
    expect(accepted.statusCode).toBe(303);
    expect((await applicationRow(t.db, applicationId)).status).toBe('accepted');

    // Without the override the same volunteer could not be accepted elsewhere.
    const other = await scene();
    const plain = await volunteerWithLogin(t, { centerId: other.center.id });
    await t.db.insert(volunteerQualifications).values({ volunteerId: plain.volunteer.id, name: firstAid, validUntil: null });
    const appliedId = applicationIdFrom((await plain.client.post(`/opportunities/${other.opportunity.id}/apply`)).headers.location);
    await t.db.delete(volunteerQualifications).where(eq(volunteerQualifications.volunteerId, plain.volunteer.id));
    expect((await other.memberClient.post(`/applications/${appliedId}/status`, { status: 'accepted' })).statusCode).toBe(422);
  });
});

describe('seats from the waitlist', () => {
  /** One seat, held by the first; the second and third wait in that order. */
  async function waitlistScene() {
    const s = await scene();
    const shift = await shiftFor(t.db, s.opportunity.id, { capacity: 1, waitlistEnabled: true });
    const people = [];
    for (let i = 0; i < 3; i++) {
      const v = await qualifiedVolunteer(s.center.id);
      const res = await v.client.post(`/shifts/${shift.id}/signup`);
      people.push({ ...v, applicationId: applicationIdFrom(res.headers.location) });
    }
    const [seated, second, third] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
    expect((await applicationRow(t.db, second.applicationId)).status).toBe('waitlisted');
    return { ...s, shift, seated, second, third };
  }

  it('passes over a waitlisted volunteer who is no longer eligible: the next one is offered the seat', async () => {
    const s = await waitlistScene();
    await expireQualification(s.second.volunteer.id, dayBefore(budapestDay(s.shift.startsAt)));
    expect((await s.seated.client.post(`/shifts/${s.shift.id}/withdraw`)).statusCode).toBe(303);

    expect(await applicationRow(t.db, s.third.applicationId)).toMatchObject({ status: 'offered', holdsSeat: true });
    expect(await applicationRow(t.db, s.second.applicationId)).toMatchObject({ status: 'waitlisted', holdsSeat: false });
    expect(await seatsTaken(t.db, s.shift.id)).toBe(1);
    expect(await auditActionsOf(s.second.applicationId)).toContain('offer_passed_over:ineligible');
  });

  it('refuses the volunteer’s confirmation of an offer once they are no longer eligible, and the seat moves on', async () => {
    const s = await waitlistScene();
    expect((await s.seated.client.post(`/shifts/${s.shift.id}/withdraw`)).statusCode).toBe(303);
    expect((await applicationRow(t.db, s.second.applicationId)).status).toBe('offered');
    await expireQualification(s.second.volunteer.id, dayBefore(budapestDay(s.shift.startsAt)));

    const refused = await s.second.client.post(`/applications/${s.second.applicationId}/offer`, { answer: 'confirm' });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('A helyet most nem foglalhatod el');
    expect(refused.body).toContain(firstAid);
    expect(refused.body).toContain('A hely a várólistán következőé');
    // Back in line (not seated), and the next eligible volunteer holds the offer; one seat, one holder.
    expect(await applicationRow(t.db, s.second.applicationId)).toMatchObject({ status: 'waitlisted', holdsSeat: false });
    expect(await applicationRow(t.db, s.third.applicationId)).toMatchObject({ status: 'offered', holdsSeat: true });
    expect(await seatsTaken(t.db, s.shift.id)).toBe(1);
    expect(await auditActionsOf(s.second.applicationId)).toContain('offer_passed_on:ineligible');

    // Renewed: the next freed seat can be theirs again (third declines, second is offered it).
    await expireQualification(s.second.volunteer.id, '2999-12-31');
    expect((await s.third.client.post(`/applications/${s.third.applicationId}/offer`, { answer: 'decline' })).statusCode).toBe(303);
    expect((await applicationRow(t.db, s.second.applicationId)).status).toBe('offered');
  });

  it('confirming while still eligible is unchanged: the seat becomes theirs', async () => {
    const s = await waitlistScene();
    expect((await s.seated.client.post(`/shifts/${s.shift.id}/withdraw`)).statusCode).toBe(303);
    expect((await s.second.client.post(`/applications/${s.second.applicationId}/offer`, { answer: 'confirm' })).statusCode).toBe(303);
    expect(await applicationRow(t.db, s.second.applicationId)).toMatchObject({ status: 'accepted', holdsSeat: true });
  });
});
