import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  budapestDay,
  budapestDayStart,
  budapestOffsetMinutes,
  budapestToInstant,
  budapestWallMinutes,
  dayNumber,
  dayOfNumber,
  isCalendarDay,
  mondayOf,
  parseBudapestLocal,
  toBudapestLocal,
  weekdayIndex,
  weekdayIndexOfDayNumber,
} from './budapest-time.js';

const at = (iso: string) => new Date(iso);

/** An independent reading of the Budapest wall clock through Intl, to check the offset arithmetic against. */
const intlParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Budapest',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});
function intlLocal(instant: Date): string {
  const p = Object.fromEntries(intlParts.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** The last Sunday of a month: the clocks change on the last Sunday of March and of October. */
function lastSunday(year: number, month: number): string {
  const last = dayOfNumber(dayNumber(`${year}-${String(month + 1).padStart(2, '0')}-01`) - 1);
  return addDays(last, -((weekdayIndex(last) + 1) % 7));
}

describe('the UTC offset', () => {
  it('is 60 minutes in winter and 120 in summer', () => {
    expect(budapestOffsetMinutes(at('2026-12-02T12:00:00Z'))).toBe(60);
    expect(budapestOffsetMinutes(at('2027-06-02T12:00:00Z'))).toBe(120);
  });

  it('changes at 01:00 UTC on the last Sunday of March and of October', () => {
    expect(budapestOffsetMinutes(at('2027-03-28T00:59:00Z'))).toBe(60);
    expect(budapestOffsetMinutes(at('2027-03-28T01:00:00Z'))).toBe(120);
    expect(budapestOffsetMinutes(at('2026-10-25T00:59:59Z'))).toBe(120);
    expect(budapestOffsetMinutes(at('2026-10-25T01:00:00Z'))).toBe(60);
  });

  it('agrees with Intl at any instant (the per-hour memory gives the same answers)', () => {
    const instant = fc.date({ min: at('1990-01-01T00:00:00Z'), max: at('2100-12-31T23:59:59Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instant, (d) => {
        expect(toBudapestLocal(d)).toBe(intlLocal(d));
        expect(budapestDay(d)).toBe(intlLocal(d).slice(0, 10));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('instant → Budapest wall clock', () => {
  it('reads the datetime-local format and the calendar day', () => {
    expect(toBudapestLocal(at('2026-12-05T08:00:00Z'))).toBe('2026-12-05T09:00');
    expect(toBudapestLocal(at('2026-07-05T08:00:59Z'))).toBe('2026-07-05T10:00');
    expect(budapestWallMinutes(at('1970-01-01T00:00:00Z'))).toBe(60);
  });

  it('starts a day at Budapest midnight, before UTC midnight', () => {
    expect(budapestDay(at('2026-12-05T22:59:59Z'))).toBe('2026-12-05');
    expect(budapestDay(at('2026-12-05T23:00:00Z'))).toBe('2026-12-06');
    expect(budapestDay(at('2026-07-05T21:59:59Z'))).toBe('2026-07-05');
    expect(budapestDay(at('2026-07-05T22:00:00Z'))).toBe('2026-07-06');
  });

  it('crosses the year end and the leap day at Budapest midnight', () => {
    expect(budapestDay(at('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(budapestDay(at('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
    expect(toBudapestLocal(at('2026-12-31T23:30:00Z'))).toBe('2027-01-01T00:30');
    expect(budapestDay(at('2028-02-28T23:00:00Z'))).toBe('2028-02-29');
    expect(budapestDay(at('2028-02-29T23:00:00Z'))).toBe('2028-03-01');
  });

  it('shows the repeated autumn hour twice and skips the spring one', () => {
    expect(toBudapestLocal(at('2026-10-25T00:30:00Z'))).toBe('2026-10-25T02:30'); // CEST
    expect(toBudapestLocal(at('2026-10-25T01:30:00Z'))).toBe('2026-10-25T02:30'); // CET
    expect(toBudapestLocal(at('2026-03-29T00:59:00Z'))).toBe('2026-03-29T01:59');
    expect(toBudapestLocal(at('2026-03-29T01:00:00Z'))).toBe('2026-03-29T03:00');
  });
});

describe('Budapest wall clock → instant', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(budapestToInstant('2026-01-15', '10:00').toISOString()).toBe('2026-01-15T09:00:00.000Z');
    expect(budapestToInstant('2026-07-15', '10:00').toISOString()).toBe('2026-07-15T08:00:00.000Z');
  });

  it('switches on the last Sunday of March and of October', () => {
    // 2026-03-29: 02:00 CET becomes 03:00 CEST.
    expect(budapestToInstant('2026-03-29', '01:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(budapestToInstant('2026-03-29', '03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(budapestToInstant('2026-03-29', '10:00').toISOString()).toBe('2026-03-29T08:00:00.000Z');
    // 2026-10-25: 03:00 CEST becomes 02:00 CET.
    expect(budapestToInstant('2026-10-24', '10:00').toISOString()).toBe('2026-10-24T08:00:00.000Z');
    expect(budapestToInstant('2026-10-25', '03:00').toISOString()).toBe('2026-10-25T02:00:00.000Z');
    expect(budapestToInstant('2026-10-25', '10:00').toISOString()).toBe('2026-10-25T09:00:00.000Z');
  });

  it('takes the earlier instant in the repeated autumn hour and moves a time in the spring gap forward', () => {
    expect(budapestToInstant('2026-10-25', '02:00').toISOString()).toBe('2026-10-25T00:00:00.000Z');
    expect(budapestToInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(toBudapestLocal(budapestToInstant('2026-03-29', '02:00'))).toBe('2026-03-29T03:00');
    expect(toBudapestLocal(budapestToInstant('2026-03-29', '02:30'))).toBe('2026-03-29T03:30');
  });

  it('starts a winter day at 23:00 UTC the day before, a summer day at 22:00', () => {
    expect(budapestDayStart('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(budapestDayStart('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(budapestDayStart('2027-01-01').toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(budapestDayStart('2028-02-29').toISOString()).toBe('2028-02-28T23:00:00.000Z');
  });

  it('starts the days the clocks change at the right midnight', () => {
    expect(budapestDayStart('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(budapestDayStart('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(budapestDayStart('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(budapestDayStart('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('reads and writes the datetime-local format', () => {
    const instant = parseBudapestLocal('2026-12-05T09:00');
    expect(instant?.toISOString()).toBe('2026-12-05T08:00:00.000Z');
    expect(toBudapestLocal(instant as Date)).toBe('2026-12-05T09:00');
    expect(parseBudapestLocal('2028-02-29T23:59')?.toISOString()).toBe('2028-02-29T22:59:00.000Z');
  });

  it('refuses malformed and impossible datetime-local texts', () => {
    for (const bad of [
      '2026-02-30T10:00',
      '2026-12-05 09:00',
      '2026-12-05T24:00',
      '2026-12-05T09:60',
      '2026-12-05T9:00',
      '2026-12-05T09:00:00',
      'holnap',
      '',
    ]) {
      expect(parseBudapestLocal(bad)).toBeUndefined();
    }
  });

  const wallTime = fc.record({
    day: fc.integer({ min: dayNumber('1996-01-01'), max: dayNumber('2100-12-31') }).map(dayOfNumber),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
  });
  const text = (w: { hour: number; minute: number }) => `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
  const inSpringGap = (w: { day: string; hour: number }) => w.hour === 2 && w.day === lastSunday(Number(w.day.slice(0, 4)), 3);

  it('round-trips every wall-clock time outside the spring gap (property)', () => {
    fc.assert(
      fc.property(wallTime, (w) => {
        fc.pre(!inSpringGap(w));
        expect(toBudapestLocal(budapestToInstant(w.day, text(w)))).toBe(`${w.day}T${text(w)}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('moves every time in the spring gap one hour later (property)', () => {
    const gapTime = fc.record({ year: fc.integer({ min: 1996, max: 2100 }), minute: fc.integer({ min: 0, max: 59 }) });
    fc.assert(
      fc.property(gapTime, ({ year, minute }) => {
        const day = lastSunday(year, 3);
        expect(toBudapestLocal(budapestToInstant(day, text({ hour: 2, minute })))).toBe(`${day}T${text({ hour: 3, minute })}`);
      }),
    );
  });

  it('takes the first of two instants that read the same (property: instant → wall clock → instant)', () => {
    const instant = fc
      .integer({ min: Date.parse('1996-01-01T00:00:00Z') / 60_000, max: Date.parse('2100-12-31T00:00:00Z') / 60_000 })
      .map((m) => new Date(m * 60_000));
    fc.assert(
      fc.property(instant, (d) => {
        const local = toBudapestLocal(d);
        const back = budapestToInstant(local.slice(0, 10), local.slice(11));
        // The same instant, or (in the repeated autumn hour, read as CET) the one an hour earlier.
        expect([d.getTime(), d.getTime() - 3_600_000]).toContain(back.getTime());
        if (back.getTime() !== d.getTime()) expect(local.slice(0, 13)).toBe(`${lastSunday(d.getUTCFullYear(), 10)}T02`);
      }),
      { numRuns: 3000 },
    );
  });

  it('starts every day at the first instant of that Budapest day (property)', () => {
    const day = fc.integer({ min: dayNumber('1990-01-01'), max: dayNumber('2100-12-31') }).map(dayOfNumber);
    fc.assert(
      fc.property(day, (d) => {
        const start = budapestDayStart(d).getTime();
        expect(budapestDay(new Date(start))).toBe(d);
        expect(budapestDay(new Date(start - 1))).toBe(addDays(d, -1));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('calendar days', () => {
  it('knows real days from look-alikes', () => {
    expect(isCalendarDay('2026-11-24')).toBe(true);
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-29')).toBe(false);
    expect(isCalendarDay('2026-02-30')).toBe(false);
    expect(isCalendarDay('2026-13-01')).toBe(false);
    expect(isCalendarDay('2026-13-45')).toBe(false);
    expect(isCalendarDay('2026-1-1')).toBe(false);
    expect(isCalendarDay("2026-01-01' or 1=1")).toBe(false);
  });

  it('steps across months, year ends and leap days', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-11-25', 14)).toBe('2026-12-09');
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayOfNumber(-1)).toBe('1969-12-31');
  });

  it('numbers weekdays Monday = 0 … Sunday = 6', () => {
    expect(weekdayIndex('2026-11-23')).toBe(0); // Monday
    expect(weekdayIndex('2026-03-29')).toBe(6); // Sunday
    expect(weekdayIndex('1970-01-01')).toBe(3); // Thursday
    expect(weekdayIndexOfDayNumber(-1)).toBe(2); // Wednesday 1969-12-31
    expect(weekdayIndex('2028-02-29')).toBe(1); // Tuesday
  });

  it('finds the Monday of the week, also across a month and a year end', () => {
    expect(mondayOf('2026-11-25')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2027-01-03')).toBe('2026-12-28');
    expect(mondayOf('2028-03-01')).toBe('2028-02-28');
  });

  it('agrees with JavaScript’s own calendar (property)', () => {
    const day = fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2200-12-31') });
    fc.assert(
      fc.property(day, fc.integer({ min: -1000, max: 1000 }), (n, k) => {
        const d = dayOfNumber(n);
        expect(isCalendarDay(d)).toBe(true);
        expect(dayNumber(d)).toBe(n);
        expect(addDays(d, k)).toBe(new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)) + k)).toISOString().slice(0, 10));
        expect(weekdayIndex(d)).toBe((new Date(`${d}T12:00:00Z`).getUTCDay() + 6) % 7);
        const monday = mondayOf(d);
        expect(weekdayIndex(monday)).toBe(0);
        expect(dayNumber(d) - dayNumber(monday)).toBe(weekdayIndex(d));
      }),
      { numRuns: 2000 },
    );
  });
});
