import * as accounts from './accounts.js';
import * as admin from './admin.js';
import * as audit from './audit.js';
import * as centers from './centers.js';
import * as common from './common.js';
import * as outbox from './outbox.js';
import * as places from './places.js';
import * as points from './points.js';
import * as users from './users.js';
import * as volunteers from './volunteers.js';
import * as organizations from './organizations.js';
import * as opportunities from './opportunities.js';
import * as search from './search.js';
import * as matching from './matching.js';
import * as placements from './placements.js';
import * as alerts from './alerts.js';
import * as volunteerLaw from './volunteer-law.js';
import * as hours from './hours.js';
import * as benefits from './benefits.js';
import * as reports from './reports.js';
import * as certificates from './certificates.js';
import * as myVolunteering from './my-volunteering.js';
import * as checkIn from './check-in.js';
import * as contracts from './contracts.js';
import * as register from './register.js';
import * as erasure from './erasure.js';
import * as legalData from './legal-data.js';

/**
 * The message catalog. Each feature keeps its strings in its own file here (`src/i18n/<feature>.ts`,
 * exporting `hu` and `en` with the same keys, `en` typed as `Record<keyof typeof hu, string>`)
 * and is added to the list below.
 */
const catalogs = [
  common, accounts, places, admin, centers, points, users, audit, outbox,
  volunteers, organizations, opportunities, search, matching, placements, alerts, volunteerLaw,
  hours, certificates, reports, myVolunteering,
  benefits,
  checkIn,
  contracts,
  register,
  erasure,
  legalData,
] as const;

type HuOf<T> = T extends { hu: infer H } ? keyof H : never;
export type MessageKey = HuOf<(typeof catalogs)[number]>;
export type Locale = 'hu' | 'en';
export const locales: readonly Locale[] = ['hu', 'en'];

export const messages: Record<Locale, Record<string, string>> = {
  hu: Object.assign({}, ...catalogs.map((c) => c.hu)),
  en: Object.assign({}, ...catalogs.map((c) => c.en)),
};
