import { describe, expect, it } from 'vitest';
import { coursesForGaps, gapsOf, isReadinessDue } from './gaps.js';

const allYes = { coordinator: 'yes', induction: 'yes', insurance: 'yes', contract: 'yes', register: 'yes', supervision: 'yes', recognition: 'yes' } as const;

describe('gapsOf', () => {
  it('has no gap when every area is in place', () => {
    expect(gapsOf(allYes)).toEqual([]);
  });

  it('counts "partly" and "no" as gaps, in the order of the form', () => {
    expect(gapsOf({ ...allYes, recognition: 'no', insurance: 'partly', coordinator: 'no' })).toEqual(['coordinator', 'insurance', 'recognition']);
  });

  it('counts an area without an answer (or with an unknown one) as a gap', () => {
    const { supervision: _s, ...withoutSupervision } = allYes;
    expect(gapsOf(withoutSupervision)).toEqual(['supervision']);
    expect(gapsOf({ ...allYes, register: 'maybe' })).toEqual(['register']);
  });
});

describe('coursesForGaps', () => {
  const firstAid = { slug: 'elsosegely', readinessAreas: [] };
  const coordinators = { slug: 'koordinator-kepzes', readinessAreas: ['coordinator', 'supervision'] };
  const law = { slug: 'onkentes-jog', readinessAreas: ['contract', 'register', 'insurance'] };
  const courses = [firstAid, coordinators, law];

  it('recommends, for each gap, the courses whose areas contain it', () => {
    expect(coursesForGaps(['coordinator', 'register', 'supervision'], courses)).toEqual([
      { area: 'coordinator', courses: [coordinators] },
      { area: 'register', courses: [law] },
      { area: 'supervision', courses: [coordinators] },
    ]);
  });

  it('keeps a gap no course remedies, with an empty list (the page says so)', () => {
    expect(coursesForGaps(['recognition'], courses)).toEqual([{ area: 'recognition', courses: [] }]);
  });

  it('recommends nothing without gaps', () => {
    expect(coursesForGaps([], courses)).toEqual([]);
  });
});

describe('isReadinessDue', () => {
  const now = new Date('2026-11-24T10:00:00Z');

  it('is due when the organization never filled it in', () => {
    expect(isReadinessDue(null, now)).toBe(true);
  });

  it('is not due within a year, and due from the same day a year later (Budapest calendar)', () => {
    expect(isReadinessDue(new Date('2026-01-10T10:00:00Z'), now)).toBe(false);
    expect(isReadinessDue(new Date('2025-11-25T10:00:00Z'), now)).toBe(false);
    expect(isReadinessDue(new Date('2025-11-24T10:00:00Z'), now)).toBe(true);
    // 23:30 UTC on 23 November is already 24 November in Budapest.
    expect(isReadinessDue(new Date('2025-11-23T23:30:00Z'), now)).toBe(true);
    expect(isReadinessDue(new Date('2024-05-01T10:00:00Z'), now)).toBe(true);
  });
});
