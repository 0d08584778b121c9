import { describe, expect, it } from 'vitest';
import type { Actor, Grant } from '../../platform/authz.js';
import { ForbiddenError } from '../../platform/errors.js';
import {
  mayEditCourse,
  mayReadCourse,
  mayRegisterInCenter,
  mayRegisterVolunteer,
  type RegistrationFacts,
  registrationSidesOf,
  requireCourseEditor,
} from './policy.js';

const A = 'center-a';
const B = 'center-b';
const actor = (userId: string, ...grants: Grant[]): Actor => ({ userId, email: '', familyName: '', givenName: '', emailConfirmed: true, grants });
const national = actor('national', { role: 'national_admin', centerId: null, pointId: null });
const coordinatorA = actor('coord-a', { role: 'center_coordinator', centerId: A, pointId: null });
const pointA1 = actor('point-a1', { role: 'point_coordinator', centerId: A, pointId: 'a1' });
const orgStaff = actor('org', { role: 'org_staff', centerId: A, pointId: null });

describe('courses', () => {
  it('a national course is written by national admins only; a center course by its center', () => {
    expect(requireCourseEditor(national, null)).toBe(national);
    expect(() => requireCourseEditor(coordinatorA, null)).toThrow(ForbiddenError);
    expect(mayEditCourse(coordinatorA, A)).toBe(true);
    expect(mayEditCourse(coordinatorA, B)).toBe(false);
    expect(mayReadCourse(coordinatorA, null)).toBe(true);
    expect(mayReadCourse(coordinatorA, B)).toBe(false);
    expect(mayReadCourse(pointA1, A)).toBe(false);
  });
});

describe('registering others', () => {
  it("the session center's staff and its points' coordinators, not another center's", () => {
    expect(mayRegisterInCenter(coordinatorA, A)).toBe(true);
    expect(mayRegisterInCenter(pointA1, A)).toBe(true);
    expect(mayRegisterInCenter(pointA1, B)).toBe(false);
    expect(mayRegisterInCenter(orgStaff, A)).toBe(false);
    expect(mayRegisterVolunteer(pointA1, { centerId: A, pointId: 'a1' })).toBe(true);
    expect(mayRegisterVolunteer(pointA1, { centerId: A, pointId: 'a2' })).toBe(false);
    expect(mayRegisterVolunteer(coordinatorA, { centerId: null, pointId: null })).toBe(false);
    expect(mayRegisterVolunteer(national, { centerId: null, pointId: null })).toBe(true);
  });
});

describe('the sides of a registration', () => {
  const facts: RegistrationFacts = {
    sessionCenterId: A,
    participantUserId: 'vol',
    volunteerPointId: 'a2',
    actorIsOrganizationMember: false,
    registeredBy: null,
  };
  it('the person, the organization that registered them, and the staff in reach', () => {
    expect(registrationSidesOf(actor('vol'), facts)).toEqual(['participant']);
    expect(registrationSidesOf(orgStaff, { ...facts, actorIsOrganizationMember: true })).toEqual(['organization']);
    expect(registrationSidesOf(coordinatorA, facts)).toEqual(['staff']);
    // A point's coordinator: their point's volunteers and those they registered themselves.
    expect(registrationSidesOf(pointA1, facts)).toEqual([]);
    expect(registrationSidesOf(pointA1, { ...facts, volunteerPointId: 'a1' })).toEqual(['staff']);
    expect(registrationSidesOf(pointA1, { ...facts, registeredBy: 'point-a1' })).toEqual(['staff']);
    expect(registrationSidesOf(actor('coord-b', { role: 'center_coordinator', centerId: B, pointId: null }), facts)).toEqual([]);
    expect(registrationSidesOf(null, facts)).toEqual([]);
  });
});
