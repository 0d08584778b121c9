import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { createUser } from '../../test-support/factories.js';
import { staffWithLogin } from '../placements/placements-test-support.js';
import { invitationTokenFor, minorScene } from './guardians-test-support.js';

/**
 * axe on the guardian pages as a browser renders them (0 violations): the invite forms (minor and
 * staff), the invitation for a visitor, the matching account and a wrong one, "A gyermekeim" and one
 * minor with the consent waiting and given.
 */
describe.skipIf(!axePagesRun)('the guardian pages in a browser (axe)', () => {
  const pages = axePagesForSuite();
  const { violationsOn } = pages;

  it('have no violations', async () => {
    const app = pages.app;
    const s = await minorScene(app);
    const staff = await staffWithLogin(app, [{ role: 'center_coordinator', centerId: s.host.center.id }]);
    expect((await s.minor.client.post('/volunteer/guardian-invite', { email: s.guardianEmail })).statusCode).toBe(303);
    const { token } = await invitationTokenFor(app, s.guardianEmail);
    const invitation = `/guardian/invitation?token=${token}`;
    const stranger = await createUser(app.db);
    const before = [
      await violationsOn(s.minor.user.id, '/volunteer/guardian-invite', 'Elküldött meghívók'),
      await violationsOn(staff.user.id, `/volunteers/${s.minor.volunteer.id}/guardian-invite`, 'Meghívó küldése'),
      await violationsOn(null, invitation, 'Regisztráció'),
      await violationsOn(stranger.id, invitation, 'címre küldtük', 403),
      await violationsOn(s.guardianUser.id, invitation, 'Összekapcsolás jóváhagyása'),
      await violationsOn(s.guardianUser.id, '/guardian', 'Jóváhagyásra váró meghívók'),
    ];
    expect((await s.guardian.post('/guardian/invitation', { token })).statusCode).toBe(303);
    const waiting = [
      await violationsOn(s.guardianUser.id, '/guardian', 'hozzájárulására vár'),
      await violationsOn(s.guardianUser.id, `/guardian/minors/${s.minor.volunteer.id}`, 'Hozzájárulok'),
    ];
    expect((await s.guardian.post(`/guardian/minors/${s.minor.volunteer.id}/consent`)).statusCode).toBe(303);
    const given = await violationsOn(s.guardianUser.id, `/guardian/minors/${s.minor.volunteer.id}`, 'Hozzájárulás visszavonása');
    expect([...before, ...waiting, given].filter(Boolean).join('\n')).toBe('');
  }, 180_000);
});
