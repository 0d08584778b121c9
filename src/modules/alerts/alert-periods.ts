/**
 * Digest periods in Budapest time: a daily digest goes out at most once per calendar day, a
 * weekly one at most once per ISO week (Monday to Sunday). A volunteer is due when their last
 * digest was sent before the start of the current period.
 */
export type AlertFrequency = 'daily' | 'weekly';
export const alertFrequencies = ['none', 'daily', 'weekly'] as const;

const budapestParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Budapest',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function partsOf(instant: Date): { y: number; m: number; d: number; h: number; min: number } {
  const p = Object.fromEntries(budapestParts.formatToParts(instant).map((x) => [x.type, x.value]));
  return { y: Number(p.year), m: Number(p.month), d: Number(p.day), h: Number(p.hour), min: Number(p.minute) };
}

/** The instant of 00:00 Budapest time on the given calendar day (UTC+1 in winter, UTC+2 in summer). */
function budapestMidnight(y: number, m: number, d: number): Date {
  const utcMidnight = Date.UTC(y, m - 1, d);
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(utcMidnight - offsetHours * 3_600_000);
    const p = partsOf(candidate);
    if (p.d === new Date(utcMidnight).getUTCDate() && p.h === 0 && p.min === 0) return candidate;
  }
  throw new Error(`no Budapest midnight for ${y}-${m}-${d}`);
}

export function periodStart(frequency: AlertFrequency, now: Date): Date {
  const { y, m, d } = partsOf(now);
  if (frequency === 'daily') return budapestMidnight(y, m, d);
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday = 0
  const monday = new Date(Date.UTC(y, m - 1, d - weekday));
  return budapestMidnight(monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate());
}

/** How far back the very first digest looks, when nothing was sent before. */
export function firstDigestLookback(frequency: AlertFrequency): number {
  return (frequency === 'daily' ? 1 : 7) * 86_400_000;
}
