import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { entriesOf, hourAudit, placementScene } from './hours-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

/*
 * Dates picked against the school calendar seeded by migration 0009 (ADR 016): 2026-11-17 is a Tuesday after the autumn
 * break (2026/2027 breaks are not configured, so every weekday then is a school day: 2 h/day for
 * under-16s); 2026-11-21 is a Saturday, a non-school day (3 h/day). Both are in the past.
 */
const schoolDay = '2026-11-17';
const saturday = '2026-11-21';
// 15 on both days.
const fifteen = '2011-03-10';
const nightMessage = '18 év alatti önkéntes 20 és 6 óra között nem végezhet önkéntes tevékenységet (Köt. 5. §)';
const under16DailyMessage = '16 év alatti önkéntes ezen a napon legfeljebb napi 2 órát tevékenykedhet (Köt. 5. §';
const overrideField = 'name="overrideReason"';

describe('minors’ time limits (Köt. 5. §) at hour logging', () => {
  it('refuses a 15-year-old logging 21:00–22:00 with the night rule, and offers no override to the volunteer', async () => {
    const s = await placementScene(t, { birthDate: fifteen });
    const res = await s.volunteer.client.post(s.hoursUrl, { day: schoolDay, startTime: '21:00', endTime: '22:00', activity: 'Esti rendezvény' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain(nightMessage);
    expect(res.body).not.toContain(overrideField);
    // A posted reason does not help someone who may not override.
    const sneaky = await s.volunteer.client.post(s.hoursUrl, {
      day: schoolDay,
      startTime: '21:00',
      endTime: '22:00',
      activity: 'Esti rendezvény',
      overrideReason: 'Engedélyt kaptam a szüleimtől.',
    });
    expect(sneaky.statusCode).toBe(422);
    expect(await entriesOf(t, s.application.id)).toHaveLength(0);
  });

  it('refuses 3 hours on a school day with the under-16 daily message; 3 hours on a Saturday is allowed', async () => {
    const s = await placementScene(t, { birthDate: fifteen });
    const res = await s.memberClient.post(s.hoursUrl, { day: schoolDay, durationHours: '3', activity: 'Délutáni foglalkozás' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain(under16DailyMessage);
    expect(res.body).toContain('ezzel 3 óra lenne');
    // The organization's member may not override either.
    expect(res.body).not.toContain(overrideField);
    expect(await entriesOf(t, s.application.id)).toHaveLength(0);
    expect((await s.memberClient.post(s.hoursUrl, { day: saturday, durationHours: '3', activity: 'Szombati foglalkozás' })).statusCode).toBe(303);
    expect(await entriesOf(t, s.application.id)).toHaveLength(1);
  });

  it('counts the volunteer’s other entries of the day: 1 h + 1 h 30 min on a school day is refused', async () => {
    const s = await placementScene(t, { birthDate: fifteen });
    expect((await s.volunteer.client.post(s.hoursUrl, { day: schoolDay, durationHours: '1', activity: 'Első alkalom' })).statusCode).toBe(303);
    const res = await s.volunteer.client.post(s.hoursUrl, { day: schoolDay, durationHours: '1', durationMinutes: '30', activity: 'Második alkalom' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain(under16DailyMessage);
  });

  it('a coordinator overrides with a written reason (at least 10 characters): saved, stored and audited', async () => {
    const s = await placementScene(t, { birthDate: fifteen });
    const form = { day: schoolDay, startTime: '21:00', endTime: '22:00', activity: 'Jótékonysági koncert' };
    const first = await s.coordinator.client.post(s.hoursUrl, form);
    expect(first.statusCode).toBe(422);
    expect(first.body).toContain(nightMessage);
    expect(first.body).toContain(overrideField);
    const short = await s.coordinator.client.post(s.hoursUrl, { ...form, overrideReason: 'Mert.' });
    expect(short.statusCode).toBe(422);
    expect(short.body).toContain('Legalább 10');
    expect(await entriesOf(t, s.application.id)).toHaveLength(0);
    const reason = 'Iskolai rendezvény, a szülő írásban hozzájárult.';
    expect((await s.coordinator.client.post(s.hoursUrl, { ...form, overrideReason: reason })).statusCode).toBe(303);
    const [entry] = await entriesOf(t, s.application.id);
    expect(entry).toMatchObject({ minorRuleOverrideReason: reason, status: 'submitted', loggedByUserId: s.coordinator.user.id });
    const audit = await hourAudit(t, entry?.id as string);
    expect(audit.map((a) => a.action)).toEqual(['create', 'override:minor_rules']);
    const override = audit[1]?.after as { reason: string; violations: { code: string }[] };
    expect(override.reason).toBe(reason);
    expect(override.violations.map((v) => v.code)).toContain('minor_night');
    expect((await s.volunteer.client.get(s.hoursUrl)).body).toContain(reason);
  });

  it('checks nothing for a volunteer without a birth date', async () => {
    const s = await placementScene(t, { birthDate: null });
    expect((await s.volunteer.client.post(s.hoursUrl, { day: schoolDay, startTime: '21:00', endTime: '22:00', activity: 'Esti munka' })).statusCode).toBe(303);
  });
});
