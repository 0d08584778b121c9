import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCenter, placeByName } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { volunteerWithLogin } from '../placements/placements-test-support.js';
import { createCourse, createRegistration, createSession, sessionTimes } from './trainings-test-support.js';

/** The public catalogue at /trainings and a course's public page (issue 14). */
let t: TestApp;
let visitor: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  visitor = new TestClient(t.app, t.config.secretKey);
});
afterAll(async () => {
  await t.close();
});

const titlesOn = (html: string) => [...html.matchAll(/<h2 class="result-title"><a href="\/trainings\/([^"]+)">([^<]+)</g)].map((m) => m[2]);

describe('the catalogue', () => {
  it('lists published courses with their next sessions, not drafts, archived ones or cancelled sessions', async () => {
    const center = await createCenter(t.db);
    const tag = `${Date.now()}`;
    const published = await createCourse(t.db, { centerId: center.id, title: `Katalógus ${tag}`, audience: 'coordinator', qualificationName: 'Koordinátor' });
    await createCourse(t.db, { centerId: center.id, title: `Piszkozat ${tag}`, status: 'draft', audience: 'coordinator' });
    await createCourse(t.db, { centerId: center.id, title: `Archív ${tag}`, status: 'archived', audience: 'coordinator' });
    const session = await createSession(t.db, published.id, center.id, { capacity: 1 });
    await createRegistration(t.db, session.id);
    await createRegistration(t.db, session.id, { status: 'waitlisted' });
    await createSession(t.db, published.id, center.id, { ...sessionTimes(20), cancelledAt: new Date(), address: 'Elmarad utca' });
    await createSession(t.db, published.id, center.id, { ...sessionTimes(-3), address: 'Régi utca' });

    const page = await visitor.get('/trainings?audience=coordinator');
    expect(page.statusCode).toBe(200);
    expect(titlesOn(page.body)).toContain(`Katalógus ${tag}`);
    expect(page.body).not.toContain(`Piszkozat ${tag}`);
    expect(page.body).not.toContain(`Archív ${tag}`);
    expect(page.body).toContain('Betelt, várólistán: 1 fő');
    expect(page.body).toContain('képesítés: Koordinátor');
    expect(page.body).not.toContain('Elmarad utca');
    expect(page.body).not.toContain('Régi utca');
    expect((await visitor.get('/trainings?audience=trainer')).body).not.toContain(`Katalógus ${tag}`);
  });

  it('filters by settlement or online, and says when a settlement is unknown', async () => {
    const center = await createCenter(t.db);
    const tag = `${Date.now()}`;
    const baja = await placeByName(t.db, 'Baja');
    const inBaja = await createCourse(t.db, { centerId: center.id, title: `Bajai ${tag}` });
    await createSession(t.db, inBaja.id, center.id, { placeId: baja.id });
    const online = await createCourse(t.db, { centerId: center.id, title: `Online ${tag}` });
    await createSession(t.db, online.id, center.id, { online: true, placeId: null, onlineUrl: 'https://meet.example/x' });

    const byPlace = await visitor.get(`/trainings?place=${encodeURIComponent('Baja (Bács-Kiskun)')}`);
    expect(titlesOn(byPlace.body)).toContain(`Bajai ${tag}`);
    expect(titlesOn(byPlace.body)).not.toContain(`Online ${tag}`);
    expect(byPlace.body).toContain('alkalmak itt: Baja (Bács-Kiskun)');
    const onlineOnly = await visitor.get('/trainings?online=on');
    expect(titlesOn(onlineOnly.body)).toContain(`Online ${tag}`);
    expect(titlesOn(onlineOnly.body)).not.toContain(`Bajai ${tag}`);
    const unknown = await visitor.get('/trainings?place=Nincsilyenfalva');
    expect(unknown.statusCode).toBe(200);
    expect(unknown.body).toContain('Nincs a szűrésnek megfelelő képzés.');
    expect(unknown.body).toContain('field-error');
  });

  it('pages twenty courses at a time in Hungarian order; bad parameters read as none', async () => {
    const center = await createCenter(t.db);
    const place = await placeByName(t.db, 'Kiskunfélegyháza');
    const tag = `${Date.now()}`;
    for (let i = 0; i < 22; i++) {
      const course = await createCourse(t.db, { centerId: center.id, title: `Lapozás ${tag} ${String(i).padStart(2, '0')}` });
      await createSession(t.db, course.id, center.id, { placeId: place.id });
    }
    const url = `/trainings?place=${encodeURIComponent('Kiskunfélegyháza')}`;
    const first = await visitor.get(url);
    const second = await visitor.get(`${url}&page=2`);
    expect(titlesOn(first.body)).toHaveLength(20);
    expect(titlesOn(second.body)).toEqual([`Lapozás ${tag} 20`, `Lapozás ${tag} 21`]);
    expect(first.body).toContain('22 képzés');
    expect((await visitor.get('/trainings?page=-4&audience=<script>&online=yes')).statusCode).toBe(200);
  });
});

