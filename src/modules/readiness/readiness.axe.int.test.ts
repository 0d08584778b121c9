import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { organizationReadiness } from '../../db/schema/index.js';
import { createCourse, createCourseSession, trainingStaffScene } from './readiness-test-support.js';

/**
 * axe on the readiness pages as a browser renders them (0 violations): an organization's empty
 * self-assessment, the form rejected, the result with its gaps and recommended courses (read by a
 * member and by the center's coordinator), and the center's table with its figures and filters.
 */
describe.skipIf(!axePagesRun)('readiness pages in a browser (axe)', () => {
  const pages = axePagesForSuite();

  it('the self-assessment, its rejected form, the result and the center view have no violations', async () => {
    const app = pages.app;
    const s = await trainingStaffScene(app);
    const course = await createCourse(app.db, { centerId: s.centerA.id, title: 'Önkéntes-koordinátorok képzése', readinessAreas: ['coordinator'] });
    await createCourseSession(app.db, course, s.centerA.id, new Date(Date.now() + 10 * 86_400_000));
    const url = `/organizations/${s.organization.id}/readiness`;
    const reports = [
      await pages.violationsOn(s.users.member.id, url, 'Van-e az Önök szervezetében kijelölt önkéntes-koordinátor?'),
      await pages.violationsAfterSubmit(s.users.member.id, url, { action: url, fields: {} }, 'Kötelező mező'),
    ];
    await app.db.insert(organizationReadiness).values({
      organizationId: s.organization.id,
      answers: { coordinator: 'no', induction: 'partly', insurance: 'yes', contract: 'yes', register: 'yes', supervision: 'yes', recognition: 'yes' },
      gaps: ['coordinator', 'induction'],
      submittedBy: s.users.member.id,
    });
    await app.db.insert(organizationReadiness).values({
      organizationId: s.organization.id,
      answers: { coordinator: 'no', induction: 'no', insurance: 'no', contract: 'yes', register: 'yes', supervision: 'yes', recognition: 'yes' },
      gaps: ['coordinator', 'induction', 'insurance'],
      submittedAt: new Date(Date.now() - 400 * 86_400_000),
    });
    reports.push(
      await pages.violationsOn(s.users.member.id, url, 'Önkéntes-koordinátorok képzése'),
      await pages.violationsOn(s.users.coordinatorA.id, url, 'Az önértékelést a szervezet tagjai tölthetik ki.'),
      await pages.violationsOn(s.users.coordinatorA.id, '/readiness', 'Áttekintés területenként'),
      await pages.violationsOn(s.users.coordinatorA.id, '/readiness?gap=supervision', 'Nincs a szűrésnek megfelelő szervezet.'),
      await pages.violationsOn(s.users.national.id, '/readiness?state=notAssessed', 'Minden központ'),
    );
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 120_000);
});
