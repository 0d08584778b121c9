import type { Actor, Grant, Scope } from './authz.js';

/** The people and places of the authorization tests: center A has points A1 and A2; center B has point B1. */
export const A = 'center-a';
export const B = 'center-b';
export const A1 = 'point-a1';
export const A2 = 'point-a2';
export const B1 = 'point-b1';

export function actorWith(userId: string, ...grants: Grant[]): Actor {
  return { userId, email: `${userId}@kapocs.example`, familyName: 'Teszt', givenName: userId, emailConfirmed: true, grants };
}

export const people = {
  'national admin': actorWith('national', { role: 'national_admin', centerId: null, pointId: null }),
  'admin of center A': actorWith('admin-a', { role: 'center_admin', centerId: A, pointId: null }),
  'admin of center B': actorWith('admin-b', { role: 'center_admin', centerId: B, pointId: null }),
  'coordinator of center A': actorWith('coord-a', { role: 'center_coordinator', centerId: A, pointId: null }),
  'coordinator of center B': actorWith('coord-b', { role: 'center_coordinator', centerId: B, pointId: null }),
  'coordinator of point A1': actorWith('point-a1', { role: 'point_coordinator', centerId: A, pointId: A1 }),
  'coordinator of point A2': actorWith('point-a2', { role: 'point_coordinator', centerId: A, pointId: A2 }),
  'coordinator of point B1': actorWith('point-b1', { role: 'point_coordinator', centerId: B, pointId: B1 }),
  'organization staff in A': actorWith('org-staff', { role: 'org_staff', centerId: A, pointId: null }),
  'school coordinator in A': actorWith('school', { role: 'school_coordinator', centerId: A, pointId: null }),
  'company coordinator in A': actorWith('company', { role: 'company_coordinator', centerId: A, pointId: null }),
  guardian: actorWith('guardian', { role: 'guardian', centerId: null, pointId: null }),
  volunteer: actorWith('volunteer', { role: 'volunteer', centerId: null, pointId: null }),
  'second volunteer': actorWith('volunteer-2', { role: 'volunteer', centerId: null, pointId: null }),
} as const;
export type Who = keyof typeof people;

export const places: Record<string, Scope | undefined> = {
  anywhere: undefined,
  'center A': { centerId: A },
  'center B': { centerId: B },
  'point A1': { centerId: A, pointId: A1 },
  'point A2': { centerId: A, pointId: A2 },
  'point B1': { centerId: B, pointId: B1 },
};
