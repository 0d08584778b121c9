import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { legalAmounts, schoolCalendarPeriods } from '../../db/schema/index.js';
import { createUser } from '../../test-support/factories.js';

/**
 * axe on the legal-data admin pages as a browser renders them (0 violations): both lists (with the
 * no-breaks warning), both forms, and both deletion confirmations, which show the same change
 * tables as the previews after a form is posted.
 */
describe.skipIf(!axePagesRun)('legal-data admin pages in a browser (axe)', () => {
  const pages = axePagesForSuite();

  it('lists, forms and deletion confirmations have no violations', async () => {
    const app = pages.app;
    const admin = await createUser(app.db, { familyName: 'Országos', grants: [{ role: 'national_admin' }] });
    const [amount] = await app.db.select().from(legalAmounts).limit(1);
    const [period] = await app.db.select().from(schoolCalendarPeriods).limit(1);
    const reports = [
      await pages.violationsOn(admin.id, '/admin/legal-amounts', 'Havi minimálbér'),
      await pages.violationsOn(admin.id, '/admin/legal-amounts/new', 'Hatályos ettől a naptól'),
      await pages.violationsOn(admin.id, `/admin/legal-amounts/${amount?.id}/delete`, 'Végleges törlés'),
      await pages.violationsOn(admin.id, '/admin/school-calendar', 'őszi szünet 2025'),
      await pages.violationsOn(admin.id, '/admin/school-calendar/new', 'Első nap'),
      await pages.violationsOn(admin.id, `/admin/school-calendar/${period?.id}/edit`, 'Időszak módosítása'),
      await pages.violationsOn(admin.id, `/admin/school-calendar/${period?.id}/delete`, 'Végleges törlés'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 120_000);
});
