/**
 * Shift times are typed and shown as Budapest wall-clock time ("2026-03-29T10:00") and stored as
 * instants. Hungary changes between CET (+01:00) and CEST (+02:00), so the offset depends on the day.
 */
const zone = 'Europe/Budapest';

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: zone,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  weekday: 'short',
});

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; weekday: number };

const weekdayNumber: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The Budapest wall clock at an instant; weekday 1 = Monday … 7 = Sunday (ISO). */
export function budapestWallClock(instant: Date): WallClock {
  const p: Record<string, string> = {};
  for (const part of partsFormat.formatToParts(instant)) p[part.type] = part.value;
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour),
    minute: Number(p.minute),
    weekday: weekdayNumber[p.weekday as string] ?? 0,
  };
}

/** Minutes Budapest is ahead of UTC at the instant (60 in winter, 120 in summer). */
function offsetMinutesAt(instantMs: number): number {
  const w = budapestWallClock(new Date(instantMs));
  const wallAsUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return Math.round((wallAsUtc - Math.floor(instantMs / 60_000) * 60_000) / 60_000);
}

/** "2026-03-29" + "10:00" (Budapest) → the instant. */
export function budapestToInstant(day: string, time: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wallAsUtc = Date.UTC(y, m - 1, d, hh, mm);
  // Try the offset valid just before and just after: the one that reproduces the wall clock wins.
  // In the autumn hour that occurs twice the earlier (summer-time) instant is taken; a time in the
  // spring gap (02:00–02:59 on the last Sunday of March) does not exist and moves one hour later.
  const candidates = [offsetMinutesAt(wallAsUtc - 3 * 3_600_000), offsetMinutesAt(wallAsUtc + 3 * 3_600_000)]
    .map((offset) => wallAsUtc - offset * 60_000)
    .sort((a, b) => a - b);
  for (const instant of candidates) {
    const w = budapestWallClock(new Date(instant));
    if (w.year === y && w.month === m && w.day === d && w.hour === hh && w.minute === mm) return new Date(instant);
  }
  return new Date(wallAsUtc - offsetMinutesAt(wallAsUtc - 3 * 3_600_000) * 60_000);
}

/** "2026-03-29T10:00" (the datetime-local input's format) → the instant, or undefined if malformed. */
export function parseBudapestLocal(text: string): Date | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(text);
  if (!match) return undefined;
  const [, day, time] = match as unknown as [string, string, string];
  const probe = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(probe.getTime()) || !probe.toISOString().startsWith(day)) return undefined;
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  if (hh > 23 || mm > 59) return undefined;
  return budapestToInstant(day, time);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant as the datetime-local input's text in Budapest time, e.g. "2026-03-29T10:00". */
export function toBudapestLocal(instant: Date): string {
  const w = budapestWallClock(instant);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The Budapest calendar day of an instant, "2026-03-29". */
export function budapestDayOf(instant: Date): string {
  return toBudapestLocal(instant).slice(0, 10);
}

/** Calendar arithmetic on "YYYY-MM-DD" (no time zone involved). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** ISO weekday of a calendar day: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: string): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}
