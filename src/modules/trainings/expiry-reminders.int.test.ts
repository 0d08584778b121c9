import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { volunteerQualifications } from '../../db/schema/index.js';
import { createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter, createUser } from '../../test-support/factories.js';
import { receiveDueMail } from '../../test-support/received-mail.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { auditOf, insertCourse, insertSession, mailsTo } from './attendance-test-support.js';
import { runExpiryReminders } from './expiry-reminders.js';

/**
 * Expiry reminders with a fixed clock: a qualification that expires within 60 days gets one e-mail
 * (informal), listing the next sessions of the course that grants it which still have a free seat;
 * a second run sends nothing. Each test has its own far-apart "today", so runs do not see each other's rows.
 */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const unique = () => randomBytes(3).toString('hex');
const options = () => ({ baseUrl: t.config.baseUrl });

/** A volunteer (with an account in `locale`, or a walk-in without account nor address) holding one qualification. */
async function volunteerWithQualification(name: string, validUntil: string, attrs: { locale?: string; walkInWithoutAddress?: boolean } = {}) {
  const center = await createCenter(t.db);
  const user = attrs.walkInWithoutAddress ? null : await createUser(t.db, { locale: attrs.locale ?? 'hu' });
  const email = user ? `lejar-${unique()}@kapocs.example` : null;
  const volunteer = await createVolunteer(t.db, { centerId: center.id, userId: user?.id ?? null, email, givenName: 'Anna', familyName: 'Kovács' });
  const [qualification] = await t.db.insert(volunteerQualifications).values({ volunteerId: volunteer.id, name, validUntil }).returning();
  return { center, volunteer, qualification: qualification as typeof volunteerQualifications.$inferSelect, email };
}

