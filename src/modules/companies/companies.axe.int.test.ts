import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { companySkillOffers, teamSignupMembers, teamSignups } from '../../db/schema/index.js';
import { createShift } from '../../test-support/brokering-factories.js';
import { createUser } from '../../test-support/factories.js';
import { hostScene, volunteerWithLogin } from '../placements/placements-test-support.js';
import { addCompanyCoordinator, addTeamMember, createCompany, createInvitation, createTeam } from './company-fixtures.js';

/**
 * axe on the corporate pages as a browser renders them (0 violations): the staff list and company
 * form, the company home, a team, the team days with the sign-up form, a sign-up, an offer with its
 * matches, the impact report, the member's confirmation page, the invitation and /companies.
 */
describe.skipIf(!axePagesRun)('corporate volunteering pages in a browser (axe)', () => {
  const pages = axePagesForSuite();

  it('every corporate page has no violations', async () => {
    const app = pages.app;
    const host = await hostScene(app);
    const day = new Date(Date.now() + 10 * 86_400_000);
    day.setUTCHours(8, 0, 0, 0);
    const shift = await createShift(app.db, host.opportunity.id, {
      startsAt: day,
      endsAt: new Date(day.getTime() + 3 * 3_600_000),
      capacity: 10,
      teamCapacity: 2,
      seatsTaken: 2,
    });
    const company = await createCompany(app.db, host.center.id, { name: 'Axe Gépgyár Kft.' });
    const coordinator = await createUser(app.db, { grants: [{ role: 'company_coordinator', centerId: host.center.id }] });
    await addCompanyCoordinator(app.db, company.id, coordinator.id);
    const staff = await createUser(app.db, { grants: [{ role: 'center_admin', centerId: host.center.id }] });
    const team = await createTeam(app.db, company.id, 'Kék csapat');
    const employee = await volunteerWithLogin(app, { centerId: host.center.id, birthDate: '1990-01-01' });
    const member = await addTeamMember(app.db, team.id, { id: employee.volunteer.id, email: employee.volunteer.email });
    await createInvitation(app.db, team.id);
    const [offer] = await app.db.insert(companySkillOffers).values({ companyId: company.id, title: 'Könyvelési segítség', skills: [], causes: [] }).returning();
    const [signup] = await app.db.insert(teamSignups).values({ teamId: team.id, shiftId: shift.id, seats: 2 }).returning();
    await app.db.insert(teamSignupMembers).values({ signupId: signup?.id ?? '', memberId: member.id });
    const { token } = await createInvitation(app.db, team.id, employee.user.email);
    const c = `/companies/${company.id}`;
    const reports = [
      await pages.violationsOn(staff.id, '/companies/manage', 'Axe Gépgyár Kft.'),
      await pages.violationsOn(staff.id, `/companies/manage/${company.id}/edit`, 'Axe Gépgyár Kft.'),
      await pages.violationsOn(staff.id, '/companies/manage/new', 'Új cég'),
      await pages.violationsOn(coordinator.id, c, 'Kék csapat'),
      await pages.violationsOn(coordinator.id, `${c}/teams/${team.id}`, 'Kék csapat'),
      await pages.violationsOn(coordinator.id, `${c}/team-days`, 'Csapatnapok'),
      await pages.violationsOn(coordinator.id, `${c}/signups/${signup?.id}`, 'Kék csapat'),
      await pages.violationsOn(coordinator.id, `${c}/offers/${offer?.id}`, 'Könyvelési segítség'),
      await pages.violationsOn(coordinator.id, `${c}/offers/new`, 'Új felajánlás'),
      await pages.violationsOn(coordinator.id, `${c}/impact`, 'hatás'),
      await pages.violationsOn(employee.user.id, `/companies/signups/${signup?.id}`, 'Részt veszel?'),
      await pages.violationsOn(employee.user.id, `/companies/join/${token}`, 'Csatlakozás'),
      await pages.violationsOn(employee.user.id, '/companies', 'Kék csapat'),
      await pages.violationsOn(employee.user.id, '/dashboard', 'Céges önkéntesség'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 240_000);
});
