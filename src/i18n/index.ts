import * as accounts from './accounts.js';
import * as admin from './admin.js';
import * as advocacy from './advocacy.js';
import * as alerts from './alerts.js';
import * as annualReport from './annual-report.js';
import * as audit from './audit.js';
import * as benefits from './benefits.js';
import * as centerReports from './center-reports.js';
import * as centers from './centers.js';
import * as certificates from './certificates.js';
import * as checkIn from './check-in.js';
import * as common from './common.js';
import * as contracts from './contracts.js';
import * as corporate from './corporate.js';
import * as dashboard from './dashboard.js';
import * as erasure from './erasure.js';
import * as eventDay from './event-day.js';
import * as exchangeMeetings from './exchange-meetings.js';
import * as guardians from './guardians.js';
import * as hospital from './hospital.js';
import * as hours from './hours.js';
import * as ikszI18n from './iksz.js';
import * as inquiries from './inquiries.js';
import * as knowledge from './knowledge.js';
import * as legalData from './legal-data.js';
import * as matching from './matching.js';
import * as myVolunteering from './my-volunteering.js';
import * as opportunities from './opportunities.js';
import * as organizations from './organizations.js';
import * as outbox from './outbox.js';
import * as placements from './placements.js';
import * as places from './places.js';
import * as points from './points.js';
import * as programs from './programs.js';
import * as readiness from './readiness.js';
import * as register from './register.js';
import * as reports from './reports.js';
import * as retention from './retention.js';
import * as schoolsI18n from './schools.js';
import * as search from './search.js';
import * as trainingAttendance from './training-attendance.js';
import * as trainings from './trainings.js';
import * as trainingsNotices from './trainings-notices.js';
import * as users from './users.js';
import * as volunteerLaw from './volunteer-law.js';
import * as volunteers from './volunteers.js';

/**
 * The message catalog. Each feature keeps its strings in its own file here (`src/i18n/<feature>.ts`,
 * exporting `hu` and `en` with the same keys, `en` typed as `Record<keyof typeof hu, string>`, or
 * `Translation<typeof hu>` once the file has a plural message) and is added to the list below.
 */
const catalogs = [
  common,
  accounts,
  places,
  admin,
  dashboard,
  centers,
  points,
  users,
  audit,
  outbox,
  volunteers,
  organizations,
  opportunities,
  search,
  matching,
  placements,
  alerts,
  volunteerLaw,
  hours,
  certificates,
  reports,
  myVolunteering,
  benefits,
  checkIn,
  contracts,
  register,
  erasure,
  retention,
  legalData,
  guardians,
  knowledge,
  inquiries,
  readiness,
  programs,
  ikszI18n,
  schoolsI18n,
  corporate,
  hospital,
  eventDay,
  exchangeMeetings,
  trainingAttendance,
  trainings,
  trainingsNotices,
  advocacy,
  annualReport,
  centerReports,
] as const;

/**
 * A message about a number of things, chosen by the `count` parameter with `Intl.PluralRules`:
 * English needs `one` ("1 entry") and `other` ("2 entries"); Hungarian says "1 bejegyzés" and
 * "2 bejegyzés" alike, so its counted messages give only `other` (the form every category falls
 * back to), but they take the same path, and a form like "Fogadó szervezet/szervezetek" can still
 * differ by count.
 */
export type PluralMessage = { readonly [Category in Intl.LDMLPluralRule]?: string } & { readonly other: string };
export type Message = string | PluralMessage;

/** Another language's catalog for a Hungarian one: the same keys, plural where Hungarian is plural. */
export type Translation<Hungarian> = { [K in keyof Hungarian]: Hungarian[K] extends string ? string : PluralMessage };

type HuOf<T> = T extends { hu: infer H } ? keyof H : never;
type PluralKeyOf<T> = T extends { hu: infer H } ? { [K in keyof H]: H[K] extends string ? never : K }[keyof H] : never;
export type MessageKey = HuOf<(typeof catalogs)[number]>;
/** The keys whose message is a `PluralMessage`: the translator wants a `count` with them. */
export type PluralKey = PluralKeyOf<(typeof catalogs)[number]>;
export type Locale = 'hu' | 'en';
export const locales: readonly Locale[] = ['hu', 'en'];

export const messages: Record<Locale, Record<string, Message>> = {
  hu: Object.assign({}, ...catalogs.map((c) => c.hu)),
  en: Object.assign({}, ...catalogs.map((c) => c.en)),
};
