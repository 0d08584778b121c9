import { hungarianCollator } from '../../platform/i18n.js';
import { economicValue, type HourValueUsed } from '../statistics/economic-value.js';
import type { LegalAmountRow } from '../volunteer-law/legal-amounts.js';

/**
 * A company's impact for a period, from the approved (Köt.) hour entries of its team members'
 * applications while they were members. Pure, so the rules are tested without a database:
 * - the economic value is the reports' method (statistics/economic-value.ts: the hour value in force
 *   on each entry's day, HUNGARY.md §1.7); IKSZ hours never reach here (they are not hour entries);
 * - names only of the members who consented (names_consent_at); the rest are only counted.
 */
export type ImpactEntry = {
  entryId: string;
  activityDay: string;
  minutes: number;
  volunteerId: string;
  organizationName: string;
  causes: string[];
};

export type NamedPerson = { volunteerId: string; familyName: string; givenName: string };

export type ImpactFigures = {
  participants: number;
  minutes: number;
  valueFt: number | null;
  hourValues: HourValueUsed[];
  minutesWithoutValue: number;
  causes: { slug: string; minutes: number; participants: number }[];
  organizations: { name: string; minutes: number; participants: number }[];
  /** Participants who consented to being named, in Hungarian order by family name. */
  named: (NamedPerson & { minutes: number })[];
  /** Participants who did not consent: only counted. */
  unnamed: number;
};

type Tally = { minutes: number; people: Set<string> };

function tally<K>(map: Map<K, Tally>, key: K, entry: ImpactEntry): void {
  const row = map.get(key) ?? { minutes: 0, people: new Set<string>() };
  row.minutes += entry.minutes;
  row.people.add(entry.volunteerId);
  map.set(key, row);
}

const byMinutesThen = (a: { minutes: number; label: string }, b: { minutes: number; label: string }) =>
  b.minutes - a.minutes || hungarianCollator.compare(a.label, b.label);

export function impactFigures(entries: readonly ImpactEntry[], consented: readonly NamedPerson[], wageTable: readonly LegalAmountRow[]): ImpactFigures {
  const seen = new Set<string>();
  const unique = entries.filter((e) => !seen.has(e.entryId) && seen.add(e.entryId));
  const people = new Map<string, number>();
  const causes = new Map<string, Tally>();
  const organizations = new Map<string, Tally>();
  for (const e of unique) {
    people.set(e.volunteerId, (people.get(e.volunteerId) ?? 0) + e.minutes);
    tally(organizations, e.organizationName, e);
    for (const cause of new Set(e.causes)) tally(causes, cause, e);
  }
  const value = economicValue(
    unique.map((e) => ({ periodStart: e.activityDay, minutes: e.minutes })),
    wageTable,
  );
  const consentedIds = new Map(consented.map((p) => [p.volunteerId, p]));
  const named = [...people.entries()]
    .flatMap(([id, minutes]) => {
      const person = consentedIds.get(id);
      return person ? [{ ...person, minutes }] : [];
    })
    .sort((a, b) => hungarianCollator.compare(a.familyName, b.familyName) || hungarianCollator.compare(a.givenName, b.givenName));
  return {
    participants: people.size,
    minutes: unique.reduce((sum, e) => sum + e.minutes, 0),
    valueFt: value.valueFt,
    hourValues: value.hourValues,
    minutesWithoutValue: value.minutesWithoutValue,
    causes: [...causes.entries()]
      .map(([slug, t]) => ({ slug, minutes: t.minutes, participants: t.people.size, label: slug }))
      .sort(byMinutesThen)
      .map(({ label: _label, ...rest }) => rest),
    organizations: [...organizations.entries()]
      .map(([name, t]) => ({ name, minutes: t.minutes, participants: t.people.size, label: name }))
      .sort(byMinutesThen)
      .map(({ label: _label, ...rest }) => rest),
    named,
    unnamed: people.size - named.length,
  };
}
