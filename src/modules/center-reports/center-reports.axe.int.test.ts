import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { createOpportunity, createOrganization } from '../../test-support/brokering-factories.js';
import { createCenter, createPoint, createUser } from '../../test-support/factories.js';
import { applicationWithHistory, approvedMinutes, registeredVolunteer } from './center-reports-test-support.js';

/** axe on the center reports dashboard and the national roll-up as a browser renders them (0 violations). */
describe.skipIf(!axePagesRun)('center reports pages in a browser (axe)', () => {
  const pages = axePagesForSuite();

  it('the dashboard, its filter errors, the center chooser and the national roll-up have no violations', async () => {
    const t = pages.app;
    const center = await createCenter(t.db, { name: 'Axe Kimutatás Központ' });
    await createCenter(t.db, { name: 'Axe Másik Központ' });
    const point = await createPoint(t.db, center.id);
    const org = await createOrganization(t.db, center.id, { name: 'Axe Fogadó Egyesület', pointId: point.id });
    const opportunity = await createOpportunity(t.db, org, { causes: ['kultura'] });
    const volunteer = await registeredVolunteer(t, center.id, '2025-02-01T10:00:00Z', { birthDate: '2009-01-01' });
    const application = await applicationWithHistory(t, volunteer, opportunity, '2025-03-03T09:00:00Z', [['accepted', '2025-03-04T09:00:00Z']]);
    await approvedMinutes(t, application, org.id, '2025-03-10', 150);
    const coordinator = await createUser(t.db, { grants: [{ role: 'center_coordinator', centerId: center.id }] });
    const national = await createUser(t.db, { grants: [{ role: 'national_admin' }] });
    const period = 'from=2025-01-01&to=2025-12-31';
    const reports = [
      await pages.violationsOn(coordinator.id, `/center/reports?${period}`, 'Axe Fogadó Egyesület'),
      await pages.violationsOn(coordinator.id, `/center/reports?${period}&point=${point.id}`, 'Az önkéntesek útja'),
      await pages.violationsOn(coordinator.id, '/center/reports?from=2025-12-31&to=2025-01-01', 'Az időszak vége nem lehet korábbi', 422),
      await pages.violationsOn(national.id, '/center/reports', 'Válassza ki, melyik központ'),
      await pages.violationsOn(national.id, `/national/reports?${period}`, 'Axe Kimutatás Központ'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 180_000);
});
