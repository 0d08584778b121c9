import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, inactivityNotices } from '../../db/schema/index.js';
import { createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter, createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { hostScene, staffWithLogin, volunteerWithLogin } from '../placements/placements-test-support.js';
import { backdateUser, backdateVolunteer, rowCounts, yearsBefore } from './retention-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const url = '/admin/inactive-accounts';
const dayMs = 24 * 3600_000;

/**
 * Center A: Zsoldos (login, due a first warning), Cukor (walk-in without e-mail, due anonymisation),
 * Csonka (warned 10 days ago, waiting), Cserép (an accepted placement: skipped), Friss (active: not
 * listed). Center B: Bíró (due a first warning). No center: Fiókos, a login without a profile.
 */
async function scene() {
  const now = new Date();
  const longAgo = yearsBefore(now, 3, 1);
  const centerA = await createCenter(t.db);
  const centerB = await createCenter(t.db);
  const zsoldos = await volunteerWithLogin(t, { centerId: centerA.id, familyName: 'Zsoldos', givenName: 'Ödön' });
  await backdateVolunteer(t.db, zsoldos.volunteer.id, longAgo);
  const cukor = await createVolunteer(t.db, { centerId: centerA.id, familyName: 'Cukor', givenName: 'Cecília' });
  await backdateVolunteer(t.db, cukor.id, longAgo);
  const csonka = await volunteerWithLogin(t, { centerId: centerA.id, familyName: 'Csonka', givenName: 'Csaba' });
  await backdateVolunteer(t.db, csonka.volunteer.id, yearsBefore(now, 3, -30));
  await t.db.insert(inactivityNotices).values({ volunteerId: csonka.volunteer.id, firstSentAt: new Date(now.getTime() - 10 * dayMs) });
  const cserep = await createVolunteer(t.db, { centerId: centerA.id, familyName: 'Cserép', givenName: 'Cili', email: 'cserep@kapocs.example' });
  const host = await hostScene(t);
  await t.db
    .insert(applications)
    .values({ volunteerId: cserep.id, opportunityId: host.opportunity.id, centerId: host.center.id, origin: 'coordinator', status: 'accepted' });
  await backdateVolunteer(t.db, cserep.id, longAgo);
  await createVolunteer(t.db, { centerId: centerA.id, familyName: 'Friss', givenName: 'Flóra' });
  const biro = await createVolunteer(t.db, { centerId: centerB.id, familyName: 'Bíró', givenName: 'Béla', email: 'biro@kapocs.example' });
  await backdateVolunteer(t.db, biro.id, longAgo);
  const fiokos = await createUser(t.db, { familyName: 'Fiókos', givenName: 'Ferenc', grants: [{ role: 'volunteer' }] });
  await backdateUser(t.db, fiokos.id, longAgo);
  return {
    adminA: await staffWithLogin(t, [{ role: 'center_admin', centerId: centerA.id }]),
    adminB: await staffWithLogin(t, [{ role: 'center_admin', centerId: centerB.id }]),
    coordinatorA: await staffWithLogin(t, [{ role: 'center_coordinator', centerId: centerA.id }]),
    national: await staffWithLogin(t, [{ role: 'national_admin' }]),
    volunteer: await volunteerWithLogin(t, { centerId: centerA.id }),
  };
}

let s: Awaited<ReturnType<typeof scene>>;
beforeAll(async () => {
  s = await scene();
});

const centerAPeople = ['Zsoldos Ödön', 'Cukor Cecília', 'Csonka Csaba', 'Cserép Cili'];

describe('the inactive accounts dry run', () => {
  it('lists the center’s people due a step, in Hungarian order, with counts and dates, and changes nothing', async () => {
    const before = await rowCounts(t.db);
    const res = await s.adminA.client.get(url);
    expect(res.statusCode).toBe(200);
    const body = res.body;
    for (const name of centerAPeople) expect(body).toContain(name);
    for (const name of ['Friss Flóra', 'Bíró Béla', 'Fiókos Ferenc']) expect(body).not.toContain(name);
    // Hungarian order: C < Cs (Cserép < Csonka) < Zs, unlike byte order (Cserép, Csonka, Cukor).
    const order = ['Cukor Cecília', 'Cserép Cili', 'Csonka Csaba', 'Zsoldos Ödön'].map((n) => body.indexOf(n));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const [category, n] of [
      ['warn1', 1],
      ['warn2', 0],
      ['anonymise', 1],
      ['waiting', 1],
      ['skipped', 1],
    ] as const) {
      expect(body).toContain(`data-count="${category}">${n}<`);
    }
    expect(body).toContain('nincs e-mail-címe');
    expect(body).toContain('lezáratlan jelentkezés');
    // No button on the page changes data (the layout's own logout form aside).
    const main = body.slice(body.indexOf('<main'), body.indexOf('</main>'));
    expect(main).toContain('Zsoldos Ödön');
    expect(main).not.toMatch(/method="post"/i);
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it('filters by step and exports CSV and XLSX', async () => {
    const filtered = await s.adminA.client.get(`${url}?step=anonymise`);
    expect(filtered.body).toContain('Cukor Cecília');
    expect(filtered.body).not.toContain('Zsoldos Ödön');
    const before = await rowCounts(t.db);
    const csv = await s.adminA.client.get(`${url}?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.split('\r\n').filter((l) => l.length > 0);
    expect(lines).toHaveLength(5);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['Cukor Cecília', 'Cserép Cili', 'Csonka Csaba', 'Zsoldos Ödön']);
    const xlsx = await s.adminA.client.get(`${url}?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it('shows another center’s admin none of them; the national admin sees everyone and the logins without a profile', async () => {
    const other = await s.adminB.client.get(url);
    expect(other.statusCode).toBe(200);
    expect(other.body).toContain('Bíró Béla');
    for (const name of [...centerAPeople, 'Fiókos Ferenc']) expect(other.body).not.toContain(name);
    const all = await s.national.client.get(`${url}?pageSize=200`);
    for (const name of [...centerAPeople, 'Bíró Béla', 'Fiókos Ferenc']) expect(all.body).toContain(name);
    expect(all.body).toContain('Fiók profil nélkül');
  });

  it('refuses coordinators and volunteers (403) and sends visitors to the login', async () => {
    expect((await s.coordinatorA.client.get(url)).statusCode).toBe(403);
    expect((await s.volunteer.client.get(url)).statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'GET', url });
    expect([302, 303]).toContain(anonymous.statusCode);
    expect(String(anonymous.headers.location)).toContain('/login');
  });

  it('is linked from the admin dashboard for those who may see it', async () => {
    expect((await s.adminA.client.get('/admin')).body).toContain(`href="${url}"`);
    expect((await s.coordinatorA.client.get('/admin')).body).not.toContain(`href="${url}"`);
  });
});
