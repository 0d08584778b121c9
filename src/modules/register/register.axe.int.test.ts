import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { benefits, hourEntries } from '../../db/schema/index.js';
import { insertRegisterEntry, registerScene } from './register-test-support.js';

/**
 * axe on the register pages as a browser renders them (0 violations): a minor's entry form (with
 * the legal representative), the yearly list with items 7–8, a "törlendő" and an erased-subject
 * mark, the print view, the purge confirmation, and the notice of an organization not under the Köt.
 */
describe.skipIf(!axePagesRun)('register pages in a browser (axe)', () => {
  const pages = axePagesForSuite();

  it('the entry form, the list, the print view, the purge page and the notice have no violations', async () => {
    const app = pages.app;
    const s = await registerScene(app, { birthDate: '2010-06-01' });
    const thisYear = new Date().getUTCFullYear();
    await insertRegisterEntry(app, s, {
      familyName: 'Kiss',
      givenName: 'Bence',
      birthDate: '2010-06-01',
      startsOn: `${thisYear}-01-10`,
      representativeName: 'Kiss Anna',
      subjectErasedAt: new Date(),
    });
    await insertRegisterEntry(app, s, {
      applicationId: null,
      familyName: 'Régi',
      givenName: 'Rozália',
      startsOn: `${thisYear - 12}-01-01`,
      endsOn: `${thisYear - 7}-01-01`,
    });
    const base = { applicationId: s.application.id, volunteerId: s.volunteer.volunteer.id, organizationId: s.organization.id, centerId: s.center.id };
    await app.db.insert(hourEntries).values({ ...base, activityDay: `${thisYear}-01-15`, minutes: 90, activity: 'Segítés', status: 'approved' });
    await app.db.insert(benefits).values({ ...base, type: 'travel', givenOn: `${thisYear}-01-15`, amountHuf: 2_500 });
    const notKept = await registerScene(app, { kot: null });
    const reports = [
      await pages.violationsOn(s.member.id, s.url, 'Törvényes képviselő neve'),
      await pages.violationsOn(s.member.id, s.listUrl, 'Kiss'),
      await pages.violationsOn(s.member.id, `${s.listUrl}?year=${thisYear - 7}`, 'törlendő'),
      await pages.violationsOn(s.member.id, `${s.listUrl}/print?year=${thisYear}`, 'Nyomtatva'),
      await pages.violationsOn(s.member.id, `${s.listUrl}/purge`, 'Régi Rozália'),
      await pages.violationsOn(notKept.member.id, notKept.url, 'nincs Köt. szerinti nyilvántartási száma'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 120_000);
});
