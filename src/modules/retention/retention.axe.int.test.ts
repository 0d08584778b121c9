import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter, createUser } from '../../test-support/factories.js';
import { backdateVolunteer, yearsBefore } from './retention-test-support.js';

/** axe on the inactive accounts preview as a browser renders it (0 violations): with rows, filtered empty, and the admin card. */
describe.skipIf(!axePagesRun)('inactive accounts preview in a browser (axe)', () => {
  const pages = axePagesForSuite();

  it('the list, an empty filter and the dashboard card have no violations', async () => {
    const db = pages.app.db;
    const center = await createCenter(db);
    const admin = await createUser(db, { grants: [{ role: 'center_admin', centerId: center.id }] });
    const walkIn = await createVolunteer(db, { centerId: center.id, familyName: 'Régi', givenName: 'Rozália' });
    await backdateVolunteer(db, walkIn.id, yearsBefore(new Date(), 3, 1));
    const reports = [
      await pages.violationsOn(admin.id, '/admin/inactive-accounts', 'Régi Rozália'),
      await pages.violationsOn(admin.id, '/admin/inactive-accounts?step=warn2', 'Most senkit nem érint.'),
      await pages.violationsOn(admin.id, '/admin', 'Inaktív fiókok'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 180_000);
});
