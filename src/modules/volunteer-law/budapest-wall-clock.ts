/**
 * Budapest wall-clock minutes for the time rules of minors (Köt. 5. §). Offset arithmetic instead of
 * formatting every instant: matching asks this for every candidate shift, and the offset changes
 * only twice a year, so it is formatted once per UTC hour and remembered.
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
function budapestOffsetMinutes(instant: Date): number {
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

/** "2026-11-25" → days since 1970-01-01 (UTC calendar arithmetic on a plain date). */
export function dayNumber(day: string): number {
  return Math.floor(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000);
}

/** Days since 1970-01-01 → "2026-11-25". */
export function dayOfNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayIndex(day: string): number {
  return (((dayNumber(day) + 3) % 7) + 7) % 7;
}

/** The Monday of the Monday–Sunday week the day belongs to. */
export function mondayOf(day: string): string {
  return dayOfNumber(dayNumber(day) - weekdayIndex(day));
}