describe("a course's page", () => {
  it('shows the description, duration, prerequisites, qualification and validity, and the sessions with free seats', async () => {
    const center = await createCenter(t.db);
    const course = await createCourse(t.db, {
      centerId: center.id,
      title: 'Elsősegély oldal',
      description: 'Első bekezdés https://pelda.example/info.\n\nMásodik bekezdés.',
      durationMinutes: 90,
      prerequisites: 'Nincs szükség előképzettségre.',
      qualificationName: 'Elsősegély-tanfolyam',
      validityMonths: 36,
      minAge: 14,
    });
    await createSession(t.db, course.id, center.id, { capacity: 12 });
    const page = await visitor.get(`/trainings/${course.slug}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<a href="https://pelda.example/info">');
    expect(page.body).toContain('1 óra 30 perc');
    expect(page.body).toContain('Nincs szükség előképzettségre.');
    expect(page.body).toContain('Elsősegély-tanfolyam, 36 hónapig érvényes');
    expect(page.body).toContain('14 év');
    expect(page.body).toContain('12 szabad hely');
    expect(page.body).toContain('Jelentkezéshez jelentkezz be');
  });

  it('offers a volunteer the register button, the waitlist when full, and shows their own registration', async () => {
    const center = await createCenter(t.db);
    const course = await createCourse(t.db, { centerId: center.id });
    const open = await createSession(t.db, course.id, center.id);
    const full = await createSession(t.db, course.id, center.id, { ...sessionTimes(12), capacity: 1 });
    await createRegistration(t.db, full.id);
    const { volunteer, client } = await volunteerWithLogin(t);
    const before = await client.get(`/trainings/${course.slug}`);
    expect(before.body).toContain(`action="/trainings/sessions/${open.id}/register"`);
    expect(before.body).toContain('Feliratkozom a várólistára');
    await createRegistration(t.db, open.id, { volunteerId: volunteer.id });
    const after = await client.get(`/trainings/${course.slug}`);
    expect(after.body).not.toContain(`action="/trainings/sessions/${open.id}/register"`);
    expect(after.body).toContain('Jelentkezett');
  });

  it('answers 404 for a draft course, an unknown address and a malformed one; static pages are not courses', async () => {
    const draft = await createCourse(t.db, { status: 'draft' });
    expect((await visitor.get(`/trainings/${draft.slug}`)).statusCode).toBe(404);
    expect((await visitor.get('/trainings/nincs-ilyen-kepzes')).statusCode).toBe(404);
    expect((await visitor.get('/trainings/Rossz%20C%C3%ADm')).statusCode).toBe(404);
    expect((await visitor.get('/trainings/manage')).statusCode).toBe(303);
    expect((await visitor.get('/trainings/mine')).statusCode).toBe(303);
  });
});
