import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { opportunityArb, propertyNow, shiftArb, volunteerArb } from './matching-arbitraries.js';
import { testNow, testOpportunity, testShift, testVolunteer } from './matching-fixtures.js';
import { roundedKm, scorePair, scoreUpperBound } from './score.js';
import type { MatchOpportunity, MatchVolunteer } from './types.js';
import { matchingWeights } from './weights.js';

const score = (v: Partial<MatchVolunteer> = {}, o: Partial<MatchOpportunity> = {}) => scorePair(testVolunteer(v), testOpportunity(o), testShift(), testNow);

describe('score (stage 2)', () => {
  it('keeps every weight positive and every score within 0–100', () => {
    for (const w of Object.values(matchingWeights)) expect(w).toBeGreaterThan(0);
    const low = score({ groupPreference: 'group', availability: ['sun-evening', 'wed-morning'] }, { lat: 47.5, lon: 19.04, publishedAt: null });
    const high = score(
      { causes: ['kornyezetvedelem'], skills: ['elsosegely'], languages: ['en'], groupPreference: 'group', availability: ['wed-morning'] },
      { causes: ['kornyezetvedelem'], skills: ['elsosegely'], languages: ['en'], groupFriendly: true, remote: true, publishedAt: testNow },
    );
    expect(low.score).toBeGreaterThanOrEqual(0);
    expect(high.score).toBeLessThanOrEqual(100);
    expect(high.score).toBeGreaterThan(90);
    expect(high.score).toBeGreaterThan(low.score);
  });

  it('ranks shared causes above shared skills above nothing in common', () => {
    const causes = score({ causes: ['szocialis'] }, { causes: ['szocialis'], skills: ['fozes'] });
    const skills = score({ skills: ['fozes'] }, { causes: ['szocialis'], skills: ['fozes'] });
    const nothing = score({}, { causes: ['szocialis'], skills: ['fozes'] });
    expect(causes.score).toBeGreaterThan(skills.score);
    expect(skills.score).toBeGreaterThan(nothing.score);
  });

  it('names what is shared: causes, skills and languages in one reason', () => {
    const { reasons } = score({ causes: ['kornyezetvedelem', 'sport'], languages: ['en', 'de'] }, { causes: ['kornyezetvedelem'], languages: ['en'] });
    expect(reasons).toContainEqual({
      code: 'shared',
      terms: [
        { kind: 'cause', value: 'kornyezetvedelem' },
        { kind: 'language', value: 'en' },
      ],
    });
  });

  it('decays with distance and says how far', () => {
    const near = score({}, { lat: 46.9162 });
    const far = score({}, { lat: 47.0862 });
    expect(near.score).toBeGreaterThan(far.score);
    expect(near.reasons).toContainEqual({ code: 'distance', params: { km: 1.1 } });
    expect(far.reasons).toContainEqual({ code: 'distance', params: { km: 20 } });
    expect(near.components.distance).toBeGreaterThan(0.9);
    expect(far.components.distance).toBeCloseTo(0.25, 1);
  });

  it('treats remote work as near, with its own reason', () => {
    const remote = score({}, { remote: true, lat: null, lon: null });
    expect(remote.components.distance).toBe(1);
    expect(remote.distanceKm).toBeNull();
    expect(remote.reasons).toContainEqual({ code: 'remote' });
  });

  it('scores availability by the share of the shift the volunteer is free for', () => {
    const free = score({ availability: ['wed-morning'] });
    const flexible = score({ availability: [] });
    expect(free.components.availability).toBe(1);
    expect(flexible.components.availability).toBe(0.5);
    expect(free.reasons).toContainEqual({ code: 'available', terms: [{ kind: 'slot', value: 'wed-morning' }] });
    expect(flexible.reasons).toContainEqual({ code: 'flexible' });
    const half = scorePair(
      testVolunteer({ availability: ['wed-morning'] }),
      testOpportunity(),
      testShift({ startsAt: new Date('2026-12-02T10:00:00Z'), endsAt: new Date('2026-12-02T13:00:00Z') }),
      testNow,
    );
    expect(half.components.availability).toBe(0.5);
  });

  it.each([
    ['group', true, 1, 'group_friendly'],
    ['group', false, 0, undefined],
    ['individual', false, 1, 'individual_fit'],
    ['individual', true, 0.5, undefined],
    ['any', true, 0.5, undefined],
  ] as const)('group preference %s × group-friendly %s → %d', (preference, groupFriendly, value, reason) => {
    const result = score({ groupPreference: preference }, { groupFriendly });
    expect(result.components.group).toBe(value);
    const codes = result.reasons.map((r) => r.code);
    if (reason) expect(codes).toContain(reason);
    else expect(codes.filter((c) => c === 'group_friendly' || c === 'individual_fit')).toEqual([]);
  });

  it('prefers freshly published opportunities', () => {
    const fresh = score({}, { publishedAt: new Date('2026-11-24T12:00:00Z') });
    const old = score({}, { publishedAt: new Date('2026-09-01T12:00:00Z') });
    expect(fresh.score).toBeGreaterThan(old.score);
    expect(fresh.reasons).toContainEqual({ code: 'fresh' });
    expect(old.reasons.map((r) => r.code)).not.toContain('fresh');
  });

  it('rounds distances the way people say them', () => {
    expect(roundedKm(0.44)).toBe(0.4);
    expect(roundedKm(3.04)).toBe(3);
    expect(roundedKm(12.6)).toBe(13);
  });
});

describe('scoreUpperBound (best-first.ts reads the best bounds first)', () => {
  it('is never below the score, whatever the shift and the languages', () => {
    fc.assert(
      fc.property(volunteerArb([]), opportunityArb('00000000-0000-4000-8000-000000000001'), fc.option(shiftArb), (volunteer, opportunity, shift) => {
        expect(scoreUpperBound(volunteer, opportunity, propertyNow)).toBeGreaterThanOrEqual(scorePair(volunteer, opportunity, shift, propertyNow).score);
      }),
      { numRuns: 2000, seed: 20261206 },
    );
  });

  it('is the score itself when the shift fits entirely and every language is shared', () => {
    const volunteer = testVolunteer({ availability: ['wed-morning'], languages: ['en'] });
    const opportunity = testOpportunity({ languages: ['en'] });
    const shift = testShift({ startsAt: new Date('2026-11-25T08:00:00Z'), endsAt: new Date('2026-11-25T10:00:00Z') });
    expect(scoreUpperBound(volunteer, opportunity, testNow)).toBe(scorePair(volunteer, opportunity, shift, testNow).score);
  });
});
