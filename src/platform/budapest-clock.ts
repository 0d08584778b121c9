/**
 * The Budapest wall clock by offset arithmetic: Hungary is UTC+1 (CET) or UTC+2 (CEST), whole hours,
 * changing twice a year, so the offset is formatted once per UTC hour and remembered. Matching, the
 * minors' rules and age checks ask it for every candidate and shift; formatting each instant with
 * its time zone costs microseconds.
 */
const minuteMs = 60_000;
const hourMs = 3_600_000;
const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Budapest',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});
const offsetByHour = new Map<number, number>();
const maxRememberedHours = 50_000;

/** Minutes Budapest is ahead of UTC at the instant (60 in winter, 120 in summer). */
export function budapestOffsetMinutes(instant: Date): number {
  const hour = Math.floor(instant.getTime() / hourMs);
  const known = offsetByHour.get(hour);
  if (known !== undefined) return known;
  const p = Object.fromEntries(offsetFormat.formatToParts(instant).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  const offset = Math.round((asUtc - Math.floor(instant.getTime() / minuteMs) * minuteMs) / minuteMs);
  if (offsetByHour.size >= maxRememberedHours) offsetByHour.clear();
  offsetByHour.set(hour, offset);
  return offset;
}

/** Minutes since 1970-01-01 00:00 on the Budapest wall clock. */
export function budapestWallMinutes(instant: Date): number {
  return Math.floor(instant.getTime() / minuteMs) + budapestOffsetMinutes(instant);
}

/** The Budapest calendar day of an instant, "2026-11-25". */
export function budapestCalendarDay(instant: Date): string {
  return new Date(Math.floor(budapestWallMinutes(instant) / 1440) * 86_400_000).toISOString().slice(0, 10);
}
