import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { erasureRequests } from '../../db/schema/index.js';
import { createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter, createUser } from '../../test-support/factories.js';

/**
 * axe on the erasure pages as a browser renders them (0 violations): the volunteer's page without
 * and with an open request (and for an account without a profile), the center's list (with rows
 * and empty), the detail of an open request, of a refused one (staff roles) and of a rejected one,
 * the admin card, and the staff page that records a walk-in volunteer's request (form, and open).
 */
describe.skipIf(!axePagesRun)('erasure pages in a browser (axe)', () => {
  const pages = axePagesForSuite();

  it('the volunteer’s page, the center’s list and the detail have no violations', async () => {
    const db = pages.app.db;
    const center = await createCenter(db);
    const admin = await createUser(db, { grants: [{ role: 'center_admin', centerId: center.id }] });
    const noProfile = await createUser(db);
    const fresh = await createUser(db, { grants: [{ role: 'volunteer' }] });
    const freshVolunteer = await createVolunteer(db, { userId: fresh.id, centerId: center.id, familyName: 'Friss', givenName: 'Frida' });
    const asking = await createUser(db, { grants: [{ role: 'volunteer' }] });
    const askingVolunteer = await createVolunteer(db, { userId: asking.id, centerId: center.id, familyName: 'Kérő', givenName: 'Kata' });
    const staff = await createUser(db, { grants: [{ role: 'volunteer' }, { role: 'center_coordinator', centerId: center.id }] });
    const staffVolunteer = await createVolunteer(db, { userId: staff.id, centerId: center.id, familyName: 'Munkatárs', givenName: 'Márk' });
    const rejectedVolunteer = await createVolunteer(db, { centerId: center.id, familyName: 'Elutasított', givenName: 'Elek' });
    const [open, refused, rejected] = await db
      .insert(erasureRequests)
      .values([
        { volunteerId: askingVolunteer.id, centerId: center.id, requestedByUserId: asking.id, reason: 'Elköltözöm.' },
        { volunteerId: staffVolunteer.id, centerId: center.id, requestedByUserId: staff.id },
        {
          volunteerId: rejectedVolunteer.id,
          centerId: center.id,
          status: 'rejected',
          decidedByUserId: admin.id,
          decidedAt: new Date(),
          decisionNote: 'Jogvita miatt.',
        },
      ])
      .returning();
    const reports = [
      await pages.violationsOn(fresh.id, '/volunteer/erasure', 'Mit őrzünk meg'),
      await pages.violationsOn(asking.id, '/volunteer/erasure', 'Folyamatban lévő kérés'),
      await pages.violationsOn(noProfile.id, '/volunteer/erasure', 'Nincs önkéntes profilod'),
      await pages.violationsOn(admin.id, '/admin/erasure-requests', 'Kérő Kata'),
      await pages.violationsOn(admin.id, '/admin/erasure-requests?status=completed', 'Nincs ilyen kérés'),
      await pages.violationsOn(admin.id, `/admin/erasure-requests/${open?.id}`, 'Elköltözöm.'),
      await pages.violationsOn(admin.id, `/admin/erasure-requests/${refused?.id}`, 'munkatársi szerepkör'),
      await pages.violationsOn(admin.id, `/admin/erasure-requests/${rejected?.id}`, 'Jogvita miatt.'),
      await pages.violationsOn(admin.id, '/admin', 'Adatkérések'),
      await pages.violationsOn(admin.id, `/volunteers/${freshVolunteer.id}/erasure`, 'Kérés rögzítése'),
      await pages.violationsOn(admin.id, `/volunteers/${askingVolunteer.id}/erasure`, 'döntésre váró törlési kérése'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 180_000);
});
