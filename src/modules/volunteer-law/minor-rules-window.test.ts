import { describe, expect, it } from 'vitest';
import { durationParts } from '../../platform/i18n.js';
import { minorRulesWindow } from './minor-rules-window.js';

describe('minorRulesWindow (Köt. 5. §: the week for the caps, the days around for the 14 hours of rest)', () => {
  it('is the Monday–Sunday week of a mid-week day', () => {
    expect(minorRulesWindow('2026-11-18')).toEqual({ from: '2026-11-16', to: '2026-11-22' });
  });
  it('reaches back to the Sunday before when the day is a Monday (rest between days)', () => {
    expect(minorRulesWindow('2026-11-16')).toEqual({ from: '2026-11-15', to: '2026-11-22' });
  });
  it('reaches to the Monday after when the day is a Sunday', () => {
    expect(minorRulesWindow('2026-11-22')).toEqual({ from: '2026-11-16', to: '2026-11-23' });
  });
  it('crosses a year boundary', () => {
    expect(minorRulesWindow('2027-01-01')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
  });
});

describe('durationParts', () => {
  it('splits minutes into hours and minutes', () => {
    expect(durationParts(150)).toEqual({ hours: 2, minutes: 30 });
    expect(durationParts(45)).toEqual({ hours: 0, minutes: 45 });
    expect(durationParts(1440)).toEqual({ hours: 24, minutes: 0 });
  });
});
