import { distanceKm } from '../matching/distance.js';
import { type MinorActivity, minorTimeViolations } from '../volunteer-law/minor-time-limits.js';
import { type SchoolCalendar, schoolDayKind } from '../volunteer-law/school-calendar.js';
import { ikszAreaSection, isIkszArea } from './areas.js';

/**
 * The rules of one IKSZ occasion (a line of the student's log, HUNGARY.md §2), as pure functions:
 * `checkOccasion` is the one check every path runs (the student logs, the school logs preparation or
 * closing, any later correction). The caller loads the facts (occasion-facts.ts); nothing here reads
 * the database. Each rule names its section; messages are i18n keys `iksz.rule.<code>`.
 */

export const ikszDecree = '20/2012. (VIII. 31.) EMMI rendelet';
export const sections = {
  hour: `${ikszDecree} 133. § (6)`,
  perOccasion: `${ikszDecree} 133. § (7)`,
  preparation: `${ikszDecree} 133. § (5)`,
  areas: ikszAreaSection,
  distance: 'HUNGARY.md §2.2 (30 km)',
  agreement: 'HUNGARY.md §2.2 (együttműködési megállapodás)',
  schoolCaps: 'HUNGARY.md §2.1 (az iskola saját korlátai)',
  minors: 'Köt. 5. §',
  enrolment: `${ikszDecree} 133. § (1)`,
} as const;

/** 50 hours before the érettségi (Nkt. 6. § (4)); the school years of 133. § (4) spread them over grades 9–11. */
export const requiredMinutes = 50 * 60;

/**
 * 133. § (7): per occasion at least 1 and at most 3 hours on a school day, at least 1 and at most 5
 * on other days. 133. § (5): at most 5 hours of preparation and 5 of closing per student.
 * HUNGARY.md §2.2: the place within 30 km of the school or the student's home.
 */
export const ikszLimits = {
  minOccasionMinutes: 60,
  maxSchoolDayMinutes: 3 * 60,
  maxOtherDayMinutes: 5 * 60,
  maxPreparationMinutes: 5 * 60,
  maxClosingMinutes: 5 * 60,
  maxDistanceKm: 30,
} as const;

export type OccasionKind = 'service' | 'preparation' | 'closing';
export type CapMode = 'warn' | 'refuse';
export type SchoolCap = { kind: 'at_school' | 'per_host'; maxHours: number; mode: CapMode };
export type LatLon = { lat: number; lon: number };

export type RuleCode =
  | 'not_enrolled'
  | 'school_only'
  | 'too_short'
  | 'too_long_school_day'
  | 'too_long_other_day'
  | 'preparation_cap'
  | 'closing_cap'
  | 'host_required'
  | 'no_agreement'
  | 'area_invalid'
  | 'area_not_of_opportunity'
  | 'opportunity_not_eligible'
  | 'distance_reason_required'
  | 'distance_far'
  | 'cap_at_school'
  | 'cap_per_host'
  | `minor.${string}`;

/** A broken rule: which form field it belongs to, its code (i18n `iksz.rule.<code>` or `law.minor.<rule>`), the section, parameters. */
export type RuleIssue = { code: RuleCode; field: string; section: string; params: Record<string, string | number> };

/** Everything the check needs, loaded by the caller. `others`: the student's other IKSZ occasions that count (not rejected), this one left out. */
export type OccasionFacts = {
  kind: OccasionKind;
  /** Who logs: the student (or a guardian) or the school's coordinator. */
  loggedBy: 'student' | 'school';
  day: string;
  startsAt: Date;
  endsAt: Date;
  area: string;
  calendar: SchoolCalendar;
  birthDate: string | null;
  others: (MinorActivity & { kind: OccasionKind; organizationId: string | null })[];
  enrolled: boolean;
  /** The host organization (null only for preparation and closing) and whether it is the school itself. */
  organizationId: string | null;
  hostIsSchool: boolean;
  /** A cooperation agreement between the school and the host, valid on the day. */
  hasAgreement: boolean;
  /** The chosen opportunity, when one was chosen. */
  opportunity: { organizationId: string; ikszEligible: boolean; areas: readonly string[] } | null;
  place: LatLon | null;
  school: LatLon;
  home: LatLon | null;
  distanceReason: string | null;
  caps: readonly SchoolCap[];
};

