import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { addDays, budapestDay } from '../../platform/budapest-time.js';
import { createCenter, createUser } from '../../test-support/factories.js';
import { createEventDayScene } from './event-day-fixtures.js';

/**
 * axe on the event-day pages as a browser renders them (0 violations): list, new and edit forms (with
 * errors), the dashboard section, the event day's page with its tasks and volunteers, a task's page, the
 * spreadsheet import (and its refused rows), the result after a run
 * and after publishing. (The rosters are PDF/XLSX downloads, not pages.)
 */
describe.skipIf(!axePagesRun)('event-day pages in a browser (axe)', () => {
  const pages = axePagesForSuite();

  it('the event-day pages have no violations', async () => {
    const db = pages.app.db;
    const center = await createCenter(db, { name: 'Axe Rendezvényes Központ' });
    const user = await createUser(db, { grants: [{ role: 'center_coordinator', centerId: center.id }] });
    const day = addDays(budapestDay(new Date()), 10);
    const { eventDayId, taskIds } = await createEventDayScene(db, center.id, { name: 'Axe Futófesztivál', day });
    const base = `/event-days/${eventDayId}`;
    const u = user.id;
    const reports = [
      await pages.violationsOn(u, '/event-days', 'Axe Futófesztivál'),
      await pages.violationsOn(u, '/dashboard', 'közelgő rendezvénynap'),
      await pages.violationsOn(u, '/event-days/new', 'Új rendezvénynap'),
      await pages.violationsAfterSubmit(u, '/event-days/new', { action: '/event-days', fields: { name: '', day: '' } }, 'Új rendezvénynap'),
      await pages.violationsOn(u, `${base}/edit`, 'Rendezvénynap szerkesztése'),
      await pages.violationsOn(u, base, 'Kiss Anna'),
      await pages.violationsOn(u, `${base}?q=Nagy`, 'Nagy Béla'),
      await pages.violationsAfterSubmit(
        u,
        base,
        { action: `${base}/tasks`, fields: { name: '', startsAt: '10:00', endsAt: '09:00' } },
        'A befejezés legyen a kezdés után.',
      ),
      await pages.violationsOn(u, `${base}/tasks/${taskIds[0]}/edit`, 'Frissítőpont'),
      await pages.violationsOn(u, `${base}/volunteers/import`, 'Táblázat sorai'),
      await pages.violationsAfterSubmit(
        u,
        `${base}/volunteers/import`,
        { action: `${base}/volunteers/import`, fields: { rows: 'senki@example.hu\t\t25:00' } },
        'Semmit sem mentettünk',
      ),
      await pages.violationsAfterSubmit(u, base, { action: `${base}/run`, fields: {} }, 'Feladatonként'),
      await pages.violationsOn(u, `${base}/result`, 'Beosztás közzététele és értesítés'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 240_000);
});
