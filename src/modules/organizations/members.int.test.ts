import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization } from '../../test-support/brokering-factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { auditFor, createOrganizationTenants, mailsTo, orgStaffGrants } from './organizations-test-support.js';
import { isOrganizationMember } from './service.js';

let t: TestApp;
let x: Awaited<ReturnType<typeof createOrganizationTenants>>;
beforeAll(async () => {
  t = await createTestApp();
  x = await createOrganizationTenants(t);
});
afterAll(async () => {
  await t.close();
});

async function organizationWithAdmin() {
  const admin = await x.person('Admin');
  const org = await createOrganization(t.db, x.centerA.id, { seat: 'Szekszárd', memberUserIds: [admin.id] });
  return { org, admin, client: await x.client(admin.id) };
}

describe('members', () => {
  it('an admin adds an existing account by e-mail: membership, org_staff grant, e-mail, audit', async () => {
    const { org, client } = await organizationWithAdmin();
    const colleague = await x.person('Kolléga');
    const res = await client.post(`/organizations/${org.id}/members`, { email: colleague.email.toUpperCase(), role: 'staff' });
    expect(res.statusCode).toBe(303);
    expect(await isOrganizationMember(t.db, colleague.id, org.id)).toBe(true);
    expect(await orgStaffGrants(t, colleague.id, x.centerA.id)).toHaveLength(1);
    expect((await mailsTo(t, colleague.email)).some((m) => m.subject.includes(org.name))).toBe(true);
    expect((await auditFor(t, 'organization_member', org.id)).some((a) => a.action === 'create')).toBe(true);
    const page = await client.get(`/organizations/${org.id}`);
    expect(page.body).toContain('Teszt Kolléga');
  });

  it('refuses an unknown address and an existing member, next to the field', async () => {
    const { org, admin, client } = await organizationWithAdmin();
    const unknown = await client.post(`/organizations/${org.id}/members`, { email: 'senki@nincs.example' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.body).toContain('id="f-email-error"');
    expect(unknown.body).toContain('nincs felhasználói fiók');
    const twice = await client.post(`/organizations/${org.id}/members`, { email: admin.email });
    expect(twice.statusCode).toBe(422);
    expect(twice.body).toContain('már tagja');
    const invalid = await client.post(`/organizations/${org.id}/members`, { email: 'nem-email' });
    expect(invalid.statusCode).toBe(422);
  });

  it('staff members, strangers and other centers cannot manage members', async () => {
    const { org, client } = await organizationWithAdmin();
    const staff = await x.person('Munkatárs');
    await client.post(`/organizations/${org.id}/members`, { email: staff.email, role: 'staff' });
    const target = await x.person('Célpont');
    const outsiders = [staff.id, (await x.person('Idegen')).id, (await x.person('B admin', 'center_admin', 'B')).id];
    for (const who of outsiders) {
      const res = await (await x.client(who)).post(`/organizations/${org.id}/members`, { email: target.email });
      expect([403, 404]).toContain(res.statusCode);
    }
    expect(await isOrganizationMember(t.db, target.id, org.id)).toBe(false);
    const admin = await x.person('Központi admin', 'center_admin');
    expect((await (await x.client(admin.id)).post(`/organizations/${org.id}/members`, { email: target.email })).statusCode).toBe(303);
  });

  it('removes a member after a confirmation page, and their org_staff role with the last membership', async () => {
    const { org, client } = await organizationWithAdmin();
    const colleague = await x.person('Távozó');
    await client.post(`/organizations/${org.id}/members`, { email: colleague.email });
    const confirm = await client.get(`/organizations/${org.id}/members/${colleague.id}/delete`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Biztosan eltávolítja');
    expect(await isOrganizationMember(t.db, colleague.id, org.id)).toBe(true);
    const res = await client.post(`/organizations/${org.id}/members/${colleague.id}/delete`);
    expect(res.statusCode).toBe(303);
    expect(await isOrganizationMember(t.db, colleague.id, org.id)).toBe(false);
    expect(await orgStaffGrants(t, colleague.id, x.centerA.id)).toHaveLength(0);
    expect((await auditFor(t, 'organization_member', org.id)).some((a) => a.action === 'delete')).toBe(true);
  });

  it('never removes the last admin, but an admin may go once another admin exists', async () => {
    const { org, admin, client } = await organizationWithAdmin();
    const res = await client.post(`/organizations/${org.id}/members/${admin.id}/delete`);
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('utolsó adminisztrátor');
    expect(await isOrganizationMember(t.db, admin.id, org.id)).toBe(true);
    const second = await x.person('Második');
    await client.post(`/organizations/${org.id}/members`, { email: second.email, role: 'admin' });
    expect((await client.post(`/organizations/${org.id}/members/${admin.id}/delete`)).statusCode).toBe(303);
    expect(await isOrganizationMember(t.db, admin.id, org.id)).toBe(false);
  });

  it('keeps the org_staff role while the user belongs to another organization of the center', async () => {
    const { org, client } = await organizationWithAdmin();
    const both = await x.person('Kettős');
    await createOrganization(t.db, x.centerA.id, { seat: 'Szekszárd', memberUserIds: [both.id] });
    await client.post(`/organizations/${org.id}/members`, { email: both.email });
    await client.post(`/organizations/${org.id}/members/${both.id}/delete`);
    expect(await orgStaffGrants(t, both.id, x.centerA.id)).toHaveLength(1);
  });

  it('answers 404 for someone who is not a member', async () => {
    const { org, client } = await organizationWithAdmin();
    const nobody = await x.person('Senki');
    expect((await client.get(`/organizations/${org.id}/members/${nobody.id}/delete`)).statusCode).toBe(404);
  });
});
