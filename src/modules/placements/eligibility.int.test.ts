import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, auditLog, volunteerQualifications } from '../../db/schema/index.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { applicationIdFrom, applicationRow, eventsOf, hostScene, shiftFor, staffWithLogin, volunteerWithLogin } from './placements-test-support.js';

/**
 * Issue 12: an opportunity's required qualifications hold on every path that brings a volunteer to
 * it (apply, shift sign-up, invitation, referral), valid on the activity day, and a refusal names
 * them; a coordinator may override the host's requirements on a referral with an audited reason.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const firstAid = 'Elsősegély-tanfolyam';

async function scene(options: { volunteer?: Parameters<typeof volunteerWithLogin>[1] } = {}) {
  const host = await hostScene(t, { opportunity: { requiredQualifications: [firstAid] } });
  const volunteer = await volunteerWithLogin(t, { centerId: host.center.id, ...options.volunteer });
  const coordinator = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: host.center.id }]);
  return { ...host, volunteer, coordinator, referUrl: `/opportunities/${host.opportunity.id}/refer` };
}

const holds = (volunteerId: string, validUntil: string | null, name = firstAid) =>
  t.db.insert(volunteerQualifications).values({ volunteerId, name, validUntil });
const applicationsOf = (volunteerId: string) => t.db.select().from(applications).where(eq(applications.volunteerId, volunteerId));
const dayBefore = (day: string) => new Date(Date.parse(`${day}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
/** "2026. 12. 15." — the Hungarian date the refusal shows. */
const huDate = (day: string) => `${day.slice(0, 4)}. ${day.slice(5, 7)}. ${day.slice(8, 10)}.`;

describe('required qualifications on every application path', () => {
  it('refuses apply and shift sign-up without the qualification, naming it; accepts once it is held', async () => {
    const s = await scene();
    const shift = await shiftFor(t.db, s.opportunity.id);
    const apply = await s.volunteer.client.post(`/opportunities/${s.opportunity.id}/apply`);
    expect(apply.statusCode).toBe(422);
    expect(apply.body).toContain(`Ehhez a tevékenységhez ez a képesítés szükséges: ${firstAid}.`);
    const signUp = await s.volunteer.client.post(`/shifts/${shift.id}/signup`);
    expect(signUp.statusCode).toBe(422);
    expect(signUp.body).toContain(firstAid);
    expect(await applicationsOf(s.volunteer.volunteer.id)).toHaveLength(0);

    // In the volunteer's language.
    const english = await s.volunteer.client.post(`/shifts/${shift.id}/signup`, {}, { headers: { 'accept-language': 'en' } });
    expect(english.body).toContain(`This activity requires this qualification: ${firstAid}.`);

    await holds(s.volunteer.volunteer.id, null, ' elsősegély-tanfolyam ');
    expect((await s.volunteer.client.post(`/shifts/${shift.id}/signup`)).statusCode).toBe(303);
  });

  it('names an expired qualification with its date: valid through the shift day, expired the day before', async () => {
    const s = await scene();
    const shift = await shiftFor(t.db, s.opportunity.id);
    const shiftDay = budapestDay(shift.startsAt);
    await holds(s.volunteer.volunteer.id, dayBefore(shiftDay));
    const refused = await s.volunteer.client.post(`/shifts/${shift.id}/signup`);
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain(`A(z) ${firstAid} képesítésed ${huDate(dayBefore(shiftDay))} napon lejárt`);
    // Applying without a shift is checked on today, when it is still valid.
    expect((await s.volunteer.client.post(`/opportunities/${s.opportunity.id}/apply`)).statusCode).toBe(303);

    const other = await scene();
    const otherShift = await shiftFor(t.db, other.opportunity.id);
    await holds(other.volunteer.volunteer.id, budapestDay(otherShift.startsAt));
    expect((await other.volunteer.client.post(`/shifts/${otherShift.id}/signup`)).statusCode).toBe(303);
  });

  it('refuses an organization’s invitation, naming the qualification; no override there', async () => {
    const s = await scene();
    const url = `/opportunities/${s.opportunity.id}/invite`;
    const res = await s.memberClient.post(url, { volunteerId: s.volunteer.volunteer.id, override: 'on', overrideReason: 'Tudjuk, mit csinálunk' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain(firstAid);
    expect(await applicationsOf(s.volunteer.volunteer.id)).toHaveLength(0);
  });
});

describe("a coordinator's referral", () => {
  it('shows the reason; an override needs a written reason (422); with one it is recorded, audited and on the timeline', async () => {
    const s = await scene();
    const volunteerId = s.volunteer.volunteer.id;
    const refused = await s.coordinator.client.post(s.referUrl, { volunteerId });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain(`szükséges képesítés: ${firstAid}`);
    expect(refused.body).toContain('name="overrideReason"');

    const noReason = await s.coordinator.client.post(s.referUrl, { volunteerId, override: 'on', overrideReason: '  ' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.body).toContain('Felülbíráláshoz írja le az indoklást.');
    expect(noReason.body).toContain(`szükséges képesítés: ${firstAid}`);
    expect(await applicationsOf(volunteerId)).toHaveLength(0);

    const reason = 'A tanfolyamot jövő héten végzi el, addig tapasztalt segítő mellett dolgozik.';
    const done = await s.coordinator.client.post(s.referUrl, { volunteerId, override: 'on', overrideReason: reason });
    expect(done.statusCode).toBe(303);
    const id = applicationIdFrom(done.headers.location);
    expect(await applicationRow(t.db, id)).toMatchObject({ status: 'referred', origin: 'coordinator' });
    const [event] = await eventsOf(t.db, id);
    expect(event?.note).toContain(reason);
    expect(event?.note).toContain(firstAid);
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'override:eligibility')));
    expect(audit).toMatchObject({ actorUserId: s.coordinator.user.id, entityType: 'application' });
    expect(audit?.after).toEqual({ reason, reasons: [{ code: 'missing_qualification', params: { name: firstAid } }] });
    expect((await s.coordinator.client.get(`/applications/${id}`)).body).toContain(reason);
  });

  it('never overrides the law: an under-16 without guardian consent is refused even with a reason', async () => {
    const fifteen = `${Number(budapestDay(new Date()).slice(0, 4)) - 15}-01-01`;
    const s = await scene({ volunteer: { birthDate: fifteen } });
    const volunteerId = s.volunteer.volunteer.id;
    const page = await s.coordinator.client.post(s.referUrl, { volunteerId });
    expect(page.statusCode).toBe(422);
    expect(page.body).toContain('Jogszabályi feltétel, nem bírálható felül');
    expect(page.body).not.toContain('name="overrideReason"');
    const forced = await s.coordinator.client.post(s.referUrl, { volunteerId, override: 'on', overrideReason: 'A szülő szóban hozzájárult.' });
    expect(forced.statusCode).toBe(422);
    expect(await applicationsOf(volunteerId)).toHaveLength(0);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'override:eligibility'));
    expect(audits.every((a) => (a.after as { reason: string }).reason !== 'A szülő szóban hozzájárult.')).toBe(true);
  });
});
