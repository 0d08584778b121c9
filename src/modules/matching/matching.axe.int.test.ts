import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { volunteerConsents } from '../../db/schema/index.js';
import { createOpportunity, createOrganization, createShift, createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter, createUser } from '../../test-support/factories.js';

/**
 * axe on the matching pages as a browser renders them (0 violations), with suggestions, candidates,
 * the excluded list and the empty states.
 */
describe.skipIf(!axePagesRun)('matching pages in a browser (axe)', () => {
  const pages = axePagesForSuite();
  const { violationsOn } = pages;

  it('suggestions, candidates and exclusions have no violations', async () => {
    const app = pages.app;
    const center = await createCenter(app.db);
    const member = await createUser(app.db);
    const organization = await createOrganization(app.db, center.id, { seat: 'Tiszakécske', memberUserIds: [member.id] });
    const opportunity = await createOpportunity(app.db, organization, { place: 'Tiszakécske', causes: ['kornyezetvedelem'], skills: ['fozes'] });
    await createShift(app.db, opportunity.id, { startsAt: new Date('2027-12-01T08:00:00Z'), endsAt: new Date('2027-12-01T11:00:00Z') });
    const user = await createUser(app.db);
    const volunteer = await createVolunteer(app.db, {
      userId: user.id,
      homePlace: 'Tiszakécske',
      causes: ['kornyezetvedelem'],
      languages: ['en'],
      availability: ['wed-morning'],
      centerId: center.id,
    });
    await app.db.insert(volunteerConsents).values({ volunteerId: volunteer.id, kind: 'contact', granted: true, textVersion: '2026-1' });
    await createVolunteer(app.db, { homePlace: 'Tiszakécske', birthDate: '2014-01-01', centerId: center.id });
    const coordinator = await createUser(app.db, { grants: [{ role: 'center_coordinator', centerId: center.id }] });
    const stranger = await createUser(app.db);

    const problems = [
      await violationsOn(user.id, '/volunteer/suggestions', opportunity.title),
      await violationsOn(stranger.id, '/volunteer/suggestions', 'Önkéntes profil létrehozása'),
      await violationsOn(member.id, `/opportunities/${opportunity.id}/candidates`, volunteer.givenName),
      await violationsOn(coordinator.id, `/opportunities/${opportunity.id}/candidates?explain=1`, '16 év alatti'),
      await violationsOn(coordinator.id, `/opportunities/${opportunity.id}/candidates?lang=en`, 'Suggested volunteers'),
    ].filter(Boolean);
    expect(problems.join('\n\n')).toBe('');
  }, 120_000);
});
