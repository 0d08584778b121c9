import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { type AdminTenants, createAdminTenants } from './admin-test-tenants.js';

let t: TestApp;
let x: AdminTenants;
beforeAll(async () => {
  t = await createTestApp();
  x = await createAdminTenants(t);
});
afterAll(async () => {
  await t.close();
});

const links = ['/admin/centers"', '/admin/users"', '/admin/audit"', '/admin/outbox"'];

describe('admin dashboard', () => {
  it.each([
    ['national', ['/admin/centers"', '/admin/users"', '/admin/audit"', '/admin/outbox"']],
    ['adminA', ['/admin/centers"', '/admin/users"', '/admin/audit"']],
    ['coordinatorA', ['/admin/centers"']],
    ['pointCoordinatorA', []],
  ] as const)('shows %s only the links they may open', async (persona, expected) => {
    const res = await (await x.client(persona)).get('/admin');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Adminisztráció</h1>');
    for (const link of links) expect(res.body.includes(`href="${link}`), link).toBe((expected as readonly string[]).includes(link));
  });

  it('links center staff to their own center and point staff to their own point', async () => {
    const admin = (await (await x.client('adminA')).get('/admin')).body;
    expect(admin).toContain(`href="/admin/centers/${x.centerA.id}"`);
    expect(admin).not.toContain(x.centerB.id);
    const point = (await (await x.client('pointCoordinatorA')).get('/admin')).body;
    expect(point).toContain(`href="/admin/points/${x.pointA.id}"`);
    expect(point).toContain(x.pointA.name);
  });

  it('counts only what the actor may see', async () => {
    const admin = (await (await x.client('adminA')).get('/admin')).body;
    expect(admin).toContain('1 önkéntes központ, 1 önkéntes pont');
    // A's staff: the admin, the coordinator and the point coordinator.
    expect(admin).toContain('3 felhasználó');
  });

  it('refuses volunteers and sends anonymous visitors to log in', async () => {
    expect((await (await x.client('volunteer')).get('/admin')).statusCode).toBe(403);
    const anonymous = await (await x.client('anonymous')).get('/admin');
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe('/login?next=%2Fadmin');
  });
});
