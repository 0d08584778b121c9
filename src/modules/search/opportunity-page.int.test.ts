import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpportunity, createOrganization, createShift } from '../../test-support/brokering-factories.js';
import { createUser, sessionFor } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { searchScene, uniqueWord } from './search-test-data.js';

let t: TestApp;
let scene: Awaited<ReturnType<typeof searchScene>>;
beforeAll(async () => {
  t = await createTestApp();
  scene = await searchScene(t.db);
});
afterAll(async () => {
  await t.close();
});

const visitor = () => new TestClient(t.app, t.config.secretKey);
const days = (n: number) => new Date(Date.now() + n * 86_400_000);

/** The JSON-LD block of a page, as the raw text between the script tags. */
function jsonLdText(html: string): string {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no JSON-LD on the page');
  return match[1] as string;
}

describe('opportunity page', () => {
  it('shows the description, organization, place, requirements, languages, accessibility and contact', async () => {
    const o = await scene.publish({
      title: `Madárgyűrűzés ${uniqueWord()}`,
      description: 'Első bekezdés a madarakról.\n\nMásodik bekezdés a gyűrűkről.',
      place: 'Szeged',
      address: 'Fehér-tó, kilátó',
      causes: ['kornyezetvedelem', 'allatvedelem'],
      skills: ['fotozas'],
      minAge: 16,
      requiredQualifications: ['madárgyűrűzői tanfolyam'],
      requiresConduct: true,
      requiresHealth: true,
      languages: ['hu', 'en', 'klingon'],
      accessibilityNotes: 'A kilátó lépcsős, kerekesszékkel nem megközelíthető.',
      contactName: 'Kovács Anna',
      contactEmail: 'anna@madarak.example',
      contactPhone: '+36 30 123 4567',
      groupFriendly: true,
      kind: 'regular',
    });
    const res = await visitor().get(`/opportunities/${o.id}`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain(`<h1>${o.title}</h1>`);
    expect(html).toContain(`<a href="/organizations/${scene.organization.id}">${scene.organization.name}</a>`);
    expect(html).toContain('<p>Első bekezdés a madarakról.</p><p>Második bekezdés a gyűrűkről.</p>');
    expect(html).toContain('Szeged (Csongrád-Csanád), Fehér-tó, kilátó');
    expect(html).toContain('környezetvédelem, állatvédelem');
    expect(html).toContain('fotózás');
    expect(html).toContain('Legalább 16 éves kor');
    expect(html).toContain('Szükséges képesítés: madárgyűrűzői tanfolyam');
    expect(html).toContain('Erkölcsi bizonyítvány szükséges');
    expect(html).toContain('Egészségügyi alkalmasság szükséges');
    expect(html).toContain('magyar, angol, klingon');
    expect(html).toContain('kerekesszékkel nem megközelíthető');
    expect(html).toContain('Kovács Anna');
    expect(html).toContain('href="mailto:anna@madarak.example"');
    expect(html).toContain('href="tel:+36301234567"');
    expect(html).toContain('Rendszeres');
  });

  it('lists upcoming shifts with seats left; cancelled and past shifts are left out', async () => {
    const o = await scene.publish({ title: `Műszakok ${uniqueWord()}` });
    const open = await createShift(t.db, o.id, { startsAt: days(3), capacity: 10, seatsTaken: 7 });
    const full = await createShift(t.db, o.id, { startsAt: days(4), capacity: 5, seatsTaken: 5, waitlistEnabled: false });
    const cancelled = await createShift(t.db, o.id, { startsAt: days(5), cancelledAt: new Date() });
    const past = await createShift(t.db, o.id, { startsAt: days(-2) });
    const html = (await visitor().get(`/opportunities/${o.id}`)).body;
    expect(html).toContain(`id="shift-${open.id}"`);
    expect(html).toContain('3 (összesen 10)');
    expect(html).toContain(`id="shift-${full.id}"`);
    expect(html).toContain('Betelt');
    expect(html).not.toContain(cancelled.id);
    expect(html).not.toContain(past.id);
    // Times in Budapest, Hungarian format: "2026. 11. 28. 10:00".
    expect(html).toMatch(/<time datetime="[^"]+">\d{4}\. \d{2}\. \d{2}\. \d{2}:\d{2}<\/time>/);
  });

  it('asks a visitor to log in, and gives a logged-in user sign-up forms with the CSRF token', async () => {
    const o = await scene.publish({ title: `Jelentkezés ${uniqueWord()}` });
    const open = await createShift(t.db, o.id, { startsAt: days(3), capacity: 2, seatsTaken: 0 });
    const waitlist = await createShift(t.db, o.id, { startsAt: days(4), capacity: 2, seatsTaken: 2, waitlistEnabled: true });
    const closed = await createShift(t.db, o.id, { startsAt: days(5), capacity: 2, seatsTaken: 2, waitlistEnabled: false });
    const anonymous = (await visitor().get(`/opportunities/${o.id}`)).body;
    expect(anonymous).toContain(`href="/login?next=${encodeURIComponent(`/opportunities/${o.id}`)}"`);
    expect(anonymous).not.toContain(`action="/shifts/${open.id}/signup"`);

    const user = await createUser(t.db);
    const client = visitor().setSession(await sessionFor(t.db, user.id));
    const html = (await client.get(`/opportunities/${o.id}`)).body;
    expect(html).toMatch(
      new RegExp(
        `<form method="post" action="/shifts/${open.id}/signup"[^>]*><input type="hidden" name="_csrf" value="[^"]+"/><button type="submit">Jelentkezem`,
      ),
    );
    expect(html).toContain(`action="/shifts/${waitlist.id}/signup"`);
    expect(html).toContain('Feliratkozom a várólistára');
    expect(html).not.toContain(`action="/shifts/${closed.id}/signup"`);
    expect(html).toContain('Betelt, várólista nincs');
    expect(html).toMatch(new RegExp(`<form method="post" action="/opportunities/${o.id}/apply"[^>]*><input type="hidden" name="_csrf"`));
  });

  it('carries schema.org JSON-LD: an Event with a subEvent per shift', async () => {
    const o = await scene.publish({ title: `JSON-LD ${uniqueWord()}`, place: 'Szeged' });
    const shift = await createShift(t.db, o.id, { startsAt: days(6), capacity: 8, seatsTaken: 2 });
    const html = (await visitor().get(`/opportunities/${o.id}`)).body;
    const ld = JSON.parse(jsonLdText(html));
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Event');
    expect(ld.name).toBe(o.title);
    expect(ld.url).toBe(`${t.config.baseUrl}/opportunities/${o.id}`);
    expect(ld.location.address.addressLocality).toBe('Szeged');
    expect(ld.subEvent).toEqual([
      expect.objectContaining({ '@type': 'Event', startDate: shift.startsAt.toISOString(), maximumAttendeeCapacity: 8, remainingAttendeeCapacity: 6 }),
    ]);
  });

  it('escapes "<" inside the JSON-LD, so a title cannot close the script element', async () => {
    const evil = `</script><script>alert(1)</script> ${uniqueWord()}`;
    const o = await scene.publish({ title: evil, description: '<!-- <b>félkövér</b>' });
    const html = (await visitor().get(`/opportunities/${o.id}`)).body;
    expect(html).not.toContain('<script>alert(1)');
    const text = jsonLdText(html);
    expect(text).not.toContain('<');
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text).name).toBe(evil);
    expect(html).toContain('&lt;!-- &lt;b>félkövér&lt;/b>');
  });

  it('is 404 for an unknown id, a malformed id, and anything not published by an approved organization', async () => {
    expect((await visitor().get('/opportunities/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await visitor().get('/opportunities/nem-azonosito')).statusCode).toBe(404);
    for (const status of ['draft', 'submitted', 'needs_changes', 'closed']) {
      const o = await scene.publish({ status });
      expect((await visitor().get(`/opportunities/${o.id}`)).statusCode, status).toBe(404);
    }
    const pending = await createOrganization(t.db, scene.center.id, { status: 'submitted' });
    const o = await createOpportunity(t.db, pending);
    expect((await visitor().get(`/opportunities/${o.id}`)).statusCode).toBe(404);
  });

  it('speaks English when asked', async () => {
    const o = await scene.publish({ title: `Angol ${uniqueWord()}`, languages: ['de'] });
    const html = (await visitor().get(`/opportunities/${o.id}?lang=en`)).body;
    expect(html).toContain('Host organization');
    expect(html).toContain('German');
  });
});
