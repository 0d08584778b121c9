import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { entriesOf, entryRow } from '../hours/hours-test-support.js';
import { volunteerWithLogin } from '../placements/placements-test-support.js';
import { backdateCheckIn, checkInScene, checkInsOf, codeOf, shiftAudit } from './check-in-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const noPlacement = 'Erre a műszakra nincs elfogadott jelentkezésed.';

describe("the organization's check-in page", () => {
  it('shows an accessible SVG QR code of the check-in URL and the URL as text; the code is made once, audited', async () => {
    const s = await checkInScene(t);
    const res = await s.memberClient.get(s.hostUrl);
    expect(res.statusCode).toBe(200);
    const code = await codeOf(t, s.shift.id);
    expect(code).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const url = `${t.config.baseUrl}/check-in/${code}`;
    expect(res.body).toMatch(/<svg role="img" aria-label="QR-kód a műszak bejelentkezési oldalához: [^"]+"/);
    expect(res.body).toContain(`<a href="${url}">${url}</a>`);
    expect(res.body).toContain('Még senki nem jelentkezett be erre a műszakra.');
    // A second visit keeps the same code.
    await s.memberClient.get(s.hostUrl);
    expect(await codeOf(t, s.shift.id)).toBe(code);
    expect((await shiftAudit(t, s.shift.id)).map((a) => a.action)).toEqual(['create:check_in_code']);
  });

  it("is linked from the organization's shift list", async () => {
    const s = await checkInScene(t);
    const res = await s.memberClient.get(`/opportunities/${s.opportunity.id}/shifts`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`href="/shifts/${s.shift.id}/check-in"`);
  });

  it('the center coordinator sees it; a volunteer and another center’s coordinator get 404', async () => {
    const s = await checkInScene(t);
    expect((await s.coordinator.client.get(s.hostUrl)).statusCode).toBe(200);
    expect((await s.volunteer.client.get(s.hostUrl)).statusCode).toBe(404);
    const other = await checkInScene(t);
    expect((await other.coordinator.client.get(s.hostUrl)).statusCode).toBe(404);
  });

  it('regenerating needs the confirmation, makes a new code, the old one is 404 afterwards, audited', async () => {
    const s = await checkInScene(t);
    await s.memberClient.get(s.hostUrl);
    const old = await codeOf(t, s.shift.id);
    const unconfirmed = await s.memberClient.post(`${s.hostUrl}/regenerate`, {});
    expect(unconfirmed.statusCode).toBe(422);
    expect(unconfirmed.body).toContain('Jelölje be a megerősítést.');
    expect(await codeOf(t, s.shift.id)).toBe(old);
    const res = await s.memberClient.post(`${s.hostUrl}/regenerate`, { confirm: 'on' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(s.hostUrl);
    const fresh = await codeOf(t, s.shift.id);
    expect(fresh).not.toBe(old);
    const stale = await s.volunteer.client.get(`/check-in/${old}`);
    expect(stale.statusCode).toBe(404);
    expect(stale.body).toContain('Ismeretlen bejelentkezési kód');
    expect((await s.volunteer.client.post(`/check-in/${old}`)).statusCode).toBe(404);
    expect((await s.volunteer.client.get(`/check-in/${fresh}`)).statusCode).toBe(200);
    expect((await shiftAudit(t, s.shift.id)).map((a) => a.action)).toEqual(['create:check_in_code', 'regenerate:check_in_code']);
    // Only the organization's side may regenerate.
    expect((await s.volunteer.client.post(`${s.hostUrl}/regenerate`, { confirm: 'on' })).statusCode).toBe(404);
  });
});

describe('checking in and out', () => {
  it('a volunteer with an accepted placement checks in and out; the hour entry is submitted with those times; the organization approves it', async () => {
    const s = await checkInScene(t);
    await s.memberClient.get(s.hostUrl);
    const url = `/check-in/${await codeOf(t, s.shift.id)}`;

    const page = await s.volunteer.client.get(url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(s.opportunity.title);
    expect(page.body).toContain('class="button-large">Megérkeztem</button>');

    const checkIn = await s.volunteer.client.post(url);
    expect(checkIn.statusCode).toBe(303);
    expect(checkIn.headers.location).toBe(url);
    const [open] = await checkInsOf(t, s.shift.id);
    expect(open).toMatchObject({ applicationId: s.application.id, volunteerId: s.volunteer.volunteer.id, checkedOutAt: null, hourEntryId: null });
    expect((await s.volunteer.client.get(url)).body).toContain('class="button-large">Végeztem, távozom</button>');
    // A double tap does not check out at once (nor open a second check-in).
    const doubleTap = await s.volunteer.client.post(url);
    expect(doubleTap.statusCode).toBe(422);
    expect(doubleTap.body).toContain('A bejelentkezés óta még egy perc sem telt el');
    expect(await checkInsOf(t, s.shift.id)).toHaveLength(1);

    const host = await s.memberClient.get(s.hostUrl);
    expect(host.body).toContain(`${s.volunteer.volunteer.familyName} ${s.volunteer.volunteer.givenName}`);
    expect(host.body).toContain('még a helyszínen');

    // As if they arrived 95 minutes ago.
    const arrived = await backdateCheckIn(t, open!.id, 95);
    const checkOut = await s.volunteer.client.post(url);
    expect(checkOut.statusCode).toBe(303);
    const [closed] = await checkInsOf(t, s.shift.id);
    expect(closed?.checkedOutAt).toBeInstanceOf(Date);
    expect(closed?.hourEntryId).toBeTruthy();
    const entry = await entryRow(t, closed!.hourEntryId!);
    expect(entry).toMatchObject({
      status: 'submitted',
      applicationId: s.application.id,
      shiftId: s.shift.id,
      activity: s.opportunity.title,
      loggedByUserId: s.volunteer.user.id,
      minutes: 95,
    });
    expect(entry?.startsAt?.getTime()).toBe(arrived.checkedInAt.getTime());
    expect(entry?.endsAt?.getTime()).toBe(closed!.checkedOutAt!.getTime());

    const again = await s.volunteer.client.get(url);
    expect(again.body).toContain('Ezen a műszakon már be- és kijelentkeztél');
    expect(again.body).not.toContain(`action="${url}"`);
    const secondScan = await s.volunteer.client.post(url);
    expect(secondScan.statusCode).toBe(422);
    expect(secondScan.body).toContain('Ezen a műszakon már be- és kijelentkeztél');
    expect(await checkInsOf(t, s.shift.id)).toHaveLength(1);

    const approve = await s.memberClient.post(`/hours/${entry!.id}/approve`);
    expect(approve.statusCode).toBe(303);
    expect((await entryRow(t, entry!.id))?.status).toBe('approved');
  });

  it("a 17-year-old's check-out that breaks a Köt. 5. § limit is refused with the rule, the check-in stays open, no entry", async () => {
    const s = await checkInScene(t, { birthDate: `${new Date().getUTCFullYear() - 17}-01-01` });
    await s.memberClient.get(s.hostUrl);
    const url = `/check-in/${await codeOf(t, s.shift.id)}`;
    expect((await s.volunteer.client.post(url)).statusCode).toBe(303);
    const [open] = await checkInsOf(t, s.shift.id);
    // Ten hours on site: more than a 16–17-year-old's daily limit (4.5 hours in term time, 8 in the holidays).
    await backdateCheckIn(t, open!.id, 600);
    const res = await s.volunteer.client.post(url);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('A kijelentkezés nem sikerült, a bejelentkezésed nyitva marad.');
    expect(res.body).toContain('16–17 éves önkéntes legfeljebb napi');
    const [still] = await checkInsOf(t, s.shift.id);
    expect(still).toMatchObject({ id: open!.id, checkedOutAt: null, hourEntryId: null });
    expect(await entriesOf(t, s.application.id)).toHaveLength(0);
  });

  it('a volunteer checked in can still check out after the placement was marked completed meanwhile', async () => {
    const s = await checkInScene(t);
    await s.memberClient.get(s.hostUrl);
    const url = `/check-in/${await codeOf(t, s.shift.id)}`;
    expect((await s.volunteer.client.post(url)).statusCode).toBe(303);
    const [open] = await checkInsOf(t, s.shift.id);
    await backdateCheckIn(t, open!.id, 45);
    await t.db.update(applications).set({ status: 'completed' }).where(eq(applications.id, s.application.id));
    expect((await s.volunteer.client.post(url)).statusCode).toBe(303);
    const [entry] = await entriesOf(t, s.application.id);
    expect(entry).toMatchObject({ status: 'submitted', minutes: 45 });
  });

  it('a volunteer without a placement (or with one only applied for) is refused with the message', async () => {
    const s = await checkInScene(t, { status: 'applied' });
    await s.memberClient.get(s.hostUrl);
    const url = `/check-in/${await codeOf(t, s.shift.id)}`;
    const page = await s.volunteer.client.get(url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(noPlacement);
    expect(page.body).not.toContain(`action="${url}"`);
    const refused = await s.volunteer.client.post(url);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain(noPlacement);
    const stranger = await volunteerWithLogin(t, { centerId: s.center.id });
    const strangerPost = await stranger.client.post(url);
    expect(strangerPost.statusCode).toBe(403);
    expect(strangerPost.body).toContain(noPlacement);
    expect(await checkInsOf(t, s.shift.id)).toHaveLength(0);
  });

  it('too early (more than 60 minutes before the start): a message, nothing saved', async () => {
    const s = await checkInScene(t, { startsAt: new Date(Date.now() + 3 * 3_600_000) });
    await s.memberClient.get(s.hostUrl);
    const url = `/check-in/${await codeOf(t, s.shift.id)}`;
    expect((await s.volunteer.client.get(url)).body).toContain('Még korán van');
    const res = await s.volunteer.client.post(url);
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Még korán van');
    expect(await checkInsOf(t, s.shift.id)).toHaveLength(0);
  });

  it('an unknown code is a 404 page that says so', async () => {
    const { client } = await volunteerWithLogin(t);
    for (const code of ['AAAAAAAAAAAAAAAA', 'not-a-code', '%3Cscript%3E']) {
      const res = await client.get(`/check-in/${code}`);
      expect(res.statusCode).toBe(404);
      expect(res.body).toContain('Ismeretlen bejelentkezési kód');
    }
  });

  it('anonymous: the scanned page sends to the login page with a way back; posting is refused', async () => {
    const s = await checkInScene(t);
    await s.memberClient.get(s.hostUrl);
    const url = `/check-in/${await codeOf(t, s.shift.id)}`;
    const anonymous = new TestClient(t.app, t.config.secretKey);
    const res = await anonymous.get(url);
    expect(res.statusCode).toBe(303);
    expect(String(res.headers.location)).toMatch(/^\/login/);
    expect(decodeURIComponent(String(res.headers.location))).toContain(url);
    expect([401, 403]).toContain((await anonymous.post(url)).statusCode);
    expect(await checkInsOf(t, s.shift.id)).toHaveLength(0);
  });
});
