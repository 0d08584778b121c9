import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCountCap } from '../../platform/count-up-to.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { type AdminTenants, createAdminTenants } from '../admin/admin-test-tenants.js';

/**
 * A national trail is not counted whole on every page (beyond 10 000 the list says "more than"),
 * and its pages follow each other by key, not by offset.
 */
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

const entityIds = (body: string) => [...body.matchAll(/>(g-\d+)</g)].map((m) => m[1]);
const linkOf = (body: string, rel: 'next' | 'prev') => {
  const href = new RegExp(`href="([^"]*)" rel="${rel}"`).exec(body)?.[1];
  if (!href) throw new Error(`no ${rel} link`);
  return href.replaceAll('&amp;', '&');
};

describe('paging the audit log by key', () => {
  it('next pages start after the last entry shown, previous ones end before the first, with nothing skipped', async () => {
    const client = await x.client('national');
    const first = (await client.get('/admin/audit?entityType=gadget')).body;
    expect(entityIds(first)).toEqual(Array.from({ length: 50 }, (_, i) => `g-${i + 1}`));
    const secondHref = linkOf(first, 'next');
    expect(secondHref).toContain('after=');
    const second = (await client.get(secondHref)).body;
    expect(entityIds(second)).toEqual(Array.from({ length: 50 }, (_, i) => `g-${i + 51}`));
    const third = (await client.get(linkOf(second, 'next'))).body;
    expect(entityIds(third)[0]).toBe('g-101');
    const backToSecond = linkOf(third, 'prev');
    expect(backToSecond).toContain('before=');
    expect(entityIds((await client.get(backToSecond)).body)).toEqual(entityIds(second));
    expect(entityIds((await client.get(linkOf(second, 'prev'))).body)).toEqual(entityIds(first));
  });

  it('oldest first, and a malformed key is ignored rather than an error', async () => {
    const client = await x.client('national');
    const oldest = (await client.get('/admin/audit?entityType=gadget&dir=asc')).body;
    expect(entityIds(oldest)[0]).toBe(`g-${listCountCap + 5}`);
    const next = (await client.get(linkOf(oldest, 'next'))).body;
    expect(entityIds(next)[0]).toBe(`g-${listCountCap + 5 - 50}`);
    const malformed = await client.get('/admin/audit?entityType=gadget&after=x%27%3B--&before=2026');
    expect(malformed.statusCode).toBe(200);
    expect(entityIds(malformed.body)[0]).toBe('g-1');
  });
});
