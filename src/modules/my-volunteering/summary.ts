/** Pure sums for the "My volunteering" page: minutes by status per placement, benefits per type per year. */

export const hourStatuses = ['submitted', 'approved', 'rejected'] as const;
export type HourStatus = (typeof hourStatuses)[number];
export type MinutesByStatus = Record<HourStatus, number>;

const zero = (): MinutesByStatus => ({ submitted: 0, approved: 0, rejected: 0 });

/** Sums minutes by status for each placement and in total. Unknown statuses are ignored. */
export function hoursByStatus(entries: { applicationId: string; status: string; minutes: number }[]) {
  const perPlacement = new Map<string, MinutesByStatus>();
  const total = zero();
  for (const e of entries) {
    if (!(hourStatuses as readonly string[]).includes(e.status)) continue;
    const status = e.status as HourStatus;
    const sums = perPlacement.get(e.applicationId) ?? zero();
    sums[status] += e.minutes;
    perPlacement.set(e.applicationId, sums);
    total[status] += e.minutes;
  }
  return { perPlacement, total };
}

export type BenefitSum = { year: number; type: string; amountHuf: number; count: number };

/** Forint sums per calendar year and type (newest year first, types in the given order). */
export function benefitSums(rows: { type: string; givenOn: string; amountHuf: number }[], typeOrder: readonly string[]): BenefitSum[] {
  const sums = new Map<string, BenefitSum>();
  for (const r of rows) {
    const year = Number(r.givenOn.slice(0, 4));
    const key = `${year}:${r.type}`;
    const sum = sums.get(key) ?? { year, type: r.type, amountHuf: 0, count: 0 };
    sum.amountHuf += r.amountHuf;
    sum.count += 1;
    sums.set(key, sum);
  }
  return [...sums.values()].sort((a, b) => b.year - a.year || typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type));
}
