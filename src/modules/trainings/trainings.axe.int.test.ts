import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { applications } from '../../db/schema/index.js';
import { createOpportunity, createOrganization, createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter, createUser } from '../../test-support/factories.js';
import { createCourse, createRegistration, createSession, sessionTimes } from './trainings-test-support.js';

/**
 * axe on every trainings page (0 violations) as a browser renders it: the public catalogue and a
 * course, the staff's course list, forms (also with errors), session roster, cancel confirmation,
 * the enrolment page, an offered seat, a cancellation and "my trainings".
 */
describe.skipIf(!axePagesRun)('trainings pages in a browser (axe)', () => {
  const pages = axePagesForSuite();

  it('the public, volunteer and staff pages have no violations', async () => {
    const db = pages.app.db;
    const center = await createCenter(db);
    const coordinator = await createUser(db, { grants: [{ role: 'center_coordinator', centerId: center.id }] });
    const member = await createUser(db);
    const organization = await createOrganization(db, center.id, { memberUserIds: [member.id] });
    const opportunity = await createOpportunity(db, organization);
    const volunteerUser = await createUser(db);
    const volunteer = await createVolunteer(db, { userId: volunteerUser.id, centerId: center.id, familyName: 'Axe', givenName: 'Anna' });
    await db
      .insert(applications)
      .values({ volunteerId: volunteer.id, opportunityId: opportunity.id, centerId: center.id, origin: 'volunteer', status: 'accepted' });
    const minorUser = await createUser(db);
    await createVolunteer(db, { userId: minorUser.id, birthDate: new Date(Date.now() - 12 * 366 * 86_400_000).toISOString().slice(0, 10) });
    const course = await createCourse(db, { centerId: center.id, title: 'Axe képzés', qualificationName: 'Elsősegély-tanfolyam', validityMonths: 36 });
    const session = await createSession(db, course.id, center.id, { capacity: 1 });
    await createSession(db, course.id, center.id, sessionTimes(15));
    await createRegistration(db, session.id, { participantName: 'Ülő Ülés' });
    const offered = await createRegistration(db, session.id, {
      volunteerId: volunteer.id,
      participantName: 'Axe Anna',
      status: 'offered',
      holdsSeat: false,
      offerExpiresAt: new Date(Date.now() + 86_400_000),
    });

    const reports = [
      await pages.violationsOn(null, '/trainings', 'Axe képzés'),
      await pages.violationsOn(null, '/trainings?place=Nincsilyenfalva', 'Nincs a szűrésnek megfelelő képzés.'),
      await pages.violationsOn(null, `/trainings/${course.slug}`, 'Jelentkezéshez jelentkezz be'),
      await pages.violationsOn(volunteerUser.id, `/trainings/${course.slug}`, 'Felajánlott hely'),
      await pages.violationsAfterSubmit(
        minorUser.id,
        `/trainings/${course.slug}`,
        { action: `/trainings/sessions/${session.id}/register`, fields: {} },
        '16 év alatt',
      ),
      await pages.violationsOn(volunteerUser.id, '/trainings/mine', 'Felajánlott hely vár a válaszodra'),
      await pages.violationsOn(volunteerUser.id, `/trainings/registrations/${offered.id}/offer`, 'Elfogadom a helyet'),
      await pages.violationsOn(volunteerUser.id, `/trainings/registrations/${offered.id}/cancel`, 'Megerősítem: lemondom a jelentkezésemet.'),
      await pages.violationsOn(member.id, `/trainings/sessions/${session.id}/enrol`, 'munkatársai és önkéntesei'),
      await pages.violationsOn(coordinator.id, `/trainings/sessions/${session.id}/enrol?q=Axe`, 'Helyszíni jelentkező'),
      await pages.violationsOn(coordinator.id, '/trainings/manage', 'Axe képzés'),
      await pages.violationsOn(coordinator.id, '/trainings/manage/new', 'Új képzés'),
      await pages.violationsAfterSubmit(
        coordinator.id,
        '/trainings/manage/new',
        { action: '/trainings/manage', fields: { slug: 'Rossz Cím' } },
        'A webcím 3–80 karakter',
      ),
      await pages.violationsOn(coordinator.id, `/trainings/manage/${course.id}`, 'Alkalmak'),
      await pages.violationsOn(coordinator.id, `/trainings/manage/${course.id}/sessions/new`, 'Új alkalom'),
      await pages.violationsAfterSubmit(
        coordinator.id,
        `/trainings/manage/${course.id}/sessions/new`,
        { action: `/trainings/manage/${course.id}/sessions`, fields: { capacity: '0' } },
        'A férőhelyek száma 1 és 1000 között legyen.',
      ),
      await pages.violationsOn(coordinator.id, `/trainings/sessions/${session.id}`, 'Résztvevők és várólista'),
      await pages.violationsOn(coordinator.id, `/trainings/sessions/${session.id}/edit`, 'Az alkalom módosítása'),
      await pages.violationsOn(coordinator.id, `/trainings/sessions/${session.id}/cancel`, 'Megerősítem: az alkalom elmarad.'),
      await pages.violationsOn(coordinator.id, '/dashboard', 'Alkalom a következő 14 napban'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 240_000);
});
