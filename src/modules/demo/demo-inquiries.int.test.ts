import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/database.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';
import { demoAccounts } from './demo-accounts.js';
import { demoCenter, seedDemoData } from './seed.js';

/** The demo's inquiry log: a few inquiries of each channel, a due follow-up, one turned into a volunteer. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemoData(t.db)).toBe(true);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('demo inquiries', () => {
  it('has every channel, a due follow-up, a converted one and the public form’s e-mail question, all in the demo center', async () => {
    const byChannel = await queryRows<{ channel: string; n: number | string }>(
      t.db,
      sql`select i.channel, count(*) as n from inquiries i join centers c on c.id = i.center_id where c.name = ${demoCenter.name} group by i.channel`,
    );
    expect(Object.fromEntries(byChannel.map((r) => [r.channel, Number(r.n)]))).toEqual({ phone: 3, email: 2, in_person: 2, event: 2, online_form: 2 });
    const [facts] = await queryRows<{ due: number | string; converted: number | string; waiting: number | string; linked: boolean }>(
      t.db,
      sql`select (select count(*) from inquiries where follow_up_on <= current_date and follow_up_done_at is null) as due,
                 (select count(*) from inquiries where volunteer_id is not null) as converted,
                 (select count(*) from inquiries where answer_by_email and answer_sent_at is null) as waiting,
                 (select bool_and(i.asker_name = v.family_name || ' ' || v.given_name) from inquiries i join volunteers v on v.id = i.volunteer_id) as linked`,
    );
    expect(facts).toMatchObject({ linked: true });
    expect([facts?.due, facts?.converted, facts?.waiting].map(Number)).toEqual([2, 1, 1]);
  });

  it('shows the coordinator the log, the follow-ups and the statistics', async () => {
    const email = demoAccounts.find((a) => a.role === 'center_coordinator')?.email as string;
    const client = new TestClient(t.app, t.config.secretKey);
    await client.get('/login');
    const login = await client.post('/login', { email, password: 'Kapocs-demo-2026' });
    expect(login.statusCode).toBe(303);
    expect((await client.get('/inquiries')).body).toContain('Fekete Panna');
    expect((await client.get('/inquiries/follow-ups')).body).toContain('Szűcs Réka');
    expect((await client.get('/inquiries/stats')).body).toContain('stats-channel-title');
    expect((await client.get('/dashboard')).body).toContain('href="/inquiries/follow-ups"');
  });
});
