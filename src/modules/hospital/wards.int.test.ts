import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wardRosterSignups, wardRosterSlots, wards } from '../../db/schema/index.js';
import { createOrganization } from '../../test-support/brokering-factories.js';
import { createCenter, createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { clientFor } from '../placements/placements-test-support.js';
import { hospitalScene, hospitalVolunteer, today } from './hospital-test-support.js';
import { rosterWeeks } from './roster-weeks.js';

/**
 * Wards and their weekly slots (center staff), and the supervisor view of who comes when: the ward's
 * supervisor, the program's center staff and the host's members see it; anyone else gets 404.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const nextWeek = () => rosterWeeks(new Date())[1] as string;

describe('wards and slots', () => {
  it('staff add a ward at a partner host with a supervisor account, then weekly slots; bad input is refused next to the field', async () => {
    const s = await hospitalScene(t);
    const base = `/hospital/${s.program.id}/wards`;
    const page = await s.staffClient.get(base);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(s.organization.name);

    const supervisor = await createUser(t.db, { familyName: 'Osztályvezető', givenName: 'Olga' });
    const missing = await s.staffClient.post(base, { organizationId: s.organization.id, name: 'Sebészet' });
    expect(missing.statusCode).toBe(422);
    expect(missing.body).toContain('Adja meg a felelős nevét');
    const noAccount = await s.staffClient.post(base, { organizationId: s.organization.id, name: 'Sebészet', supervisorEmail: 'senki@kapocs.example' });
    expect(noAccount.statusCode).toBe(422);
    const notPartner = await createOrganization(t.db, s.center.id);
    expect((await s.staffClient.post(base, { organizationId: notPartner.id, name: 'Sebészet', supervisorName: 'X' })).statusCode).toBe(422);

    const created = await s.staffClient.post(base, { organizationId: s.organization.id, name: 'Sebészet', supervisorEmail: supervisor.email });
    expect(created.statusCode).toBe(303);
    const [ward] = await t.db
      .select()
      .from(wards)
      .where(and(eq(wards.programId, s.program.id), eq(wards.name, 'Sebészet')));
    expect(ward?.supervisorUserId).toBe(supervisor.id);
    expect(created.headers.location).toBe(`/hospital/wards/${ward?.id}`);

    const slots = `/hospital/wards/${ward?.id}/slots`;
    const bad = await s.staffClient.post(slots, { weekday: '2', startsAt: '12:00', endsAt: '09:00', capacity: '0', activeFrom: today() });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('A befejezés a kezdés után legyen.');
    expect(bad.body).toContain('A létszám 1 és 100 közötti egész szám.');
    const ok = await s.staffClient.post(slots, { weekday: '2', startsAt: '14:00', endsAt: '16:00', capacity: '3', task: 'Felolvasás', activeFrom: today() });
    expect(ok.statusCode).toBe(303);
    const [slot] = await t.db
      .select()
      .from(wardRosterSlots)
      .where(eq(wardRosterSlots.wardId, ward?.id as string));
    expect(slot).toMatchObject({ weekday: 2, capacity: 3, task: 'Felolvasás', activeUntil: null });
    // The supervisor sees the ward, but may not change its roster.
    const supervisorClient = await clientFor(t, supervisor.id);
    expect((await supervisorClient.get(`/hospital/wards/${ward?.id}`)).statusCode).toBe(200);
    expect((await supervisorClient.post(slots, { weekday: '1', startsAt: '09:00', endsAt: '10:00', capacity: '1', activeFrom: today() })).statusCode).toBe(403);
  });

  it('ending a slot (after confirming) cancels its later sign-ups', async () => {
    const s = await hospitalScene(t);
    const v = await hospitalVolunteer(t, s);
    await t.db.insert(wardRosterSignups).values({ slotId: s.slot.id, volunteerId: v.volunteer.id, weekStart: nextWeek() });
    const url = `/hospital/wards/${s.ward.id}/slots/${s.slot.id}/end`;
    expect((await s.staffClient.post(url, {})).statusCode).toBe(422);
    expect((await s.staffClient.post(url, { confirm: 'on' })).statusCode).toBe(303);
    const [slot] = await t.db.select().from(wardRosterSlots).where(eq(wardRosterSlots.id, s.slot.id));
    expect(slot?.activeUntil).toBe(today());
    expect(
      await t.db
        .select()
        .from(wardRosterSignups)
        .where(and(eq(wardRosterSignups.slotId, s.slot.id), isNull(wardRosterSignups.cancelledAt))),
    ).toEqual([]);
  });
});

describe('the supervisor view', () => {
  it('shows who comes when to the supervisor, the staff and the host members (printable, CSV), and 404 to strangers', async () => {
    const s = await hospitalScene(t);
    const v = await hospitalVolunteer(t, s, {}, { familyName: 'Érkező', givenName: 'Ágnes' });
    await t.db.insert(wardRosterSignups).values({ slotId: s.slot.id, volunteerId: v.volunteer.id, weekStart: nextWeek() });
    const url = `/hospital/wards/${s.ward.id}?week=${nextWeek()}`;
    for (const userId of [s.supervisor.id, s.staff.id, s.member.id]) {
      const res = await (await clientFor(t, userId)).get(url);
      expect(res.statusCode, userId).toBe(200);
      expect(res.body).toContain('Érkező Ágnes');
      expect(res.body).toContain('09:00–12:00');
    }
    const csv = await (await clientFor(t, s.supervisor.id)).get(`${url}&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Érkező Ágnes');
    const xlsx = await (await clientFor(t, s.member.id)).get(`${url}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);

    const otherCoordinator = await createUser(t.db, { grants: [{ role: 'center_coordinator', centerId: (await createCenter(t.db)).id }] });
    const someone = await createUser(t.db);
    for (const userId of [otherCoordinator.id, someone.id, v.user.id]) {
      expect((await (await clientFor(t, userId)).get(url)).statusCode, userId).toBe(404);
    }
    expect((await (await clientFor(t, otherCoordinator.id)).get(`/hospital/${s.program.id}/wards`)).statusCode).toBe(404);
  });
});
