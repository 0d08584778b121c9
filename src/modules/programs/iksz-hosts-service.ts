import type { Queryable } from '../../db/database.js';
import { maxExportRows } from '../../platform/export.js';
import { hungarianCollator } from '../../platform/i18n.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import {
  countIkszHosts,
  findCounties,
  findIkszHosts,
  findSchoolChoices,
  findSchoolPlace,
  type IkszHostFilter,
  type IkszHostRow,
  type SchoolChoice,
} from './iksz-hosts-repo.js';
import type { IkszHostFilterInput, IkszHostSort } from './schema.js';

/**
 * The public county list of IKSZ-eligible opportunities and their hosts, as county IKSZ offices publish
 * it (issue 16): filterable by county, by area of 133. § (2) and by distance from a school.
 * HUNGARY.md §2.2: a place within 30 km of the school (or home) is the rule, so 30 km is the default radius.
 */
export const defaultRadiusKm = 30;

export type { IkszHostRow, SchoolChoice };

export type IkszHostQuery = { filter: IkszHostFilter; school: SchoolChoice | undefined; km: number };

export async function ikszHostQueryOf(db: Queryable, input: IkszHostFilterInput): Promise<IkszHostQuery> {
  const school = input.school ? await findSchoolPlace(db, input.school) : undefined;
  const km = input.km ?? defaultRadiusKm;
  return {
    filter: { county: input.county || undefined, area: input.area, from: school ? { lat: school.lat, lon: school.lon, km } : undefined },
    school,
    km,
  };
}

/** Without a school there is no distance to sort by: the list falls back to the host's name. */
export function effectiveSort(params: ListParams<IkszHostSort>, q: IkszHostQuery): IkszHostSort {
  return params.sort === 'distance' && !q.school ? 'organization' : params.sort;
}

export async function listIkszHosts(db: Queryable, q: IkszHostQuery, params: ListParams<IkszHostSort>): Promise<Page<IkszHostRow>> {
  const order = { sort: effectiveSort(params, q), dir: params.dir };
  const [items, total] = await Promise.all([
    findIkszHosts(db, q.filter, order, { limit: params.pageSize, offset: offsetOf(params) }),
    countIkszHosts(db, q.filter),
  ]);
  return pageOf(items, total, params);
}

export function exportIkszHosts(db: Queryable, q: IkszHostQuery, params: ListParams<IkszHostSort>): Promise<IkszHostRow[]> {
  return findIkszHosts(db, q.filter, { sort: effectiveSort(params, q), dir: params.dir }, { limit: maxExportRows, offset: 0 });
}

export async function ikszHostChoices(db: Queryable, county: string | undefined): Promise<{ counties: string[]; schools: SchoolChoice[] }> {
  const [counties, schools] = await Promise.all([findCounties(db), findSchoolChoices(db, county)]);
  return { counties: counties.sort(hungarianCollator.compare), schools };
}
