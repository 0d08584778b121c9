import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { exchangeMeetingActions, exchangeMeetingOrganizations, exchangeMeetings } from '../../db/schema/index.js';
import { addDays, budapestDay } from '../../platform/budapest-time.js';
import { trainingStaffScene } from '../readiness/readiness-test-support.js';

/**
 * axe on the experience-exchange pages as a browser renders them (0 violations): the list (empty and
 * filled), the form and its errors, a held meeting with attendance and follow-ups (one overdue), an
 * upcoming one, the invitation page, both deletion confirmations, and the organization's own list.
 */
describe.skipIf(!axePagesRun)('experience-exchange pages in a browser (axe)', () => {
  const pages = axePagesForSuite();

  it('every page has no violations', async () => {
    const app = pages.app;
    const s = await trainingStaffScene(app);
    const coordinator = s.users.coordinatorA.id;
    const reports = [
      await pages.violationsOn(coordinator, '/exchange-meetings', 'Még nincs tapasztalatcsere-találkozó.'),
      await pages.violationsOn(coordinator, '/exchange-meetings/new', 'Új találkozó'),
      await pages.violationsAfterSubmit(coordinator, '/exchange-meetings/new', { action: '/exchange-meetings', fields: { theme: '' } }, 'Kötelező mező'),
      await pages.violationsOn(s.users.national.id, '/exchange-meetings/new', 'Válasszon központot'),
    ];
    const today = budapestDay(new Date());
    const [held, upcoming] = await app.db
      .insert(exchangeMeetings)
      .values([
        { centerId: s.centerA.id, heldOn: addDays(today, -7), theme: 'Önkéntesek megtartása', place: 'Kecskemét', notes: 'Első sor\nMásodik sor' },
        { centerId: s.centerA.id, heldOn: addDays(today, 14), theme: 'Mentorálás a gyakorlatban' },
      ])
      .returning({ id: exchangeMeetings.id });
    if (!held || !upcoming) throw new Error('meetings missing');
    await app.db.insert(exchangeMeetingOrganizations).values([
      { meetingId: held.id, organizationId: s.organization.id, attended: true },
      { meetingId: held.id, organizationId: s.otherOrganization.id },
      { meetingId: upcoming.id, organizationId: s.organization.id },
    ]);
    const [followUp] = await app.db
      .insert(exchangeMeetingActions)
      .values([
        { meetingId: held.id, description: 'Szerződésminta átnézése', organizationId: s.organization.id, dueOn: addDays(today, -1) },
        { meetingId: held.id, description: 'Ötlettár megosztása', dueOn: addDays(today, -2), doneAt: new Date() },
      ])
      .returning({ id: exchangeMeetingActions.id });
    const base = `/exchange-meetings/${held.id}`;
    reports.push(
      await pages.violationsOn(coordinator, '/exchange-meetings', 'Önkéntesek megtartása'),
      await pages.violationsOn(coordinator, base, 'Kik vettek részt a találkozón?'),
      await pages.violationsAfterSubmit(coordinator, base, { action: `${base}/follow-ups`, fields: { description: '' } }, 'Kötelező mező'),
      await pages.violationsOn(coordinator, `/exchange-meetings/${upcoming.id}`, 'A részvételt a találkozó napjától lehet rögzíteni.'),
      await pages.violationsOn(coordinator, `${base}/edit`, 'Találkozó szerkesztése'),
      await pages.violationsOn(coordinator, `${base}/invitations`, 'A központ szervezetei'),
      await pages.violationsOn(coordinator, `${base}/invitations?q=nincs-ilyen`, 'Nincs a keresésnek megfelelő szervezet.'),
      await pages.violationsOn(coordinator, `${base}/delete`, 'Végleges törlés'),
      await pages.violationsOn(coordinator, `${base}/follow-ups/${followUp?.id}/delete`, 'Biztosan törli ezt a teendőt?'),
      await pages.violationsOn(s.users.member.id, `/organizations/${s.organization.id}/exchange-meetings`, 'Szerződésminta átnézése'),
      await pages.violationsOn(s.users.otherMember.id, `/organizations/${s.otherOrganization.id}/exchange-meetings`, 'Nem vett részt'),
      await pages.violationsOn(coordinator, '/dashboard', 'lejárt teendő'),
    );
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 120_000);
});
