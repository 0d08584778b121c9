import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, budapestDay } from '../../platform/budapest-time.js';
import { createCenter } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { staffMember } from '../inquiries/inquiries-test-support.js';
import { createEventDayScene } from './event-day-fixtures.js';

/**
 * The dashboard's event-day section: a coordinator sees the next event days of their center (soonest
 * first, with status and link, past ones left out); another center's coordinator and a volunteer do not.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('event days on the dashboard', () => {
  it('shows a center’s coordinator the next event days of the center only', async () => {
    const center = await createCenter(t.db);
    const otherCenter = await createCenter(t.db);
    const today = budapestDay(new Date());
    const later = await createEventDayScene(t.db, center.id, { name: 'Dash Későbbi Futás', day: addDays(today, 30) });
    const sooner = await createEventDayScene(t.db, center.id, { name: 'Dash Korábbi Fesztivál', day: addDays(today, 3) });
    await createEventDayScene(t.db, center.id, { name: 'Dash Elmúlt Nap', day: addDays(today, -3) });
    await createEventDayScene(t.db, otherCenter.id, { name: 'Dash Idegen Nap', day: addDays(today, 5) });
    const coordinator = await staffMember(t, [{ role: 'center_coordinator', centerId: center.id }]);
    const foreign = await staffMember(t, [{ role: 'center_coordinator', centerId: otherCenter.id }]);
    const volunteer = await staffMember(t, [{ role: 'volunteer' }]);

    const page = await coordinator.client.get('/dashboard');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('2 közelgő rendezvénynap, ebből 2 beosztás nélkül');
    expect(page.body).toContain(`href="/event-days/${sooner.eventDayId}"`);
    expect(page.body).toContain(`href="/event-days/${later.eventDayId}"`);
    expect(page.body.indexOf('Dash Korábbi Fesztivál')).toBeLessThan(page.body.indexOf('Dash Későbbi Futás'));
    expect(page.body).not.toContain('Dash Elmúlt Nap');
    expect(page.body).not.toContain('Dash Idegen Nap');

    const foreignPage = await foreign.client.get('/dashboard');
    expect(foreignPage.body).toContain('Dash Idegen Nap');
    expect(foreignPage.body).not.toContain('Dash Korábbi Fesztivál');
    const volunteerPage = await volunteer.client.get('/dashboard');
    expect(volunteerPage.statusCode).toBe(200);
    expect(volunteerPage.body).not.toContain('dash-event-day');
  });
});
