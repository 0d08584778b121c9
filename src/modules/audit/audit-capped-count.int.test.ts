import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCountCap } from '../../platform/count-up-to.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { type AdminTenants, createAdminTenants } from '../admin/admin-test-tenants.js';

/** A national trail is not counted whole on every page: beyond 10 000 the list says "more than". */
let t: TestApp;
let x: AdminTenants;
beforeAll(async () => {
  t = await createTestApp();
  x = await createAdminTenants(t);
  await t.db.execute(sql`insert into audit_log (at, action, entity_type, entity_id)
    select now() - make_interval(secs => n), 'frobnicate', 'gadget', 'g-' || n from generate_series(1, ${listCountCap + 5}) n`);
});
afterAll(async () => {
  await t.close();
});

describe('the audit log over more entries than the list counts', () => {
  it('says "more than 10 000", pages on while a page is full, and a narrow filter is not capped', async () => {
    const client = await x.client('national');
    const first = await client.get('/admin/audit?entityType=gadget');
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('Összesen: több mint 10');
    expect(first.body).toContain('1. oldal');
    expect(first.body).toMatch(/href="[^"]*page=2[^"]*" rel="next"/);
    const later = await client.get('/admin/audit?entityType=gadget&page=150');
    expect(later.statusCode).toBe(200);
    expect(later.body).toContain('150. oldal');
    expect(later.body).toContain('g-');
    const narrow = await client.get('/admin/audit?entityType=gadget&from=2000-01-01&to=2000-01-02');
    expect(narrow.statusCode).toBe(200);
    expect(narrow.body).not.toContain('több mint');
  });
});
