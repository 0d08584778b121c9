import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { wardRosterSignups } from '../../db/schema/index.js';
import { createOrganization, createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter, createUser } from '../../test-support/factories.js';
import { createHospitalFixtures } from './hospital-fixtures.js';
import { rosterWeeks } from './roster-weeks.js';

/** axe on the hospital pages as a browser renders them (0 violations): lists, forms with errors, the roster, the supervisor view. */
describe.skipIf(!axePagesRun)('hospital pages in a browser (axe)', () => {
  const pages = axePagesForSuite();

  it('the requirement, ward and roster pages have no violations', async () => {
    const db = pages.app.db;
    const center = await createCenter(db, { name: 'Axe Kórházi Központ' });
    const staff = await createUser(db, { grants: [{ role: 'center_coordinator', centerId: center.id }] });
    const volunteerUser = await createUser(db);
    const organization = await createOrganization(db, center.id);
    const volunteer = await createVolunteer(db, { centerId: center.id, userId: volunteerUser.id, familyName: 'Axe', givenName: 'Anna' });
    const { hospitalProgramId, wardId, slotId } = await createHospitalFixtures(db, {
      centerId: center.id,
      organizationId: organization.id,
      volunteerId: volunteer.id,
    });
    await db.insert(wardRosterSignups).values({ slotId, volunteerId: volunteer.id, weekStart: rosterWeeks(new Date())[2] as string });
    const s = staff.id;
    const base = `/hospital/${hospitalProgramId}`;
    const reports = [
      await pages.violationsOn(s, `${base}/volunteers`, 'Axe Anna'),
      await pages.violationsOn(s, `${base}/volunteers/${volunteer.id}`, 'Titoktartási nyilatkozat'),
      await pages.violationsAfterSubmit(
        s,
        `${base}/volunteers/${volunteer.id}`,
        { action: `${base}/volunteers/${volunteer.id}/health`, fields: { checkedOn: '' } },
        'Az alábbi mezőket javítani kell',
      ),
      await pages.violationsOn(s, `${base}/wards`, 'Fixture osztály'),
      await pages.violationsAfterSubmit(s, `${base}/wards`, { action: `${base}/wards`, fields: { name: '' } }, 'Az alábbi mezőket javítani kell'),
      await pages.violationsOn(s, `/hospital/wards/${wardId}?week=${rosterWeeks(new Date())[2]}`, 'Axe Anna'),
      await pages.violationsOn(s, `${base}/roster`, 'Betegkísérés'),
      await pages.violationsOn(volunteerUser.id, `${base}/roster`, 'A feltételeid'),
      await pages.violationsOn(s, '/dashboard', 'Kórházi önkéntesség'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 180_000);
});
