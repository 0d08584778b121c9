import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { createOpportunity, createOrganization } from '../../test-support/brokering-factories.js';
import { createCenter, createUser } from '../../test-support/factories.js';
import { createSchool } from '../schools/school-factories.js';
import { createProgramFixtures, linkOpportunity } from './programs-fixtures.js';

/** axe on the programs pages as a browser renders them (0 violations): staff list, form with errors, dashboard, public pages, county IKSZ list. */
describe.skipIf(!axePagesRun)('programs pages in a browser (axe)', () => {
  const pages = axePagesForSuite();

  it('the staff and public program pages have no violations', async () => {
    const db = pages.app.db;
    const center = await createCenter(db, { name: 'Axe Programos Központ' });
    const user = await createUser(db, { grants: [{ role: 'center_coordinator', centerId: center.id }] });
    const organization = await createOrganization(db, center.id, { name: 'Axe Idősbarát Egyesület' });
    const opportunity = await createOpportunity(db, organization, { title: 'Axe felolvasás', ikszEligible: true, ikszAreas: ['b', 'g'] });
    const { programId, programSlug } = await createProgramFixtures(db, { centerId: center.id, organizationId: organization.id });
    await linkOpportunity(db, programId, opportunity.id);
    const school = await createSchool(db, center.id, { name: 'Axe Gimnázium' });
    const u = user.id;
    const reports = [
      await pages.violationsOn(u, '/programs/manage', 'Fixture Idősbarát program'),
      await pages.violationsOn(u, '/programs/manage?kind=hospital', 'Nincs a szűrésnek megfelelő program.'),
      await pages.violationsOn(u, '/programs/manage/new', 'Webcím-azonosító'),
      await pages.violationsAfterSubmit(u, '/programs/manage/new', { action: '/programs/manage', fields: { name: '', slug: 'Rossz Cím' } }, 'Csak kisbetűt'),
      await pages.violationsOn(u, `/programs/manage/${programId}`, 'Axe felolvasás'),
      await pages.violationsOn(u, `/programs/manage/${programId}/edit`, 'Program szerkesztése'),
      await pages.violationsOn(null, '/programs', 'Fixture Idősbarát program'),
      await pages.violationsOn(null, '/programs?kind=hospital', 'Nincs a szűrésnek megfelelő program.'),
      await pages.violationsOn(null, `/programs/${programSlug}`, 'Hogyan csatlakozhatsz?'),
      await pages.violationsOn(null, '/iksz/hosts', 'Axe Idősbarát Egyesület'),
      await pages.violationsOn(null, `/iksz/hosts?school=${school.id}&km=30`, 'Axe Gimnázium'),
      await pages.violationsOn(null, '/iksz/hosts?area=h', 'Nincs a szűrésnek megfelelő fogadó hely.'),
      await pages.violationsOn(null, `/opportunities/${opportunity.id}`, 'Iskolai közösségi szolgálatra alkalmas'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 240_000);
});
