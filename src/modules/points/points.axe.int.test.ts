import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { createCenter, createPoint, createUser } from '../../test-support/factories.js';
import { addConsultation } from './consulting-service.js';

/** axe on the point network pages (0 violations): public list and search, life cycle, candidate, consulting, coverage. */
describe.skipIf(!axePagesRun)('point network pages in a browser (axe)', () => {
  const pages = axePagesForSuite();

  it('the public page, the life cycle page, the candidate form, the consulting log and coverage have no violations', async () => {
    const db = pages.app.db;
    const center = await createCenter(db, { name: 'Axe Pontos Központ' });
    const point = await createPoint(db, center.id, { name: 'Axe Működő Pont', openingHours: 'Hétfő 9–12' });
    const user = await createUser(db, { grants: [{ role: 'center_admin', centerId: center.id }] });
    const actor = {
      userId: user.id,
      email: '',
      familyName: '',
      givenName: '',
      emailConfirmed: true,
      grants: [{ role: 'center_admin' as const, centerId: center.id, pointId: null }],
    };
    await addConsultation(db, actor, point.id, {
      heldOn: budapestDay(new Date()),
      kind: 'call',
      topics: 'Axe témák',
      notes: null,
      actions: [{ description: 'Axe teendő', dueOn: '2026-01-01' }],
    });
    const reports = [
      await pages.violationsOn(null, '/points', 'Axe Működő Pont'),
      await pages.violationsOn(null, '/points?place=Kalocsa', 'km'),
      await pages.violationsOn(user.id, `/admin/points/${point.id}/lifecycle`, 'Axe teendő'),
      await pages.violationsOn(user.id, `/admin/centers/${center.id}/points/candidates/new`, 'Jelölt pont mentése'),
      await pages.violationsAfterSubmit(
        user.id,
        `/admin/centers/${center.id}/points/candidates/new`,
        { action: `/admin/centers/${center.id}/points/candidates`, fields: { name: '' } },
        'Az alábbi mezőket javítani kell',
      ),
      await pages.violationsOn(user.id, `/admin/centers/${center.id}/points/consulting`, 'Axe témák'),
      await pages.violationsOn(user.id, `/admin/centers/${center.id}/points/coverage`, 'Lefedetlen települések'),
      await pages.violationsOn(user.id, `/admin/centers/${center.id}`, 'Minden állapot'),
      await pages.violationsOn(user.id, `/center/points/compare?center=${center.id}`, 'Jóváhagyott órák 1000 lakosra'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 180_000);
});