export type OccasionCheck = {
  minutes: number;
  /** Refused: the occasion is not saved. */
  refusals: RuleIssue[];
  /** Saved, but shown (and kept: the distance reason, a cap in warn mode). */
  warnings: RuleIssue[];
};

const hoursText = (minutes: number) => String(Number((minutes / 60).toFixed(2))).replace('.', ',');

/** 133. § (6): an hour is 60 minutes; travel does not count, so an occasion is the activity's start to its end only. */
export function occasionMinutes(startsAt: Date, endsAt: Date): number {
  return Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000);
}

/** 133. § (7): the longest occasion on the day: 3 h on a school day, 5 h on other days (school calendar; unknown years: every weekday a school day). */
export function maxOccasionMinutes(day: string, calendar: SchoolCalendar): number {
  return schoolDayKind(day, calendar) === 'school_day' ? ikszLimits.maxSchoolDayMinutes : ikszLimits.maxOtherDayMinutes;
}

/** HUNGARY.md §2.2: farther than 30 km from both the school and the student's home (an unknown home is not "near"). */
export function isFarPlace(place: LatLon | null, school: LatLon, home: LatLon | null): { far: boolean; km: number | null } {
  if (!place) return { far: false, km: null };
  const fromSchool = distanceKm(place.lat, place.lon, school.lat, school.lon);
  const fromHome = home ? distanceKm(place.lat, place.lon, home.lat, home.lon) : Number.POSITIVE_INFINITY;
  const km = Math.min(fromSchool, fromHome);
  return { far: km > ikszLimits.maxDistanceKm, km: Math.round(km) };
}

const issue = (code: RuleCode, field: string, section: string, params: Record<string, string | number> = {}): RuleIssue => ({ code, field, section, params });

function durationIssues(f: OccasionFacts, minutes: number): RuleIssue[] {
  // 133. § (7) is about the service itself; preparation and closing sessions are counted by 133. § (5).
  if (f.kind !== 'service') return [];
  // 133. § (7): at least 1 hour per occasion …
  if (minutes < ikszLimits.minOccasionMinutes) return [issue('too_short', 'end', sections.perOccasion, { hours: hoursText(minutes) })];
  // … and at most 3 on a school day, 5 on other days.
  const max = maxOccasionMinutes(f.day, f.calendar);
  if (minutes > max) {
    const code = max === ikszLimits.maxSchoolDayMinutes ? 'too_long_school_day' : 'too_long_other_day';
    return [issue(code, 'end', sections.perOccasion, { limit: hoursText(max), hours: hoursText(minutes) })];
  }
  return [];
}

/** 133. § (5): preparation and closing, each at most 5 hours per student, logged by the school only. */
function preparationIssues(f: OccasionFacts, minutes: number): RuleIssue[] {
  if (f.kind === 'service') return [];
  if (f.loggedBy !== 'school') return [issue('school_only', 'kind', sections.preparation)];
  const before = f.others.filter((o) => o.kind === f.kind).reduce((sum, o) => sum + o.minutes, 0);
  const max = f.kind === 'preparation' ? ikszLimits.maxPreparationMinutes : ikszLimits.maxClosingMinutes;
  if (before + minutes > max) {
    return [
      issue(f.kind === 'preparation' ? 'preparation_cap' : 'closing_cap', 'end', sections.preparation, {
        limit: hoursText(max),
        hours: hoursText(before + minutes),
      }),
    ];
  }
  return [];
}

/** HUNGARY.md §2.2: a host needs a cooperation agreement with the student's school valid on the day, unless it is the school itself. */
function hostIssues(f: OccasionFacts): RuleIssue[] {
  if (f.kind !== 'service') return [];
  if (!f.organizationId) return [issue('host_required', 'organizationId', sections.agreement)];
  if (!f.hostIsSchool && !f.hasAgreement) return [issue('no_agreement', 'organizationId', sections.agreement)];
  return [];
}

