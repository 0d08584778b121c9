import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, budapestDay, toBudapestLocal } from '../../platform/budapest-time.js';
import { createPoint } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { mailsTo } from '../placements/placements-test-support.js';
import {
  auditOfInquiry,
  type InquiryScene,
  inquiryForm,
  inquiryIdFrom,
  inquiryRow,
  inquiryScene,
  type StaffMember,
  staffMember,
} from './inquiries-test-support.js';
import { addTopic, archiveTopic } from './topics-service.js';

/** The inquiry log's rules on the staff's pages: the form and its errors, who sees what, the e-mail answer, follow-ups. */
let t: TestApp;
let s: InquiryScene;
beforeAll(async () => {
  t = await createTestApp({ baseUrl: 'https://kapocs.example.hu' });
  s = await inquiryScene(t);
});
afterAll(async () => {
  await t?.close();
});

async function logAs(staff: StaffMember, form: Record<string, string | string[]>): Promise<string> {
  const res = await staff.client.post('/inquiries', form);
  expect(res.statusCode, res.body.slice(0, 3000)).toBe(303);
  return inquiryIdFrom(res.headers.location);
}

describe('logging an inquiry', () => {
  it('stores it with its topics, audits it, and shows it in the log and on its page', async () => {
    const id = await logAs(s.coordinator, inquiryForm([s.topics.contract, s.topics.minors], { answer: 'Igen, ha juttatás jár.', status: 'answered' }));
    expect(await inquiryRow(t.db, id)).toMatchObject({
      centerId: s.center.id,
      pointId: null,
      channel: 'phone',
      askerKind: 'person',
      askerName: 'Kiss Anna',
      status: 'answered',
      staffUserId: s.coordinator.user.id,
      createdBy: s.coordinator.user.id,
      answerSentAt: null,
    });
    const [created] = await auditOfInquiry(t.db, id);
    expect(created).toMatchObject({ action: 'create', actorUserId: s.coordinator.user.id, centerId: s.center.id });
    expect(((created?.after ?? {}) as { topicIds?: string[] }).topicIds?.sort()).toEqual([s.topics.contract, s.topics.minors].sort());

    const page = await s.coordinator.client.get(`/inquiries/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Kell-e írásos szerződés');
    const list = await s.coordinator.client.get('/inquiries');
    expect(list.body).toContain(`/inquiries/${id}`);
    expect(list.body).toContain('Kiss Anna');
  });

  it('shows Hungarian errors next to the fields and keeps what was typed', async () => {
    const rejected = await s.coordinator.client.post(
      '/inquiries',
      inquiryForm([], { askerKind: 'anonymous', status: 'answered', receivedAt: toBudapestLocal(new Date(Date.now() + 86_400_000)), answerByEmail: 'on' }),
    );
    expect(rejected.statusCode).toBe(422);
    for (const message of [
      'Névtelen kérdezőnél ezt a mezőt hagyja üresen.',
      'Névtelen kérdezőnek nem küldhetünk e-mailt.',
      'Jelöljön meg legalább egy témát.',
      'A megválaszolt megkereséshez írja be a választ.',
      'A beérkezés ideje nem lehet a jövőben.',
    ]) {
      expect(rejected.body).toContain(message);
    }
    expect(rejected.body).toContain('Kell-e írásos szerződés');

    const noContact = await s.coordinator.client.post('/inquiries', inquiryForm([s.topics.contract], { askerName: '', askerEmail: '', askerPhone: '' }));
    expect(noContact.body).toContain('Adja meg a kérdező nevét vagy elérhetőségét');
    const byEmailWithout = await s.coordinator.client.post('/inquiries', inquiryForm([s.topics.contract], { askerEmail: '', answerByEmail: 'on' }));
    expect(byEmailWithout.body).toContain('Az e-mailes válaszhoz adja meg a kérdező e-mail-címét.');
    const unknownArticle = await s.coordinator.client.post('/inquiries', inquiryForm([s.topics.contract], { articles: 'nincs-ilyen-cikk' }));
    expect(unknownArticle.statusCode).toBe(422);
    expect(unknownArticle.body).toContain('Nincs ilyen közzétett cikk a tudástárban: nincs-ilyen-cikk.');
    const otherCentersPoint = await s.coordinator.client.post('/inquiries', inquiryForm([s.topics.contract], { pointId: s.otherCenterPoint.id }));
    expect(otherCentersPoint.statusCode).toBe(422);
    // A point still being scouted takes no inquiries, and the form does not offer it.
    const candidate = await createPoint(t.db, s.center.id, { status: 'candidate', name: 'Jelölt Pont a kérdésekhez' });
    const atCandidate = await s.coordinator.client.post('/inquiries', inquiryForm([s.topics.contract], { pointId: candidate.id }));
    expect(atCandidate.statusCode).toBe(422);
    const form = (await s.coordinator.client.get('/inquiries/new')).body;
    expect(form).toContain(s.point.name);
    expect(form).not.toContain('Jelölt Pont a kérdésekhez');
  });

  it('offers only the topics on the center’s list: not an archived one, not another center’s', async () => {
    const own = await addTopic(t.db, s.admin.actor, { name: 'Saját téma', centerId: s.center.id });
    const foreign = await addTopic(t.db, s.foreignAdmin.actor, { name: 'Idegen téma', centerId: s.otherCenter.id });
    expect((await s.coordinator.client.post('/inquiries', inquiryForm([own.id]))).statusCode).toBe(303);
    const refused = await s.coordinator.client.post('/inquiries', inquiryForm([foreign.id]));
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('A felsorolt lehetőségek egyikét kell választani.');
    await archiveTopic(t.db, s.admin.actor, own.id);
    expect((await s.coordinator.client.post('/inquiries', inquiryForm([own.id]))).statusCode).toBe(422);
    expect((await s.coordinator.client.get('/inquiries/new')).body).not.toContain('Saját téma');
  });

  it('links published knowledge-base articles by address or by a pasted link', async () => {
    const articles = 'https://kapocs.example.hu/knowledge/mi-a-kozerdeku-onkentesseg\nmi-a-kozerdeku-onkentesseg';
    const id = await logAs(s.coordinator, inquiryForm([s.topics.contract], { articles }));
    expect((await s.coordinator.client.get(`/inquiries/${id}`)).body).toContain('href="/knowledge/mi-a-kozerdeku-onkentesseg"');
  });
});

describe('who works with which inquiries', () => {
  it('a point coordinator logs at their own point and sees only their point’s; center staff see all of the center’s; others get 404', async () => {
    const atPoint = await logAs(s.pointCoordinator, inquiryForm([s.topics.opportunities], { askerName: 'Pontos Péter' }));
    expect(await inquiryRow(t.db, atPoint)).toMatchObject({ centerId: s.center.id, pointId: s.point.id });
    const atCenter = await logAs(s.coordinator, inquiryForm([s.topics.opportunities], { askerName: 'Központi Kata' }));

    const pointList = (await s.pointCoordinator.client.get('/inquiries')).body;
    expect(pointList).toContain('Pontos Péter');
    expect(pointList).not.toContain('Központi Kata');
    expect((await s.pointCoordinator.client.get(`/inquiries/${atCenter}`)).statusCode).toBe(404);
    expect((await s.pointCoordinator.client.get(`/inquiries/${atPoint}`)).statusCode).toBe(200);

    const centerList = (await s.admin.client.get('/inquiries')).body;
    expect(centerList).toContain('Pontos Péter');
    expect(centerList).toContain('Központi Kata');

    for (const stranger of [s.otherPointCoordinator, s.foreignAdmin]) {
      expect((await stranger.client.get(`/inquiries/${atPoint}`)).statusCode).toBe(404);
      expect((await stranger.client.post(`/inquiries/${atPoint}`, inquiryForm([s.topics.opportunities]))).statusCode).toBe(404);
      expect((await stranger.client.post(`/inquiries/${atPoint}/follow-up-done`)).statusCode).toBe(404);
      expect((await stranger.client.get('/inquiries')).body).not.toContain('Pontos Péter');
    }
    expect((await s.nationalAdmin.client.get(`/inquiries/${atPoint}`)).statusCode).toBe(200);

    const volunteer = await staffMember(t, [{ role: 'volunteer' }]);
    expect((await volunteer.client.get('/inquiries')).statusCode).toBe(403);
  });

  it('national admins choose the center first; the form then offers that center’s topics and staff', async () => {
    const choose = await s.nationalAdmin.client.get('/inquiries/new');
    expect(choose.body).toContain('action="/inquiries/new"');
    const form = await s.nationalAdmin.client.get(`/inquiries/new?center=${s.center.id}`);
    expect(form.body).toContain(`name="centerId" value="${s.center.id}"`);
    const id = await logAs(s.nationalAdmin, inquiryForm([s.topics.contract], { centerId: s.center.id, staffUserId: s.coordinator.user.id }));
    expect(await inquiryRow(t.db, id)).toMatchObject({ centerId: s.center.id, staffUserId: s.coordinator.user.id });
  });
});

describe('the answer by e-mail', () => {
  it('goes out once, formally, through the outbox, when an answer is first saved; answer_sent_at is set', async () => {
    const email = `valasz.${Date.now()}@pelda.example`;
    const form = inquiryForm([s.topics.contract], { askerEmail: email, answerByEmail: 'on', channel: 'email' });
    const id = await logAs(s.coordinator, form);
    expect(await mailsTo(t.db, email)).toHaveLength(0);

    const answer = 'Tisztelt Kérdező, írásos szerződés akkor kell, ha juttatás jár.';
    const saved = await s.coordinator.client.post(`/inquiries/${id}`, {
      ...form,
      answer,
      status: 'answered',
      articles: 'mi-a-kozerdeku-onkentesseg',
    });
    expect(saved.statusCode).toBe(303);
    const [mail] = await mailsTo(t.db, email);
    expect(mail?.subject).toBe(`Válasz kérdésére – ${s.center.name}`);
    expect(mail?.textBody).toContain('Tisztelt Kiss Anna!');
    expect(mail?.textBody).toContain(answer);
    expect(mail?.textBody).toContain('Az Ön kérdése');
    expect(mail?.textBody).toContain('https://kapocs.example.hu/knowledge/mi-a-kozerdeku-onkentesseg');
    expect((await inquiryRow(t.db, id)).answerSentAt).toBeInstanceOf(Date);

    await s.coordinator.client.post(`/inquiries/${id}`, { ...form, answer: `${answer} Kiegészítés.`, status: 'closed' });
    expect(await mailsTo(t.db, email)).toHaveLength(1);
    expect((await s.coordinator.client.get(`/inquiries/${id}`)).body).toContain('A választ e-mailben elküldtük');
  });
});

describe('follow-ups', () => {
  it('lists what is due today or earlier and not done, oldest first; "done" takes it off and is audited', async () => {
    const day = budapestDay(new Date());
    const staff = await staffMember(t, [{ role: 'point_coordinator', centerId: s.center.id, pointId: s.otherPoint.id }]);
    const log = (name: string, followUpOn: string, done = false) =>
      logAs(staff, inquiryForm([s.topics.opportunities], { askerName: name, followUpOn, ...(done ? { followUpDone: 'on' } : {}) }));
    const older = await log('Régebbi Rita', addDays(day, -3));
    const newer = await log('Tegnapi Tamás', addDays(day, -1));
    const todays = await log('Mai Mária', day);
    await log('Holnapi Hugó', addDays(day, 1));
    await log('Kész Károly', addDays(day, -2), true);

    const page = (await staff.client.get('/inquiries/follow-ups')).body;
    const order = ['Régebbi Rita', 'Tegnapi Tamás', 'Mai Mária'].map((n) => page.indexOf(n));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(page).not.toContain('Holnapi Hugó');
    expect(page).not.toContain('Kész Károly');

    const done = await staff.client.post(`/inquiries/${older}/follow-up-done`, { back: 'follow-ups' });
    expect(done.headers.location).toBe('/inquiries/follow-ups');
    expect((await inquiryRow(t.db, older)).followUpDoneAt).toBeInstanceOf(Date);
    expect((await staff.client.get('/inquiries/follow-ups')).body).not.toContain('Régebbi Rita');
    expect((await auditOfInquiry(t.db, older)).map((a) => a.action)).toContain('follow_up_done');

    const csv = await staff.client.get('/inquiries/follow-ups?format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Tegnapi Tamás');
    expect(csv.body).not.toContain('Régebbi Rita');
    expect([newer, todays]).toHaveLength(2);
  });

  it('counts open inquiries and due follow-ups among the coordinator’s next steps', async () => {
    const coordinator = await staffMember(t, [{ role: 'point_coordinator', centerId: s.center.id, pointId: s.otherPoint.id }]);
    const dashboard = (await coordinator.client.get('/dashboard')).body;
    expect(dashboard).toContain('href="/inquiries/follow-ups"');
    expect(dashboard).toContain('href="/inquiries?status=open"');
    expect(dashboard).toMatch(/\d+ nyitott megkeresés vár válaszra/);
  });
});

describe('the list', () => {
  it('filters, searches accent-blind, sorts staff in Hungarian order, and exports CSV and XLSX', async () => {
    const center = s.otherCenter;
    const cukor = await staffMember(t, [{ role: 'center_coordinator', centerId: center.id }], { familyName: 'Cukor', givenName: 'Cecília' });
    const csizmar = await staffMember(t, [{ role: 'center_coordinator', centerId: center.id }], { familyName: 'Csizmár', givenName: 'Csaba' });
    const email = await logAs(csizmar, inquiryForm([s.topics.contract], { channel: 'email', askerName: 'Első Éva', question: 'Mi a szerződés része?' }));
    await logAs(cukor, inquiryForm([s.topics.minors], { channel: 'event', askerName: 'Második Márk', question: 'Hány éves kortól lehet?' }));
    const client = s.foreignAdmin.client;

    const byChannel = (await client.get('/inquiries?channel=email')).body;
    expect(byChannel).toContain('Első Éva');
    expect(byChannel).not.toContain('Második Márk');
    const byTopic = (await client.get(`/inquiries?topic=${s.topics.minors}`)).body;
    expect(byTopic).toContain('Második Márk');
    expect(byTopic).not.toContain('Első Éva');
    const search = (await client.get('/inquiries?q=szerzodes')).body;
    expect(search).toContain('Első Éva');
    expect(search).not.toContain('Második Márk');
    expect((await client.get(`/inquiries?staff=${cukor.user.id}`)).body).not.toContain('Első Éva');
    const tomorrow = addDays(budapestDay(new Date()), 1);
    expect((await client.get(`/inquiries?from=${tomorrow}`)).body).toContain('Nincs a szűrésnek megfelelő megkeresés.');

    // Hungarian order: c comes before cs ("Cukor" before "Csizmár"), though "s" < "u" in code order.
    const sorted = (await client.get('/inquiries?sort=staff&dir=asc')).body;
    expect(sorted.indexOf('Második Márk')).toBeLessThan(sorted.indexOf('Első Éva'));

    const csv = await client.get('/inquiries?format=csv&channel=email');
    expect(csv.headers['content-disposition']).toContain('kapocs-megkeresesek');
    expect(csv.body).toContain('Első Éva');
    expect(csv.body).toContain('Mi a szerződés része?');
    expect(csv.body).not.toContain('Második Márk');
    const xlsx = await client.get('/inquiries?format=xlsx');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(email).toBeTruthy();
  });
});

describe('point of an inquiry', () => {
  it('center staff may name one of the center’s points; a point coordinator cannot move it elsewhere', async () => {
    const id = await logAs(s.coordinator, inquiryForm([s.topics.contract], { pointId: s.point.id }));
    expect((await inquiryRow(t.db, id)).pointId).toBe(s.point.id);
    const moved = await s.pointCoordinator.client.post(`/inquiries/${id}`, inquiryForm([s.topics.contract], { pointId: s.otherPoint.id }));
    expect(moved.statusCode).toBe(303);
    expect((await inquiryRow(t.db, id)).pointId).toBe(s.point.id);
  });
});
