import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wardRosterSignups, wardRosterSlots } from '../../db/schema/index.js';
import { addDays } from '../../platform/budapest-time.js';
import { createCenter, createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { clientFor } from '../placements/placements-test-support.js';
import { hospitalScene, hospitalVolunteer, today } from './hospital-test-support.js';
import { rosterWeeks } from './roster-weeks.js';

/**
 * The weekly ward roster: sign-up with the common eligibility check (the program's requirements),
 * the capacity held under a row lock, a warning for a requirement expiring within 30 days and a
 * refusal once it has expired, staff signing a volunteer up with the same check, cancelling.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const nextWeek = () => rosterWeeks(new Date())[1] as string;

function activeSignups(slotId: string) {
  return t.db
    .select()
    .from(wardRosterSignups)
    .where(and(eq(wardRosterSignups.slotId, slotId), isNull(wardRosterSignups.cancelledAt)));
}

describe('signing up', () => {
  it('an eligible volunteer signs up and sees it; the capacity holds, also for sign-ups at the same moment', async () => {
    const s = await hospitalScene(t, { capacity: 2 });
    const [a, b, c, d] = await Promise.all([hospitalVolunteer(t, s), hospitalVolunteer(t, s), hospitalVolunteer(t, s), hospitalVolunteer(t, s)]);
    if (!a || !b || !c || !d) throw new Error('volunteers missing');
    const slotWeek = `${s.slot.id}:${nextWeek()}`;
    const url = `/hospital/${s.program.id}/roster`;
    const page = await a.client.get(url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Belgyógyászat');

    expect((await a.client.post(url, { slotWeek })).statusCode).toBe(303);
    expect((await a.client.get(url)).body).toContain('Jelentkeztél');
    const again = await a.client.post(url, { slotWeek });
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain('már jelentkezett');

    const results = await Promise.all([b, c, d].map((v) => v.client.post(url, { slotWeek })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([303, 422, 422]);
    expect(results.find((r) => r.statusCode === 422)?.body).toContain('Ez az idősáv betelt.');
    expect(await activeSignups(s.slot.id)).toHaveLength(2);
  });

  it('a requirement expiring within 30 days is warned about and the sign-up goes through; an expired one refuses with the reason', async () => {
    const s = await hospitalScene(t);
    const url = `/hospital/${s.program.id}/roster`;
    const slotWeek = `${s.slot.id}:${nextWeek()}`;
    const expiring = await hospitalVolunteer(t, s, { health: addDays(today(), 20) });
    const page = await expiring.client.get(url);
    expect(page.body).toContain('Figyelem: a(z) Egészségügyi alkalmasság');
    expect((await expiring.client.post(url, { slotWeek })).statusCode).toBe(303);

    const expired = await hospitalVolunteer(t, s, { induction: addDays(today(), -1) });
    expect((await expired.client.get(url)).body).toContain('nincs érvényben');
    const refused = await expired.client.post(url, { slotWeek });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain(`A(z) ${s.names.induction} képesítésed`);

    const missing = await hospitalVolunteer(t, s, { confidentiality: false });
    const noDeclaration = await missing.client.post(url, { slotWeek });
    expect(noDeclaration.statusCode).toBe(422);
    expect(noDeclaration.body).toContain(s.names.confidentiality);
    expect((await activeSignups(s.slot.id)).map((r) => r.volunteerId)).toEqual([expiring.volunteer.id]);
  });

  it('the minors’ rules use the slot’s times: a 17-year-old may not take a slot that runs past 20:00', async () => {
    const s = await hospitalScene(t);
    const [evening] = await t.db
      .insert(wardRosterSlots)
      .values({ wardId: s.ward.id, weekday: 2, startsAt: '18:00', endsAt: '21:00', capacity: 2, activeFrom: '2020-01-01' })
      .returning();
    const birth = `${Number(today().slice(0, 4)) - 17}-01-01`;
    const minor = await hospitalVolunteer(t, s, {}, { birthDate: birth });
    const res = await minor.client.post(`/hospital/${s.program.id}/roster`, { slotWeek: `${evening?.id}:${nextWeek()}` });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('20 és 6 óra között');
  });

  it('a week outside the coming four, a past week or a malformed choice is refused', async () => {
    const s = await hospitalScene(t);
    const v = await hospitalVolunteer(t, s);
    const url = `/hospital/${s.program.id}/roster`;
    const far = addDays(rosterWeeks(new Date())[3] as string, 7);
    expect((await v.client.post(url, { slotWeek: `${s.slot.id}:${far}` })).statusCode).toBe(422);
    expect((await v.client.post(url, { slotWeek: `${s.slot.id}:${addDays(nextWeek(), -14)}` })).statusCode).toBe(422);
    expect((await v.client.post(url, { slotWeek: 'nonsense' })).statusCode).toBe(422);
    expect(await activeSignups(s.slot.id)).toEqual([]);
  });
});

describe('staff sign a volunteer up, and cancelling', () => {
  it('staff use the same check; the volunteer or staff cancel, a stranger gets 404', async () => {
    const s = await hospitalScene(t);
    const ok = await hospitalVolunteer(t, s);
    const blocked = await hospitalVolunteer(t, s, { health: false });
    const base = `/hospital/${s.program.id}/volunteers`;
    const slotWeek = `${s.slot.id}:${nextWeek()}`;
    const refused = await s.staffClient.post(`${base}/${blocked.volunteer.id}/signups`, { slotWeek });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain(`szükséges képesítés: ${s.names.health}`);
    expect((await s.staffClient.post(`${base}/${ok.volunteer.id}/signups`, { slotWeek })).statusCode).toBe(303);
    const [signup] = await activeSignups(s.slot.id);
    expect(signup).toMatchObject({ volunteerId: ok.volunteer.id, createdBy: s.staff.id, weekStart: nextWeek() });

    const stranger = await clientFor(t, (await createUser(t.db, { grants: [{ role: 'center_coordinator', centerId: (await createCenter(t.db)).id }] })).id);
    expect((await stranger.post(`/hospital/roster-signups/${signup?.id}/cancel`)).statusCode).toBe(404);
    expect((await blocked.client.post(`/hospital/roster-signups/${signup?.id}/cancel`)).statusCode).toBe(404);
    const cancel = await ok.client.post(`/hospital/roster-signups/${signup?.id}/cancel`);
    expect(cancel.statusCode).toBe(303);
    expect(cancel.headers.location).toBe(`/hospital/${s.program.id}/roster`);
    expect(await activeSignups(s.slot.id)).toEqual([]);
  });

  it('a draft program’s roster is not shown to volunteers (404), but to its staff', async () => {
    const s = await hospitalScene(t, { program: { status: 'draft' } });
    const v = await hospitalVolunteer(t, s);
    expect((await v.client.get(`/hospital/${s.program.id}/roster`)).statusCode).toBe(404);
    expect((await s.staffClient.get(`/hospital/${s.program.id}/roster`)).statusCode).toBe(200);
  });
});
