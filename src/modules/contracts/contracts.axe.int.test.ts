import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { addBenefit, contractScene, contractsOf, generateForm } from './contracts-test-support.js';

/**
 * axe on the contracts pages as a browser renders them (0 violations): the organization's template
 * page with its preview; a placement's contract page for the organization before generating (the
 * calculation, the answers form and the prefilled generate form), with a minor's draft (sign and
 * void forms) and a voided one listed; and the volunteer's read-only view.
 */
describe.skipIf(!axePagesRun)('contracts pages in a browser (axe)', () => {
  const pages = axePagesForSuite();

  it('the template page and the contract page (organization and volunteer) have no violations', async () => {
    const app = pages.app;
    const fresh = await contractScene(app);
    await addBenefit(app, fresh, 'travel');
    const minor = await contractScene(app, { birthDate: '2012-03-01', guardianName: 'Kovács Péter' });
    expect((await minor.memberClient.post(minor.url, generateForm())).statusCode).toBe(303);
    const [first] = await contractsOf(app, minor.application.id);
    expect((await minor.memberClient.post(`/contracts/${first?.id}/void`, { reason: 'Elírt kezdő nap', confirm: 'on' })).statusCode).toBe(303);
    expect((await minor.memberClient.post(minor.url, generateForm({ startsOn: '2026-06-02' }))).statusCode).toBe(303);
    const reports = [
      await pages.violationsOn(fresh.member.id, `/organizations/${fresh.organization.id}/contract-template`, 'Ez a rész nem szerkeszthető'),
      await pages.violationsOn(fresh.member.id, `${fresh.url}?volunteerAsks=on`, 'Írásba kell foglalni, mert'),
      await pages.violationsOn(minor.member.id, minor.url, 'Elírt kezdő nap'),
      await pages.violationsOn(minor.volunteer.user.id, minor.url, 'Tervezet (aláírásra vár)'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 120_000);
});
