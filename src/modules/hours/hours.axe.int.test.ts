import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { insertEntry, placementScene } from './hours-test-support.js';

/**
 * axe on the hours pages and the contract calculator as a browser renders them (0 violations):
 * each side's view of a placement's hours with its forms, the reject and delete confirmations, the
 * organization's queue, the coordinators' 14-day list, and the calculator with and without an
 * answer.
 */
describe.skipIf(!axePagesRun)('hours and contract-check pages in a browser (axe)', () => {
  const pages = axePagesForSuite();
  const { violationsOn } = pages;

  it('every side of the hours pages has no violations', async () => {
    const app = pages.app;
    const s = await placementScene(app);
    const submitted = await insertEntry(app, s, { activity: 'Kertészkedés az udvaron', loggedByUserId: s.volunteer.user.id });
    await insertEntry(app, s, { activity: 'Régi ételosztás', createdAt: new Date(Date.now() - 20 * 86_400_000) });
    await insertEntry(app, s, { activity: 'Elutasított tétel', status: 'rejected', decisionReason: 'Nem ezen a napon volt.' });
    const reports = [
      await violationsOn(s.volunteer.user.id, s.hoursUrl, 'Kertészkedés az udvaron'),
      await violationsOn(s.volunteer.user.id, `/hours/${submitted.id}/delete`, 'Kertészkedés az udvaron'),
      await violationsOn(s.member.id, s.hoursUrl, 'Kertészkedés az udvaron'),
      await violationsOn(s.member.id, `/hours/${submitted.id}/reject`, 'Kertészkedés az udvaron'),
      await violationsOn(s.member.id, `/organizations/${s.organization.id}/hours`, 'Kertészkedés az udvaron'),
      await violationsOn(s.coordinator.user.id, '/coordinator/hours', 'Régi ételosztás'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 120_000);

  it('the contract calculator, empty and answered, has no violations', async () => {
    const reports = [
      await violationsOn(null, '/law/contract-check', 'Köt.'),
      await violationsOn(null, '/law/contract-check?term=fixed&days=2&ageGroup=under16&abroad=on&benefit=on', 'Köt.'),
      await violationsOn(null, '/law/contract-check?term=fixed&days=10&ageGroup=adult', 'Köt.'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 120_000);
});