describe('expiry reminders', () => {
  it('mails once, within 60 days, with the next sessions of the course that have a free seat', async () => {
    const now = new Date('2031-03-01T10:00:00Z');
    const name = `Elsősegély ${unique()}`;
    const v = await volunteerWithQualification(name, '2031-04-15');
    const course = await insertCourse(t.db, { centerId: v.center.id, qualificationName: name, title: 'Elsősegély alapfokon' });
    const session = (iso: string, attrs: Parameters<typeof insertSession>[2] = {}) => insertSession(t.db, course, { startsAt: new Date(iso), ...attrs });
    await session('2031-02-01T08:00:00Z');
    await session('2031-03-10T08:00:00Z');
    await session('2031-03-20T08:00:00Z', { capacity: 2, seatsTaken: 2 });
    await session('2031-03-25T08:00:00Z', { cancelledAt: new Date('2031-02-20T10:00:00Z') });
    await session('2031-04-01T08:00:00Z', { online: true, capacity: 30, seatsTaken: 5 });
    await session('2031-05-01T08:00:00Z');
    await session('2031-06-01T08:00:00Z');

    expect(await runExpiryReminders(t.db, options(), now)).toEqual({ reminded: 1 });
    const [mail, ...more] = await mailsTo(t.db, v.email as string);
    expect(more).toEqual([]);
    expect(mail?.subject).toBe(`Hamarosan lejár a képesítésed: ${name} (2031. 04. 15.)`);
    const text = mail?.textBody ?? '';
    expect(text).toContain('Kedves Anna!');
    expect(text).toContain('2031. 04. 15. napján lejár');
    expect(text).toContain('„Elsősegély alapfokon” képzés következő alkalmai');
    const listed = text.split('\n').filter((l) => l.startsWith('- '));
    expect(listed).toHaveLength(3);
    expect(listed[0]).toContain('2031. 03. 10.');
    expect(listed[0]).toContain('Kecskemét');
    expect(listed[0]).toContain('szabad helyek: 10');
    expect(listed[1]).toContain('2031. 04. 01.');
    expect(listed[1]).toContain('online');
    expect(listed[1]).toContain('szabad helyek: 25');
    expect(listed[2]).toContain('2031. 05. 01.');
    expect(text).toContain(`${t.config.baseUrl}/trainings/${course.slug}`);
    expect((await auditOf(t.db, 'volunteer_qualification', v.qualification.id)).map((a) => a.action)).toEqual(['expiry_reminded']);

    // Once: the next run (or the next day's) sends nothing.
    expect(await runExpiryReminders(t.db, options(), now)).toEqual({ reminded: 0 });
    expect(await runExpiryReminders(t.db, options(), new Date('2031-03-02T10:00:00Z'))).toEqual({ reminded: 0 });
    expect(await mailsTo(t.db, v.email as string)).toHaveLength(1);
    // The mail leaves through the outbox as a real message.
    const received = await receiveDueMail(t.db);
    expect(received.get(v.email as string)?.[0]?.text).toContain('Elsősegély alapfokon');
  });

  it('not for one that expires later than 60 days, has expired, was renewed, or whose volunteer has no address', async () => {
    const now = new Date('2033-03-01T10:00:00Z');
    const later = await volunteerWithQualification('Úszás', '2033-05-01');
    const expired = await volunteerWithQualification('Úszás', '2033-02-28');
    const renewed = await volunteerWithQualification('Úszás', '2033-03-20');
    await t.db.insert(volunteerQualifications).values({ volunteerId: renewed.volunteer.id, name: ' úszás ', validUntil: '2036-03-20' });
    const noExpiry = await volunteerWithQualification('Úszás', '2033-03-15');
    await t.db.update(volunteerQualifications).set({ validUntil: null }).where(eq(volunteerQualifications.id, noExpiry.qualification.id));
    const walkIn = await volunteerWithQualification('Úszás', '2033-03-10', { walkInWithoutAddress: true });
    const edge = await volunteerWithQualification('Úszás', '2033-04-30');
    expect(await runExpiryReminders(t.db, options(), now)).toEqual({ reminded: 1 });
    expect(await auditOf(t.db, 'volunteer_qualification', walkIn.qualification.id)).toEqual([]);
    expect(await mailsTo(t.db, edge.email as string)).toHaveLength(1);
    for (const v of [later, expired, renewed, noExpiry]) expect(await mailsTo(t.db, v.email as string)).toEqual([]);
  });

  it('without a course that grants it, it still reminds, pointing to the catalogue; in English for an English account', async () => {
    const now = new Date('2035-03-01T10:00:00Z');
    const v = await volunteerWithQualification(`Ritka képesítés ${unique()}`, '2035-03-31', { locale: 'en' });
    expect(await runExpiryReminders(t.db, options(), now)).toEqual({ reminded: 1 });
    const [mail] = await mailsTo(t.db, v.email as string);
    expect(mail?.subject).toContain('Your qualification expires soon');
    expect(mail?.textBody).toContain(`${t.config.baseUrl}/trainings`);
  });

  it('a course with no open session says so, with the course page', async () => {
    const now = new Date('2037-03-01T10:00:00Z');
    const name = `Kötéltechnika ${unique()}`;
    const v = await volunteerWithQualification(name, '2037-03-31');
    const course = await insertCourse(t.db, { centerId: v.center.id, qualificationName: name });
    await insertSession(t.db, course, { startsAt: new Date('2037-03-10T08:00:00Z'), capacity: 1, seatsTaken: 1 });
    await runExpiryReminders(t.db, options(), now);
    const [mail] = await mailsTo(t.db, v.email as string);
    expect(mail?.textBody).toContain('most nincs meghirdetett alkalma szabad hellyel');
    expect(mail?.textBody).toContain(`/trainings/${course.slug}`);
  });

  it('claims in batches: every due qualification is reminded exactly once', async () => {
    const now = new Date('2039-03-01T10:00:00Z');
    const due = await Promise.all(Array.from({ length: 5 }, () => volunteerWithQualification('Tűzvédelem', '2039-03-15')));
    expect(await runExpiryReminders(t.db, options(), now, 2)).toEqual({ reminded: 5 });
    for (const v of due) expect(await mailsTo(t.db, v.email as string)).toHaveLength(1);
  });
});
