import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, auditLog, hourEntries } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { staffWithLogin } from '../placements/placements-test-support.js';
import { rosterScene as sceneIn } from './check-in-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const rosterScene = (options: { endsInHours?: number } = {}) => sceneIn(t, options);
const entriesOfApp = (applicationId: string) => t.db.select().from(hourEntries).where(eq(hourEntries.applicationId, applicationId));
const statusOf = async (applicationId: string) => (await t.db.select().from(applications).where(eq(applications.id, applicationId)))[0]?.status;

describe("a shift's roster (attended / no-show in one go)", () => {
  it('lists the sign-ups in Hungarian order with their hours; only the organization’s members see it', async () => {
    const s = await rosterScene();
    const page = await s.memberClient.get(s.url);
    expect(page.statusCode).toBe(200);
    const names = ['Ács Ádám', 'Bodnár Béla', 'Csizmadia Cecil', 'Deák Dóri'].map((n) => page.body.indexOf(n));
    expect(names.every((i) => i > 0)).toBe(true);
    expect([...names].sort((a, b) => a - b)).toEqual(names);
    expect(page.body).toContain('3 óra 45 perc, jóváhagyásra vár');
    expect(page.body).toContain(`name="d_${s.rows[1]!.application.id}" value="no_show"`);
    // Linked from the member's shift list.
    expect((await s.memberClient.get(`/opportunities/${s.opportunity.id}/shifts`)).body).toContain(`href="${s.url}"`);
    expect((await s.rows[0]!.client.get(s.url)).statusCode).toBe(404);
    const coordinator = await staffWithLogin(t, [{ role: 'center_coordinator', centerId: s.center.id }]);
    // The coordinator follows the shift's check-ins, so knows the shift: 403, not 404 (ADR 003).
    expect((await coordinator.client.get(s.url)).statusCode).toBe(403);
  });

  it('approves the QR entry, logs and approves the whole shift for the others, marks the no-show, and reports the minor it could not record', async () => {
    const s = await rosterScene();
    const [adam, bela, cecil, dori] = s.rows as [(typeof s.rows)[number], (typeof s.rows)[number], (typeof s.rows)[number], (typeof s.rows)[number]];
    const res = await s.memberClient.post(s.url, {
      [`d_${adam.application.id}`]: 'attended',
      [`d_${bela.application.id}`]: 'attended',
      [`d_${cecil.application.id}`]: 'no_show',
      [`d_${dori.application.id}`]: 'attended',
      'd_not-a-uuid': 'attended',
      // An id that is no sign-up of this shift is ignored.
      'd_00000000-0000-4000-8000-000000000000': 'no_show',
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Rögzítve: 2 jelenlévő, 1 meg nem jelent.');
    expect(res.body).toContain('Deák Dóri');
    expect(res.body).toContain('(Köt. 5. §');

    const adamEntries = await entriesOfApp(adam.application.id);
    expect(adamEntries).toHaveLength(1);
    expect(adamEntries[0]).toMatchObject({ id: s.qrEntry.id, status: 'approved', minutes: 225, decidedByUserId: s.member.id });
    const belaEntries = await entriesOfApp(bela.application.id);
    expect(belaEntries).toHaveLength(1);
    expect(belaEntries[0]).toMatchObject({ status: 'approved', minutes: 240, shiftId: s.shift.id, activity: s.opportunity.title, loggedByUserId: s.member.id });
    expect(await entriesOfApp(cecil.application.id)).toHaveLength(0);
    expect(await statusOf(cecil.application.id)).toBe('no_show');
    expect(await entriesOfApp(dori.application.id)).toHaveLength(0);
    expect(await statusOf(dori.application.id)).toBe('accepted');
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'hour_entry'), eq(auditLog.actorUserId, s.member.id)));
    expect(audits.map((a) => a.action).sort()).toEqual(['approve', 'approve', 'create']);

    // Decided rows have nothing left to choose; the minor's row still does.
    const after = await s.memberClient.get(s.url);
    expect(after.body).not.toContain(`name="d_${adam.application.id}"`);
    expect(after.body).not.toContain(`name="d_${cecil.application.id}"`);
    expect(after.body).toContain(`name="d_${dori.application.id}"`);
    expect(after.body).toContain('4 óra, jóváhagyva');
  });

  it('with nothing refused, redirects with a message; "decide later" changes nothing', async () => {
    const s = await rosterScene();
    const [adam, bela] = s.rows;
    const res = await s.memberClient.post(s.url, { [`d_${adam!.application.id}`]: 'attended', [`d_${bela!.application.id}`]: 'skip' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(s.url);
    expect(await entriesOfApp(bela!.application.id)).toHaveLength(0);
  });

  it('refuses before the shift has ended, and for a stranger', async () => {
    const s = await rosterScene({ endsInHours: 2 });
    const [adam] = s.rows;
    const page = await s.memberClient.get(s.url);
    expect(page.body).toContain('A műszak még nem ért véget');
    expect(page.body).not.toContain('Jelenlét rögzítése');
    const res = await s.memberClient.post(s.url, { [`d_${adam!.application.id}`]: 'attended' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('A műszak még nem ért véget.');
    expect((await entriesOfApp(adam!.application.id))[0]?.status).toBe('submitted');
    expect((await adam!.client.post(s.url, { [`d_${adam!.application.id}`]: 'attended' })).statusCode).toBe(404);
  });
});
