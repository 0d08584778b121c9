import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { applicationIdFrom } from '../placements/placements-test-support.js';
import { shiftScene } from './shift-test-support.js';

/** axe on the shift change pages as a browser renders them (0 violations): edit, the capacity choice, removal, the seat offer. */
describe.skipIf(!axePagesRun)('shift change pages in a browser (axe)', () => {
  const pages = axePagesForSuite();

  it('the edit page, the removal page and the offer page have no violations', async () => {
    const app = pages.app;
    const { host, shift, volunteers } = await shiftScene(app, { capacity: 1, signUps: 3 });
    const [seated, first] = volunteers;
    const removal = `/applications/${seated!.applicationId}/remove-from-shift`;
    const editAndRemoval = [
      await pages.violationsOn(host.member.id, `/shifts/${shift.id}/edit`, 'Módosítás mentése'),
      await pages.violationsOn(host.member.id, removal, 'Levétel a műszakról'),
    ];
    const res = await seated!.client.post(`/shifts/${shift.id}/withdraw`);
    expect(applicationIdFrom(res.headers.location)).toBe(seated!.applicationId);
    const offer = await pages.violationsOn(first!.user.id, `/applications/${first!.applicationId}/offer`, 'Kérem a helyet');
    expect([...editAndRemoval, offer].filter(Boolean).join('\n')).toBe('');
  }, 120_000);

  it('the choice shown when the new capacity is below the accepted volunteers has no violations', async () => {
    const { host, shift } = await shiftScene(pages.app, { capacity: 3, signUps: 3 });
    const edit = `/shifts/${shift.id}/edit`;
    const choice = await pages.violationsAfterSubmit(host.member.id, edit, { action: edit, fields: { capacity: '1' } }, 'Elvetem a módosítást');
    expect(choice).toBe('');
  }, 120_000);
});
