import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { type InquiryScene, inquiryScene } from './inquiries-test-support.js';
import { createInquiryFixtures } from './inquiry-fixtures.js';

/**
 * axe on every page of the inquiry log as a browser renders them (0 violations): the staff's list
 * (full, filtered to nothing), the new form (and the national admin's center choice), an inquiry's
 * page and its rejected form, both conversion forms, the follow-ups, the statistics, the topics and
 * the archive confirmation; the public form (also rejected) and its thanks.
 */
describe.skipIf(!axePagesRun)('inquiry log pages in a browser (axe)', () => {
  const pages = axePagesForSuite();

  it('the staff pages have no violations', async () => {
    const s: InquiryScene = await inquiryScene(pages.app);
    const { inquiryId, topicId } = await createInquiryFixtures(pages.app.db, { centerId: s.center.id, pointId: s.point.id });
    const admin = s.admin.user.id;
    const reports = [
      await pages.violationsOn(admin, '/inquiries', 'Fixture Kérdező'),
      await pages.violationsOn(admin, '/inquiries?q=semmi-ilyen', 'Nincs a szűrésnek megfelelő megkeresés.'),
      await pages.violationsOn(admin, '/inquiries/new', 'Új megkeresés rögzítése'),
      await pages.violationsOn(s.nationalAdmin.user.id, '/inquiries/new', 'Válasszon központot'),
      await pages.violationsOn(admin, `/inquiries/${inquiryId}`, 'Hogyan lehetek önkéntes?'),
      await pages.violationsAfterSubmit(
        admin,
        `/inquiries/${inquiryId}`,
        { action: `/inquiries/${inquiryId}`, fields: { question: '', askerName: '', askerEmail: '', askerPhone: '' } },
        'Az alábbi mezőket javítani kell:',
      ),
      await pages.violationsOn(admin, `/inquiries/${inquiryId}/volunteer`, 'Fixture'),
      await pages.violationsOn(admin, `/inquiries/${inquiryId}/organization`, 'Érdeklődő szervezet rögzítése'),
      await pages.violationsOn(admin, '/inquiries/follow-ups', 'Fixture Kérdező'),
      await pages.violationsOn(admin, '/inquiries/stats', 'Havonta'),
      await pages.violationsOn(admin, '/inquiries/topics', 'Önkéntes szerződés'),
      await pages.violationsOn(admin, `/inquiries/topics/${topicId}/archive`, 'Biztosan archiválja'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 180_000);

  it('the public ask-us form, rejected, and its thanks have no violations', async () => {
    const reports = [
      await pages.violationsOn(null, '/ask', 'Kérdezz tőlünk'),
      await pages.violationsAfterSubmit(null, '/ask', { action: '/ask', fields: { question: '', email: 'rossz' } }, 'Az alábbi mezőket javítani kell:'),
      await pages.violationsOn(null, '/ask/sent', 'Köszönjük a kérdésedet!'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 120_000);
});
