import { describe, expect, it } from 'vitest';
import { placementSpan } from './placement-span.js';

const now = new Date('2026-12-06T10:00:00Z');
const createdAt = new Date('2026-03-01T10:00:00Z');
const at = (iso: string) => new Date(iso);

describe('placementSpan', () => {
  it('runs from the day it was accepted to today while open', () => {
    const events = [
      { toStatus: 'applied', at: at('2026-03-01T10:00:00Z') },
      { toStatus: 'accepted', at: at('2026-03-04T23:30:00Z') }, // 00:30 on the 5th in Budapest
    ];
    expect(placementSpan({ status: 'active', createdAt, events, workedDays: [] }, now)).toEqual({ from: '2026-03-05', to: '2026-12-06' });
  });

  it('ends on the day it was completed, or a later day worked on it', () => {
    const events = [
      { toStatus: 'accepted', at: at('2026-03-05T10:00:00Z') },
      { toStatus: 'completed', at: at('2026-06-30T10:00:00Z') },
    ];
    expect(placementSpan({ status: 'completed', createdAt, events, workedDays: [] }, now)).toEqual({ from: '2026-03-05', to: '2026-06-30' });
    expect(placementSpan({ status: 'completed', createdAt, events, workedDays: ['2026-07-02', '2026-03-01'] }, now)).toEqual({
      from: '2026-03-01',
      to: '2026-07-02',
    });
  });

  it('starts on the day of the application when there is no timeline', () => {
    expect(placementSpan({ status: 'accepted', createdAt, events: [], workedDays: [] }, now)).toEqual({ from: '2026-03-01', to: '2026-12-06' });
  });
});
