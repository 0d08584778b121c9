import { describe, expect, it } from 'vitest';
import type { Actor, Grant } from '../../platform/authz.js';
import { mayDisable, mayGrant, mayRevoke, mayViewGrant, mayViewUser, rolesGrantableBy } from './policy.js';

const A = 'aaaaaaaa-0000-4000-8000-000000000000';
const B = 'bbbbbbbb-0000-4000-8000-000000000000';
const pointA = 'aaaaaaaa-1111-4000-8000-000000000000';

const actor = (userId: string, ...grants: Grant[]): Actor => ({ userId, email: '', familyName: '', givenName: '', emailConfirmed: true, grants });
const national = actor('n', { role: 'national_admin', centerId: null, pointId: null });
const adminA = actor('a', { role: 'center_admin', centerId: A, pointId: null });
const coordinatorA = actor('c', { role: 'center_coordinator', centerId: A, pointId: null });

const staffOfA: Grant[] = [{ role: 'center_coordinator', centerId: A, pointId: null }];
const staffOfB: Grant[] = [{ role: 'center_coordinator', centerId: B, pointId: null }];
const pointStaffOfA: Grant[] = [{ role: 'point_coordinator', centerId: A, pointId: pointA }];
const volunteer: Grant[] = [{ role: 'volunteer', centerId: null, pointId: null }];
const nationalAdmin: Grant[] = [{ role: 'national_admin', centerId: null, pointId: null }];

describe('mayViewUser', () => {
  it.each([
    ['national admin, anyone', national, staffOfB, true],
    ['center admin, own staff', adminA, staffOfA, true],
    ['center admin, own point staff', adminA, pointStaffOfA, true],
    ['center admin, a volunteer', adminA, volunteer, true],
    ['center admin, a person with no role', adminA, [], true],
    ['center admin, staff of both centers', adminA, [...staffOfA, ...staffOfB], true],
    ['center admin, staff of another center', adminA, staffOfB, false],
    ['center admin, a national admin', adminA, nationalAdmin, false],
    ['center coordinator, own colleague', coordinatorA, staffOfA, false],
  ] as const)('%s → %s', (_case, who, target, expected) => {
    expect(mayViewUser(who, target)).toBe(expected);
  });
});

describe('mayViewGrant', () => {
  it("shows a center admin their tenant's and personal roles only", () => {
    expect(mayViewGrant(adminA, staffOfA[0] as Grant)).toBe(true);
    expect(mayViewGrant(adminA, volunteer[0] as Grant)).toBe(true);
    expect(mayViewGrant(adminA, staffOfB[0] as Grant)).toBe(false);
    expect(mayViewGrant(adminA, nationalAdmin[0] as Grant)).toBe(false);
    expect(mayViewGrant(national, staffOfB[0] as Grant)).toBe(true);
  });
});

describe('granting', () => {
  it('offers national_admin to national admins only', () => {
    expect(rolesGrantableBy(national)).toContain('national_admin');
    expect(rolesGrantableBy(adminA)).not.toContain('national_admin');
    expect(rolesGrantableBy(adminA)).toEqual(expect.arrayContaining(['center_admin', 'center_coordinator', 'point_coordinator']));
    expect(rolesGrantableBy(coordinatorA)).toEqual([]);
  });

  it.each([
    ['national admin grants national_admin', national, 'national_admin', null, true],
    ['national admin grants in B', national, 'center_admin', B, true],
    ['center admin grants in own center', adminA, 'center_admin', A, true],
    ['center admin grants a point role in own center', adminA, 'point_coordinator', A, true],
    ['center admin grants national_admin', adminA, 'national_admin', null, false],
    ['center admin grants in another center', adminA, 'center_coordinator', B, false],
    ['center admin grants without a tenant', adminA, 'center_coordinator', null, false],
    ['coordinator grants in own center', coordinatorA, 'center_coordinator', A, false],
  ] as const)('%s → %s', (_case, who, role, center, expected) => {
    expect(mayGrant(who, role, center)).toBe(expected);
  });
});

describe('mayRevoke', () => {
  const grant = (userId: string, g: Grant) => ({ ...g, userId });
  it.each([
    ['center admin, own staff', adminA, grant('x', staffOfA[0] as Grant), 'ok'],
    ['center admin, another center', adminA, grant('x', staffOfB[0] as Grant), 'forbidden'],
    ['center admin, a national role', adminA, grant('x', nationalAdmin[0] as Grant), 'forbidden'],
    ['center admin, a personal role', adminA, grant('x', volunteer[0] as Grant), 'forbidden'],
    ['national admin, a personal role', national, grant('x', volunteer[0] as Grant), 'ok'],
    ['national admin, own national role', national, grant('n', nationalAdmin[0] as Grant), 'own-admin-role'],
    ['center admin, own admin role', adminA, grant('a', { role: 'center_admin', centerId: A, pointId: null }), 'own-admin-role'],
  ] as const)('%s → %s', (_case, who, target, expected) => {
    expect(mayRevoke(who, target)).toBe(expected);
  });
});

describe('mayDisable', () => {
  it.each([
    ['anyone, themselves', national, 'n', nationalAdmin, 'self'],
    ['national admin, anyone else', national, 'x', staffOfB, 'ok'],
    ['center admin, own staff', adminA, 'x', staffOfA, 'ok'],
    ['center admin, own point staff', adminA, 'x', pointStaffOfA, 'ok'],
    ['center admin, staff of both centers', adminA, 'x', [...staffOfA, ...staffOfB], 'forbidden'],
    ['center admin, a volunteer', adminA, 'x', volunteer, 'forbidden'],
    ['center admin, a national admin', adminA, 'x', nationalAdmin, 'forbidden'],
    ['center admin, another center', adminA, 'x', staffOfB, 'forbidden'],
  ] as const)('%s → %s', (_case, who, targetId, target, expected) => {
    expect(mayDisable(who, targetId, target)).toBe(expected);
  });
});
