import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inquiries } from '../../db/schema/index.js';
import { toBudapestLocal } from '../../platform/budapest-time.js';
import { createCenter } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { mailsTo, Visitor } from '../accounts/accounts-test-support.js';
import { auditOfInquiry, type InquiryScene, inquiryScene } from './inquiries-test-support.js';
import { askLimit } from './public-service.js';

/** The public "ask us" form: a question becomes an open inquiry of the right center; rate limit, honeypot, CSRF; the e-mail answer. */
let t: TestApp;
let s: InquiryScene;
beforeAll(async () => {
  t = await createTestApp({ trustProxy: true, baseUrl: 'https://kapocs.example.hu' });
  s = await inquiryScene(t);
});
afterAll(async () => {
  await t?.close();
});

const formal = /(?<![\p{L}])(Ön|Önnek|Önt|Kérjük|adja meg|válassza ki|válasszon)(?![\p{L}])/iu;

async function inquiriesAsking(question: string) {
  return t.db.select().from(inquiries).where(eq(inquiries.question, question));
}

describe('the ask-us form', () => {
  it('turns a question to a chosen center into an open online-form inquiry in its log, audited', async () => {
    const visitor = new Visitor(t);
    const page = await visitor.get('/ask');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(s.center.name);
    const question = `Hol lehet önkénteskedni hétvégén? ${Date.now()}`;
    const res = await visitor.post('/ask', { centerId: s.center.id, question, name: '', email: '' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/ask/sent');
    expect((await visitor.get('/ask/sent')).body).toContain('Köszönjük a kérdésedet!');

    const [row] = await inquiriesAsking(question);
    expect(row).toMatchObject({ centerId: s.center.id, pointId: null, channel: 'online_form', askerKind: 'anonymous', status: 'open', answerByEmail: false });
    expect((await auditOfInquiry(t.db, row?.id as string))[0]).toMatchObject({ action: 'create', actorUserId: null, centerId: s.center.id });
    expect((await s.coordinator.client.get('/inquiries?channel=online_form')).body).toContain(`/inquiries/${row?.id}`);
    expect((await s.pointCoordinator.client.get(`/inquiries/${row?.id}`)).statusCode).toBe(404);
  });

  it('without a chosen center, the center of the settlement’s county answers', async () => {
    const zala = await createCenter(t.db, { county: 'Zala' });
    const question = `Kell-e orvosi igazolás? ${Date.now()}`;
    expect((await new Visitor(t).post('/ask', { centerId: '', place: 'Zalaegerszeg', question, name: 'Nagy Béla' })).statusCode).toBe(303);
    const [row] = await inquiriesAsking(question);
    expect(row).toMatchObject({ centerId: zala.id, askerKind: 'person', askerName: 'Nagy Béla' });
  });

  it('says what to fix, informally, next to the fields', async () => {
    const visitor = new Visitor(t);
    const rejected = await visitor.post('/ask', { centerId: '', place: '', question: '', email: 'rossz', answerByEmail: 'on' });
    expect(rejected.statusCode).toBe(422);
    expect(rejected.body).toContain('Válaszd ki a központot, vagy írd be a településedet.');
    expect(rejected.body).toContain('Érvénytelen e-mail-cím.');
    const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(rejected.body)?.[1] ?? '';
    expect(main.replace(/<[^>]+>/g, ' ')).not.toMatch(formal);
    const noEmail = await visitor.post('/ask', { centerId: s.center.id, question: 'Kérdés', answerByEmail: 'on' });
    expect(noEmail.body).toContain('Az e-mailes válaszhoz add meg az e-mail-címedet.');
    const nowhere = await visitor.post('/ask', { place: 'Sehollakfalva', question: 'Kérdés' });
    expect(nowhere.body).toContain('Nem találtunk ilyen települést.');
  });

  it('stores nothing a robot sends through the honeypot, and refuses a post without the CSRF token', async () => {
    const question = `Robot kérdés ${Date.now()}`;
    const robot = await new Visitor(t).post('/ask', { centerId: s.center.id, question, website: 'https://spam.example' });
    expect(robot.statusCode).toBe(303);
    expect(await inquiriesAsking(question)).toHaveLength(0);
    const forged = await new Visitor(t).post('/ask', { centerId: s.center.id, question }, { csrf: false });
    expect(forged.statusCode).toBe(403);
    expect(await inquiriesAsking(question)).toHaveLength(0);
  });

  it(`takes at most ${askLimit.limit} questions an hour from one address (429), others still ask`, async () => {
    const visitor = new Visitor(t);
    for (let i = 0; i < askLimit.limit; i++) {
      expect((await visitor.post('/ask', { centerId: s.center.id, question: `Sorozat ${i}` })).statusCode).toBe(303);
    }
    const limited = await visitor.post('/ask', { centerId: s.center.id, question: 'Még egy' });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(await inquiriesAsking('Még egy')).toHaveLength(0);
    expect((await new Visitor(t).post('/ask', { centerId: s.center.id, question: 'Másik gépről' })).statusCode).toBe(303);
  });

  it('sends the staff’s answer to a visitor who asked for it by e-mail, once, through the outbox', async () => {
    const email = `kerdezo.${Date.now()}@pelda.example`;
    const question = `Biztosítás kell? ${Date.now()}`;
    await new Visitor(t).post('/ask', { centerId: s.center.id, question, name: 'Szabó Zita', email, answerByEmail: 'on' });
    const [row] = await t.db
      .select()
      .from(inquiries)
      .where(and(eq(inquiries.question, question), eq(inquiries.answerByEmail, true)));
    if (!row) throw new Error('inquiry not stored');
    const page = await s.coordinator.client.get(`/inquiries/${row.id}`);
    expect(page.body).toContain('A kérdező e-mailben kéri a választ.');

    const form = {
      channel: 'online_form',
      receivedAt: toBudapestLocal(row.receivedAt),
      askerKind: 'person',
      askerName: 'Szabó Zita',
      askerEmail: email,
      answerByEmail: 'on',
      topicIds: [s.topics.opportunities],
      question,
      answer: 'A fogadó szervezet köti meg a felelősségbiztosítást.',
      status: 'answered',
    };
    expect((await s.coordinator.client.post(`/inquiries/${row.id}`, form)).statusCode).toBe(303);
    expect((await s.coordinator.client.post(`/inquiries/${row.id}`, { ...form, status: 'closed' })).statusCode).toBe(303);
    const mails = await mailsTo(t.db, email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text_body).toContain('Tisztelt Szabó Zita!');
    expect(mails[0]?.text_body).toContain('A fogadó szervezet köti meg a felelősségbiztosítást.');
  });
});
