import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { createUser } from '../../test-support/factories.js';
import { generateForm } from '../contracts/contracts-test-support.js';
import { insertEntry, placementScene } from '../hours/hours-test-support.js';

/**
 * axe on "My volunteering" as a browser renders it (0 violations): with a placement, hours in
 * every status and a draft contract, empty for a new volunteer, and the explanation for someone without a volunteer
 * profile.
 */
describe.skipIf(!axePagesRun)('My volunteering in a browser (axe)', () => {
  const pages = axePagesForSuite();
  const { violationsOn } = pages;

  it('the page, full, empty and without a profile, has no violations', async () => {
    const app = pages.app;
    const s = await placementScene(app, { status: 'active' });
    await insertEntry(app, s, { activity: 'Kertészkedés', minutes: 150, status: 'approved' });
    await insertEntry(app, s, { activity: 'Lombseprés', minutes: 60 });
    await insertEntry(app, s, { activity: 'Elutasított tétel', minutes: 30, status: 'rejected', decisionReason: 'Nem ezen a napon volt.' });
    const made = await s.memberClient.post(`/applications/${s.application.id}/contract`, generateForm());
    expect(made.statusCode).toBe(303);
    const empty = await placementScene(app);
    const staff = await createUser(app.db);
    const reports = [
      await violationsOn(s.volunteer.user.id, '/volunteer/my-volunteering', 'Tervezet (aláírásra vár)'),
      await violationsOn(empty.volunteer.user.id, '/volunteer/my-volunteering', 'Még nincs rögzített órád.'),
      await violationsOn(staff.id, '/volunteer/my-volunteering', 'Még nincs önkéntes profilod'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 120_000);
});
