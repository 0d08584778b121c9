import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { eventDayAssignments, eventDays, outbox, roleGrants, volunteers } from '../src/db/schema/index.js';
import { demoPassword } from '../src/modules/demo/demo-accounts.js';
import { createEventDayScene } from '../src/modules/event-day/event-day-fixtures.js';
import { addDays, budapestDay } from '../src/platform/budapest-time.js';
import { userIdOf } from './support/brokering-rows.js';
import { demoEmail, journeySetup } from './support/journey.js';
import { logIn } from './support/sessions.js';

/**
 * Issue 16's event day in a real browser against the real app (demo data loaded): the demo center's
 * coordinator opens an event day that has tasks and volunteers, runs the optimal assignment, sees the
 * result with reasons, downloads a roster and publishes (one e-mail per assigned volunteer in the
 * outbox). axe checks every page reached; the database is checked after every step.
 */
const journey = journeySetup();
const { visitor } = journey;

describe('event day journey: run the assignment, see the result, publish the rosters', () => {
  it('walks the whole way, every page accessible', async () => {
    const db = journey.app.db;
    const coordinatorId = await userIdOf(db, demoEmail('center_coordinator'));
    const [grant] = await db
      .select({ centerId: roleGrants.centerId })
      .from(roleGrants)
      .where(and(eq(roleGrants.userId, coordinatorId), eq(roleGrants.role, 'center_coordinator')));
    if (!grant?.centerId) throw new Error('the demo coordinator has no center');
    const day = addDays(budapestDay(new Date()), 20);
    const scene = await createEventDayScene(db, grant.centerId, { name: 'E2E Futófesztivál', day });

    // 1. The coordinator opens the event day from the list: its tasks and volunteers are there.
    const coordinator = await visitor('coordinator');
    await logIn(coordinator, demoEmail('center_coordinator'), demoPassword, /^\//);
    await coordinator.goto('/event-days');
    await coordinator.navigate(
      () => coordinator.page.locator('main a', { hasText: 'E2E Futófesztivál' }).first().click(),
      new RegExp(`^/event-days/${scene.eventDayId}$`),
    );
    const detail = await coordinator.text();
    for (const text of ['Frissítőpont', 'Rajt-cél', 'Esti bontás', 'Kiss Anna', 'Varga Emese']) expect(detail).toContain(text);

    // 2. Runs the assignment and lands on the result.
    const base = `/event-days/${scene.eventDayId}`;
    await coordinator.submitForm(`${base}/run`, {}, new RegExp(`^${base}/result$`));
    const [solved] = await db.select().from(eventDays).where(eq(eventDays.id, scene.eventDayId));
    expect(solved?.status).toBe('solved');
    const assigned = await db.select().from(eventDayAssignments).where(eq(eventDayAssignments.eventDayId, scene.eventDayId));
    // Four volunteers, each wishing a task that has room: everyone is placed, each required seat filled.
    expect(new Set(assigned.map((a) => a.volunteerId))).toEqual(new Set(scene.volunteerIds));
    const result = await coordinator.text();
    expect(result).toContain('Feladatonként');
    expect(result).toContain('Minden önkéntes kapott feladatot.');
    expect(result).toContain('Kiss Anna');

    // 3. The roster by task is a PDF.
    const roster = await coordinator.page.request.get(`${base}/roster?by=task&format=pdf`);
    expect(roster.status()).toBe(200);
    expect(roster.headers()['content-type']).toContain('application/pdf');

    // 4. Publishes after confirming (the box and the browser's question): one e-mail per assigned volunteer in the outbox.
    coordinator.page.once('dialog', (dialog) => void dialog.accept());
    await coordinator.submitForm(`${base}/publish`, { confirm: true }, new RegExp(`^${base}/result$`));
    const [published] = await db.select().from(eventDays).where(eq(eventDays.id, scene.eventDayId));
    expect(published?.status).toBe('published');
    const people = await db.select({ email: volunteers.email }).from(volunteers).where(inArray(volunteers.id, scene.volunteerIds));
    const mails = await db
      .select({ to: outbox.toAddress, subject: outbox.subject })
      .from(outbox)
      .where(
        inArray(
          outbox.toAddress,
          people.map((p) => p.email ?? ''),
        ),
      );
    expect(mails).toHaveLength(4);
    for (const mail of mails) expect(mail.subject).toContain('E2E Futófesztivál');
    coordinator.finish();
  }, 240_000);
});
