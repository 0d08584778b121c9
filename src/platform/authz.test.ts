import { describe, expect, it } from 'vitest';
import { type Actor, type Grant, type Permission, type Role, can, centersVisibleTo, permissions, requirePermission, roleScope, roles } from './authz.js';
import { ForbiddenError, UnauthenticatedError } from './errors.js';

/**
 * Who may do what where: every role × permission × tenant. Center A has point A1 and A2; center B
 * has point B1. Each role is held where it lives (center roles in A, the point role in A1).
 */
const A = 'center-a';
const B = 'center-b';
const A1 = 'point-a1';
const A2 = 'point-a2';
const B1 = 'point-b1';

function actorWith(...grants: Grant[]): Actor {
  return { userId: 'u', email: 'u@kapocs.example', familyName: 'Teszt', givenName: 'Elek', emailConfirmed: true, grants };
}

function grantInA(role: Role): Grant {
  const scope = roleScope[role];
  if (scope === 'center') return { role, centerId: A, pointId: null };
  if (scope === 'point') return { role, centerId: A, pointId: A1 };
  return { role, centerId: null, pointId: null };
}

const scopes = {
  none: undefined,
  'center A': { centerId: A },
  'center B': { centerId: B },
  'point A1 of A': { centerId: A, pointId: A1 },
  'point A2 of A': { centerId: A, pointId: A2 },
  'point B1 of B': { centerId: B, pointId: B1 },
} as const;
type ScopeName = keyof typeof scopes;

/** Which of the scopes a role held in A reaches, written out by hand as the rule reads in ADR 003. */
const reach: Record<'national' | 'center' | 'point' | 'none', ScopeName[]> = {
  national: ['none', 'center A', 'center B', 'point A1 of A', 'point A2 of A', 'point B1 of B'],
  center: ['none', 'center A', 'point A1 of A', 'point A2 of A'],
  point: ['none', 'point A1 of A'],
  none: ['none'],
};

describe('can: role × permission × tenant', () => {
  const cases = roles.flatMap((role) =>
    (Object.keys(permissions) as Permission[]).flatMap((permission) =>
      (Object.keys(scopes) as ScopeName[]).map((scope) => ({ role, permission, scope })),
    ),
  );

  it.each(cases)('$role held in A, $permission on $scope', ({ role, permission, scope }) => {
    const listed = (permissions[permission] as readonly Role[]).includes(role);
    const expected = listed && reach[roleScope[role]].includes(scope);
    expect(can(actorWith(grantInA(role)), permission, scopes[scope])).toBe(expected);
  });

  it('nobody logged in can do nothing', () => {
    for (const permission of Object.keys(permissions) as Permission[]) expect(can(null, permission)).toBe(false);
  });

  it('a user without grants can do nothing', () => {
    expect(can(actorWith(), 'admin.enter')).toBe(false);
  });

  it('grants add up: admin of A and coordinator of B', () => {
    const actor = actorWith({ role: 'center_admin', centerId: A, pointId: null }, { role: 'center_coordinator', centerId: B, pointId: null });
    expect(can(actor, 'points.manage', { centerId: A })).toBe(true);
    expect(can(actor, 'points.manage', { centerId: B })).toBe(false);
    expect(can(actor, 'centers.view', { centerId: B })).toBe(true);
  });

  it('only a national admin reads the outbox and manages centers', () => {
    for (const role of roles) {
      const actor = actorWith(grantInA(role));
      expect(can(actor, 'outbox.view'), role).toBe(role === 'national_admin');
      expect(can(actor, 'centers.manage', { centerId: A }), role).toBe(role === 'national_admin');
    }
  });

  it('a tenant check needs the center id: a point id alone does not reach a center role', () => {
    // Services must pass both ids for a point's data, or center staff are refused.
    expect(can(actorWith(grantInA('center_admin')), 'points.view', { pointId: A1 })).toBe(false);
    expect(can(actorWith(grantInA('point_coordinator')), 'points.view', { pointId: A1 })).toBe(true);
  });
});

describe('requirePermission', () => {
  it('returns the actor when allowed', () => {
    const actor = actorWith(grantInA('center_admin'));
    expect(requirePermission(actor, 'users.manage', { centerId: A })).toBe(actor);
  });

  it('throws 401 for nobody and 403 for the wrong tenant', () => {
    expect(() => requirePermission(null, 'admin.enter')).toThrow(UnauthenticatedError);
    expect(() => requirePermission(actorWith(grantInA('center_admin')), 'users.manage', { centerId: B })).toThrow(ForbiddenError);
  });
});

describe('centersVisibleTo', () => {
  it('is everything for a national admin', () => {
    expect(centersVisibleTo(actorWith(grantInA('national_admin')), 'centers.view')).toBe('all');
  });

  it('is the own center for center roles that carry the permission', () => {
    expect(centersVisibleTo(actorWith(grantInA('center_admin')), 'users.manage')).toEqual([A]);
    expect(centersVisibleTo(actorWith(grantInA('center_coordinator')), 'centers.view')).toEqual([A]);
  });

  it('is nothing for roles without the permission, for personal roles and for nobody', () => {
    expect(centersVisibleTo(actorWith(grantInA('center_coordinator')), 'users.manage')).toEqual([]);
    expect(centersVisibleTo(actorWith(grantInA('org_staff')), 'centers.view')).toEqual([]);
    expect(centersVisibleTo(actorWith(grantInA('volunteer')), 'admin.enter')).toEqual([]);
    expect(centersVisibleTo(null, 'centers.view')).toEqual([]);
  });

  it('lists every center once when grants are held in several', () => {
    const actor = actorWith(
      { role: 'center_admin', centerId: A, pointId: null },
      { role: 'center_coordinator', centerId: A, pointId: null },
      { role: 'center_coordinator', centerId: B, pointId: null },
    );
    expect(new Set(centersVisibleTo(actor, 'centers.view') as string[])).toEqual(new Set([A, B]));
    expect((centersVisibleTo(actor, 'centers.view') as string[]).length).toBe(2);
    expect(centersVisibleTo(actor, 'users.manage')).toEqual([A]);
  });
});
