import { requiredMinutes } from './rules.js';

/**
 * Progress toward the 50 hours (Nkt. 6. § (4)), counted from accepted occasions only; certified and
 * logged ones are shown apart (they may still be rejected). 133. § (4) spreads the service over
 * grades 9–11, so a student is "behind" when their accepted hours are under a third of 50 per year
 * of the grades 9–11 they have reached.
 */
export type YearProgress = { schoolYear: string; accepted: number; certified: number; logged: number; rejected: number };
export type Progress = { years: YearProgress[]; accepted: number; certified: number; logged: number; missing: number; complete: boolean };

export function progressOf(rows: readonly { schoolYear: string; status: string; minutes: number }[]): Progress {
  const byYear = new Map<string, YearProgress>();
  for (const r of rows) {
    const year = byYear.get(r.schoolYear) ?? { schoolYear: r.schoolYear, accepted: 0, certified: 0, logged: 0, rejected: 0 };
    if (r.status === 'accepted' || r.status === 'certified' || r.status === 'logged' || r.status === 'rejected') year[r.status] += Number(r.minutes);
    byYear.set(r.schoolYear, year);
  }
  const years = [...byYear.values()].sort((a, b) => a.schoolYear.localeCompare(b.schoolYear));
  const sum = (k: 'accepted' | 'certified' | 'logged') => years.reduce((s, y) => s + y[k], 0);
  const accepted = sum('accepted');
  return {
    years,
    accepted,
    certified: sum('certified'),
    logged: sum('logged'),
    missing: Math.max(0, requiredMinutes - accepted),
    complete: accepted >= requiredMinutes,
  };
}

/** The minutes expected by the end of the student's grade (9: 17 h, 10: 34 h, 11 and up: 50 h); one school year: 17 h. */
export function targetMinutes(grade: number | null): number {
  const perYear = Math.ceil(requiredMinutes / 3 / 60) * 60;
  if (grade == null) return perYear;
  return Math.min(requiredMinutes, perYear * Math.max(1, grade - 8));
}
