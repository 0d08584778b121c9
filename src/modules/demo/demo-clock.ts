/** Dates for the demo data, relative to the moment of seeding so shifts are always upcoming. */
const dayMs = 86_400_000;

/** An instant `days` after `now`'s calendar day at `hour`:`minute` Budapest time (UTC+1/UTC+2). */
export function budapestTime(now: Date, days: number, hour: number, minute = 0): Date {
  const day = new Date(now.getTime() + days * dayMs);
  const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Budapest', year: 'numeric', month: '2-digit', day: '2-digit' }).format(day);
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  // Budapest is UTC+1 in winter, UTC+2 in summer: try both and keep the one that reads hour:minute there.
  for (const offset of [1, 2]) {
    const candidate = new Date(Date.UTC(y, m - 1, d, hour - offset, minute));
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Budapest', hour: '2-digit', hourCycle: 'h23' }).format(candidate);
    if (Number(local) === hour) return candidate;
  }
  return new Date(Date.UTC(y, m - 1, d, hour - 1, minute));
}

export function daysAgo(now: Date, days: number): Date {
  return new Date(now.getTime() - days * dayMs);
}

/** Day of week in Budapest, 1 = Monday … 7 = Sunday (the opportunities' weekly pattern numbering). */
export function budapestWeekday(instant: Date): number {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Budapest', weekday: 'short' }).format(instant);
  return ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(name) + 1;
}
