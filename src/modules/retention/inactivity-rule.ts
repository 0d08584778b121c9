/**
 * When an inactive person is warned and when they are anonymised (GDPR Art. 5 (1) e), storage
 * limitation: personal data is kept no longer than needed). Pure functions, unit-tested.
 *
 * The clock: `lastActiveAt` is the person's last login or activity (see repo.ts for what counts).
 * The deadline is that moment plus the configured years (INACTIVE_ACCOUNT_YEARS, calendar years).
 * - First warning: from 60 days before the deadline. Second warning: from 14 days before it.
 * - The date promised in a mail is never brought forward: a first warning sent late (the job was
 *   off, or the feature was switched on for people long inactive) moves the deadline to 60 days
 *   after it, a second warning sent late moves it to 14 days after that one. So the two warnings are
 *   always at least 46 days apart, and nobody is anonymised less than 14 days after the second.
 * - Activity after a warning restarts the clock: warnings sent before `lastActiveAt` are void.
 * - A person without an e-mail address (a walk-in registered by staff without one) cannot be
 *   warned: they are anonymised at the deadline itself.
 */

/** The first warning goes this many days before the anonymisation. */
export const firstWarningDaysBefore = 60;
/** The second (last) warning goes this many days before the anonymisation. */
export const secondWarningDaysBefore = 14;

export type InactivityStep = 'none' | 'warn1' | 'warn2' | 'anonymise';

export type InactivityFacts = {
  lastActiveAt: Date;
  firstWarnedAt: Date | null;
  secondWarnedAt: Date | null;
  /** Whether there is an e-mail address to warn. */
  reachable: boolean;
};

const dayMs = 24 * 3600_000;
const daysAfter = (date: Date, days: number) => new Date(date.getTime() + days * dayMs);
const latest = (...dates: Date[]) => new Date(Math.max(...dates.map((d) => d.getTime())));

/** The moment `years` calendar years after the last activity (29 February + 1 year = 1 March). */
export function inactivityDeadline(lastActiveAt: Date, years: number): Date {
  const d = new Date(lastActiveAt);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d;
}

/** The warnings that still count: those sent after the last activity. */
function validWarnings(f: InactivityFacts): { first: Date | null; second: Date | null } {
  const first = f.firstWarnedAt && f.firstWarnedAt >= f.lastActiveAt ? f.firstWarnedAt : null;
  const second = first && f.secondWarnedAt && f.secondWarnedAt >= first ? f.secondWarnedAt : null;
  return { first, second };
}

/** Whether a warning is on record that the latest activity did not void. */
export function isWarned(f: InactivityFacts): boolean {
  return validWarnings(f).first != null;
}

/** The earliest moment the person may be anonymised, given the warnings sent so far. */
export function anonymisationDate(f: InactivityFacts, years: number): Date {
  const deadline = inactivityDeadline(f.lastActiveAt, years);
  if (!f.reachable) return deadline;
  const { first, second } = validWarnings(f);
  const dates = [deadline];
  if (first) dates.push(daysAfter(first, firstWarningDaysBefore));
  if (second) dates.push(daysAfter(second, secondWarningDaysBefore));
  return latest(...dates);
}

/** What the job does for the person at `now`. */
export function inactivityStep(f: InactivityFacts, years: number, now: Date): InactivityStep {
  const due = anonymisationDate(f, years);
  if (!f.reachable) return now >= due ? 'anonymise' : 'none';
  const { first, second } = validWarnings(f);
  if (!first) return now >= daysAfter(due, -firstWarningDaysBefore) ? 'warn1' : 'none';
  if (!second) return now >= daysAfter(due, -secondWarningDaysBefore) ? 'warn2' : 'none';
  return now >= due ? 'anonymise' : 'none';
}

/** The facts after the step was taken at `now` (a warning recorded; a first warning voids an old second). */
export function afterStep(f: InactivityFacts, step: InactivityStep, now: Date): InactivityFacts {
  if (step === 'warn1') return { ...f, firstWarnedAt: now, secondWarnedAt: null };
  if (step === 'warn2') return { ...f, secondWarnedAt: now };
  return f;
}
