import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { certificates } from '../../db/schema/index.js';
import { insertHours, placedVolunteer, reportScene } from './reports-test-support.js';

/**
 * axe on the organization's own pages for issue 5 as a browser renders them (0 violations): the
 * yearly report with its chart, the empty year, the certificates list and the revoke confirmation,
 * and the volunteer's certificates page with a certificate on it.
 */
describe.skipIf(!axePagesRun)("organization's report and certificate pages in a browser (axe)", () => {
  const pages = axePagesForSuite();

  it('report, certificates and revoke pages have no violations', async () => {
    const t = pages.app;
    const s = await reportScene(t);
    const placed = await placedVolunteer(t, s);
    await insertHours(t, placed, s.organization.id, { activityDay: '2026-03-10', minutes: 150, activity: 'Fűnyírás a kertben', status: 'approved' });
    await insertHours(t, placed, s.organization.id, { activityDay: '2026-05-04', minutes: 90, activity: 'Ételosztás', status: 'approved' });
    // The volunteer asks for the placement's certificate through the real form.
    const issued = await placed.client.post('/volunteer/certificates', { kind: 'placement', applicationId: placed.application.id });
    expect(issued.statusCode).toBe(303);
    const [certificate] = await t.db.select().from(certificates).where(eq(certificates.volunteerId, placed.volunteer.id)).orderBy(desc(certificates.issuedAt));
    if (!certificate) throw new Error('no certificate');
    const reports = [
      await pages.violationsOn(s.member.id, `${s.reportUrl}?year=2026`, 'Fűnyírás a kertben'),
      await pages.violationsOn(s.member.id, `${s.reportUrl}?year=2024`, '2024'),
      await pages.violationsOn(s.member.id, `/organizations/${s.organization.id}/certificates`, certificate.code.slice(0, 4)),
      await pages.violationsOn(s.member.id, `/certificates/${certificate.id}/revoke`, certificate.code.slice(0, 4)),
      await pages.violationsOn(placed.user.id, '/volunteer/certificates', certificate.code.slice(0, 4)),
      // The center's view of the volunteer's certificates (it revokes period certificates).
      await pages.violationsOn(s.coordinator.user.id, `/volunteers/${placed.volunteer.id}/certificates`, certificate.code.slice(0, 4)),
      await pages.violationsOn(null, `/certificates/verify/${certificate.code}`, 'Ez az igazolás érvényes.'),
      await pages.violationsOn(null, '/certificates/verify/AAAA-BBBB-CCCC', 'Ismeretlen ellenőrző kód', 404),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 180_000);
});
