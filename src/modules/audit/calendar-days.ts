/** Calendar days of the filter form ("2026-11-24") as instants in Hungarian time. */
const day = /^\d{4}-\d{2}-\d{2}$/;

export function isRealDay(text: string): boolean {
  if (!day.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** Midnight of a calendar day in Budapest, as an instant (DST-aware). */
export function budapestDayStart(dayText: string): Date {
  const [y, m, d] = dayText.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: 'Europe/Budapest', hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
    })
      .formatToParts(new Date(guess))
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  const localAsUtc = Date.UTC(parts.year as number, (parts.month as number) - 1, parts.day as number, parts.hour as number, parts.minute as number);
  return new Date(guess - (localAsUtc - guess));
}

/** The day after, for an inclusive "to" date. */
export function nextDay(dayText: string): string {
  const date = new Date(`${dayText}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
