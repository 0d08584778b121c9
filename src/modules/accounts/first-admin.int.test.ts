import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/database.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { strongPassword, unique, Visitor } from './accounts-test-support.js';
import { createNationalAdmin } from './first-admin-service.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const count = async (query: ReturnType<typeof sql>) => Number((await queryRows<{ n: string }>(t.db, query))[0]?.n);

describe('the first national administrator (npm run admin:create)', () => {
  it('creates the admin with a one-time 24-hour link that sets the password and lets them into the admin area', async () => {
    const email = `admin-${unique()}@kozpont.example`;
    const result = await createNationalAdmin(t, { email, familyName: 'Kovács', givenName: 'Anna' });
    if (result.outcome !== 'created') throw new Error('expected created');
    expect(result.link).toMatch(/^http:\/\/localhost:3000\/reset-password\?token=[\w-]{20,}$/);
    expect(result.validHours).toBe(24);

    const [token] = await queryRows<{ hours: number }>(
      t.db,
      sql`select extract(epoch from (expires_at - created_at)) / 3600 as hours from email_tokens where user_id = ${result.userId}`,
    );
    expect(Math.round(Number(token?.hours))).toBe(24);
    const [grant] = await queryRows<{ role: string; center_id: string | null }>(
      t.db,
      sql`select role, center_id from role_grants where user_id = ${result.userId}`,
    );
    expect(grant).toEqual({ role: 'national_admin', center_id: null });
    const [audit] = await queryRows<{ action: string; after: { role: string; via: string } }>(
      t.db,
      sql`select action, after from audit_log where entity_id = ${result.userId}`,
    );
    expect(audit?.action).toBe('user.national_admin_created');
    expect(audit?.after).toMatchObject({ role: 'national_admin', via: 'admin:create' });

    const visitor = new Visitor(t);
    const path = result.link.replace('http://localhost:3000', '');
    const tokenValue = new URL(result.link).searchParams.get('token') as string;
    expect((await visitor.client.get(path)).statusCode).toBe(200);
    const set = await visitor.client.post('/reset-password', { token: tokenValue, password: strongPassword, passwordConfirm: strongPassword });
    expect(set.statusCode).toBeLessThan(400);
    const login = await visitor.login(email, strongPassword);
    expect(login.statusCode).toBe(303);
    expect((await visitor.client.get('/admin/centers')).statusCode).toBe(200);
    // One use only.
    expect((await visitor.client.get(path)).body).not.toContain('name="token"');
  });

  it('says so for an address that exists and changes nothing', async () => {
    const email = `again-${unique()}@kozpont.example`;
    const first = await createNationalAdmin(t, { email, familyName: 'Nagy', givenName: 'Béla' });
    const before = {
      users: await count(sql`select count(*) as n from users`),
      grants: await count(sql`select count(*) as n from role_grants`),
      tokens: await count(sql`select count(*) as n from email_tokens`),
      audit: await count(sql`select count(*) as n from audit_log`),
    };
    const second = await createNationalAdmin(t, { email, familyName: 'Másik', givenName: 'Név' });
    expect(second).toEqual({ outcome: 'exists', userId: first.userId });
    expect({
      users: await count(sql`select count(*) as n from users`),
      grants: await count(sql`select count(*) as n from role_grants`),
      tokens: await count(sql`select count(*) as n from email_tokens`),
      audit: await count(sql`select count(*) as n from audit_log`),
    }).toEqual(before);
    const [user] = await queryRows<{ family_name: string }>(t.db, sql`select family_name from users where email = ${email}`);
    expect(user?.family_name).toBe('Nagy');
  });
});