/** 133. § (2): one of the areas a–h; with an opportunity chosen, one of its IKSZ areas (and the opportunity must be the host's and IKSZ-eligible). */
function areaIssues(f: OccasionFacts): RuleIssue[] {
  if (!isIkszArea(f.area)) return [issue('area_invalid', 'area', sections.areas)];
  const o = f.opportunity;
  if (!o) return [];
  if (!o.ikszEligible || o.organizationId !== f.organizationId) return [issue('opportunity_not_eligible', 'opportunityId', sections.areas)];
  if (!o.areas.includes(f.area)) return [issue('area_not_of_opportunity', 'area', sections.areas, { areas: o.areas.join(', ') })];
  return [];
}

/** The school's own caps (HUNGARY.md §2.1): hours at the school itself, hours at any one host; 'refuse' refuses, 'warn' warns. */
function capIssues(f: OccasionFacts, minutes: number): { refusals: RuleIssue[]; warnings: RuleIssue[] } {
  const refusals: RuleIssue[] = [];
  const warnings: RuleIssue[] = [];
  if (f.kind !== 'service' || !f.organizationId) return { refusals, warnings };
  for (const cap of f.caps) {
    if (cap.kind === 'at_school' && !f.hostIsSchool) continue;
    const sameHost = f.others.filter((o) => o.kind === 'service' && o.organizationId === f.organizationId);
    const total = sameHost.reduce((sum, o) => sum + o.minutes, 0) + minutes;
    if (total <= cap.maxHours * 60) continue;
    const found = issue(cap.kind === 'at_school' ? 'cap_at_school' : 'cap_per_host', 'organizationId', sections.schoolCaps, {
      limit: cap.maxHours,
      hours: hoursText(total),
    });
    (cap.mode === 'refuse' ? refusals : warnings).push(found);
  }
  return { refusals, warnings };
}

/** Köt. 5. § over the student's IKSZ occasions (HUNGARY.md §2.2: schools apply it to IKSZ), the stricter reading, never overridden. */
function minorIssues(f: OccasionFacts, minutes: number): RuleIssue[] {
  if (!f.birthDate) return [];
  const activity: MinorActivity = { day: f.day, minutes, startsAt: f.startsAt, endsAt: f.endsAt };
  const others = f.others.map(({ day, minutes: m, startsAt, endsAt }) => ({ day, minutes: m, startsAt, endsAt }));
  return minorTimeViolations({ birthDate: f.birthDate, activity, others }, f.calendar).map((v) =>
    issue(`minor.${v.code}`, v.code === 'minor_night' || v.code === 'minor_rest' ? 'start' : 'end', v.section, v.params),
  );
}

/** The distance rule (HUNGARY.md §2.2): a far place needs a recorded reason; with one it is a warning kept on the occasion. */
function distanceIssues(f: OccasionFacts): { refusals: RuleIssue[]; warnings: RuleIssue[] } {
  const { far, km } = isFarPlace(f.place, f.school, f.home);
  if (!far) return { refusals: [], warnings: [] };
  const params = { km: km ?? 0, limit: ikszLimits.maxDistanceKm };
  if (!f.distanceReason) return { refusals: [issue('distance_reason_required', 'distanceReason', sections.distance, params)], warnings: [] };
  return { refusals: [], warnings: [issue('distance_far', 'distanceReason', sections.distance, params)] };
}

/** Every rule of one occasion: what refuses it and what is only a warning. */
export function checkOccasion(f: OccasionFacts): OccasionCheck {
  const minutes = occasionMinutes(f.startsAt, f.endsAt);
  if (!f.enrolled) return { minutes, refusals: [issue('not_enrolled', '_form', sections.enrolment)], warnings: [] };
  const caps = capIssues(f, minutes);
  const distance = distanceIssues(f);
  const refusals = [
    ...preparationIssues(f, minutes),
    ...durationIssues(f, minutes),
    ...hostIssues(f),
    ...areaIssues(f),
    ...minorIssues(f, minutes),
    ...caps.refusals,
    ...distance.refusals,
  ];
  return { minutes, refusals, warnings: [...caps.warnings, ...distance.warnings] };
}
