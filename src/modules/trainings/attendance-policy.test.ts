import { describe, expect, it } from 'vitest';
import type { Actor, Grant } from '../../platform/authz.js';
import { attendanceRightsOf } from './attendance-policy.js';

const actor = (userId: string, grants: Grant[]): Actor => ({ userId, email: '', familyName: '', givenName: '', emailConfirmed: true, grants });
const session = { centerId: 'center-a', trainerUserId: 'trainer' };

describe('who runs a session’s attendance', () => {
  it.each([
    ['national admin', actor('n', [{ role: 'national_admin', centerId: null, pointId: null }]), { attendance: true, completion: true }],
    ['admin of the center', actor('a', [{ role: 'center_admin', centerId: 'center-a', pointId: null }]), { attendance: true, completion: true }],
    ['coordinator of the center', actor('c', [{ role: 'center_coordinator', centerId: 'center-a', pointId: null }]), { attendance: true, completion: true }],
    ['admin of another center', actor('b', [{ role: 'center_admin', centerId: 'center-b', pointId: null }]), { attendance: false, completion: false }],
    [
      'coordinator of a point of the center',
      actor('p', [{ role: 'point_coordinator', centerId: 'center-a', pointId: 'p1' }]),
      { attendance: false, completion: false },
    ],
    ['the trainer (any account)', actor('trainer', [{ role: 'volunteer', centerId: null, pointId: null }]), { attendance: true, completion: false }],
    ['organization staff', actor('o', [{ role: 'org_staff', centerId: 'center-a', pointId: null }]), { attendance: false, completion: false }],
    ['nobody', null, { attendance: false, completion: false }],
  ] as const)('%s', (_name, who, rights) => {
    expect(attendanceRightsOf(who, session)).toEqual(rights);
  });

  it('a session without a trainer account has no trainer', () => {
    expect(attendanceRightsOf(actor('trainer', []), { centerId: 'center-a', trainerUserId: null })).toEqual({ attendance: false, completion: false });
  });
});
