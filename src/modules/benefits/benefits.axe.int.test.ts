import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { applications, benefits } from '../../db/schema/index.js';
import { hostScene, volunteerWithLogin } from '../placements/placements-test-support.js';

/**
 * axe on the benefits pages as a browser renders them (0 violations): the organization's ledger
 * with entries, a corrected entry, yearly totals, the cap near 80 % and the form; the volunteer's
 * read-only view; the correction confirmation.
 */
describe.skipIf(!axePagesRun)('benefits pages in a browser (axe)', () => {
  const pages = axePagesForSuite();

  it('the ledger (organization and volunteer) and the correction page have no violations', async () => {
    const app = pages.app;
    const host = await hostScene(app);
    const volunteer = await volunteerWithLogin(app, { centerId: host.center.id });
    const [application] = await app.db
      .insert(applications)
      .values({ volunteerId: volunteer.volunteer.id, opportunityId: host.opportunity.id, centerId: host.center.id, origin: 'volunteer', status: 'accepted' })
      .returning();
    if (!application) throw new Error('application missing');
    const base = {
      applicationId: application.id,
      volunteerId: volunteer.volunteer.id,
      organizationId: host.organization.id,
      centerId: host.center.id,
      recordedByUserId: host.member.id,
    };
    const [travel] = await app.db
      .insert(benefits)
      .values([
        { ...base, type: 'travel', givenOn: '2025-03-10', amountHuf: 2_500, reimbursement: true, description: 'Vonatjegy Kecskemétre' },
        { ...base, type: 'reward', givenOn: '2025-05-01', amountHuf: 50_000 },
        {
          ...base,
          type: 'meals',
          givenOn: '2025-05-02',
          amountHuf: 900,
          deletedAt: new Date(),
          deletedByUserId: host.member.id,
          deletionReason: 'Kétszer rögzítve',
        },
      ])
      .returning();
    const url = `/applications/${application.id}/benefits`;
    const reports = [
      await pages.violationsOn(host.member.id, url, 'Vonatjegy Kecskemétre'),
      await pages.violationsOn(volunteer.user.id, url, 'Vonatjegy Kecskemétre'),
      await pages.violationsOn(host.member.id, `/benefits/${travel?.id}/delete`, 'Vonatjegy Kecskemétre'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 120_000);
});
