import { describe, expect, it } from 'vitest';
import { offerHoldEnd, type SeatHolder, waitlistTopPositions, whoMovesToWaitlist } from './offer-rules.js';

const at = (iso: string) => new Date(iso);

describe('offer hold', () => {
  const now = at('2026-12-06T10:00:00Z');
  it('holds the seat for 24 hours', () => {
    expect(offerHoldEnd(now, at('2026-12-10T09:00:00Z'))).toEqual(at('2026-12-07T10:00:00Z'));
  });
  it('but never past the shift start', () => {
    expect(offerHoldEnd(now, at('2026-12-06T18:00:00Z'))).toEqual(at('2026-12-06T18:00:00Z'));
  });
  it('takes another hold length', () => {
    expect(offerHoldEnd(now, at('2026-12-10T09:00:00Z'), 2)).toEqual(at('2026-12-06T12:00:00Z'));
  });
});

describe('who moves to the waitlist when the capacity drops', () => {
  const holders: SeatHolder[] = [
    { id: 'a', status: 'accepted', seatSince: at('2026-12-01T10:00:00Z') },
    { id: 'b', status: 'accepted', seatSince: at('2026-12-03T10:00:00Z') },
    { id: 'c', status: 'active', seatSince: at('2026-12-05T10:00:00Z') },
    { id: 'd', status: 'accepted', seatSince: at('2026-12-02T10:00:00Z') },
    { id: 'e', status: 'offered', seatSince: at('2026-11-30T10:00:00Z') },
  ];
  it('moves pending offers first, then the last-accepted in reverse order', () => {
    expect(whoMovesToWaitlist(holders, 3).map((h) => h.id)).toEqual(['e', 'b', 'd']);
  });
  it('never moves a checked-in volunteer, so it may find fewer than asked', () => {
    expect(whoMovesToWaitlist(holders, 5).map((h) => h.id)).toEqual(['e', 'b', 'd', 'a']);
  });
  it('moves nobody when the seats still fit', () => {
    expect(whoMovesToWaitlist(holders, 0)).toEqual([]);
  });
  it('puts them at the top of the waitlist, in the order they got their seats', () => {
    const top = at('2026-12-04T00:00:00Z');
    const moved = whoMovesToWaitlist(holders, 2);
    const positions = waitlistTopPositions(moved, top);
    // b got its seat after e's offer, so e waits first; both before the current top.
    expect(positions.get('e')!.getTime()).toBeLessThan(positions.get('b')!.getTime());
    expect(positions.get('b')!.getTime()).toBeLessThan(top.getTime());
  });
});
