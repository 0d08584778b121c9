import type { Queryable } from '../../db/database.js';
import { type Actor, centersVisibleTo, requirePermission } from '../../platform/authz.js';
import type { Locale } from '../../platform/i18n.js';
import { FieldValidationError } from '../../platform/validation.js';
import { listCounties, listDistricts, type Place, placeLabel, requirePlace } from '../places/service.js';
import { approvedHoursBy, approvedHourTotals, approvedMinutesByPeriod, volunteersByAgeGroup } from '../statistics/approved-hours-repo.js';
import { economicValue } from '../statistics/economic-value.js';
import { type FigureScope, type PlaceScope, yearRange } from '../statistics/scope.js';
import { loadMinimumWageTable } from '../volunteer-law/legal-data-service.js';
import { type ShownEvidence, shownEvidence } from './evidence-figures.js';
import { type CauseName, findCauseNames } from './evidence-repo.js';
import type { EvidenceQuery } from './evidence-schema.js';

/**
 * The advocacy evidence pack (issue 15): approved hours, volunteers, host organizations and their
 * economic value in a settlement, district or county for a year, against the year before. Figures
 * come from the statistics layer (approved hours only, ADR 024); a center's staff count their
 * center's records, national admins every center's.
 */
export type EvidenceArea = { kind: 'settlement'; place: Place } | { kind: 'district'; district: string; county: string } | { kind: 'county'; county: string };
/** `causes`: every cause's names (the form's list), to name the pack's cause rows without reading them again. */
export type EvidenceRequest = { area: EvidenceArea; cause: CauseName | null; year: number; causes: CauseName[] };
export type DistrictChoice = { district: string; county: string };
export type EvidenceChoices = { counties: string[]; districts: DistrictChoice[]; causes: CauseName[] };
export type EvidencePack = ShownEvidence & { request: EvidenceRequest; madeOn: string };

/** The form's lists: counties and districts in Hungarian order, causes as the managed list orders them. */
export async function evidenceChoices(db: Queryable, actor: Actor | null): Promise<EvidenceChoices> {
  requirePermission(actor, 'advocacy.manage');
  const [counties, districts, causes] = await Promise.all([listCounties(db), listDistricts(db), findCauseNames(db)]);
  return { counties, districts, causes };
}

/** The district select's value: unique even where two counties had a district of the same name. */
export const districtValue = (d: DistrictChoice) => `${d.district} (${d.county})`;

/** The query's area and cause checked against the lists; a FieldValidationError names the field otherwise. */
export async function evidenceRequestOf(db: Queryable, query: EvidenceQuery, choices: EvidenceChoices, year: number): Promise<EvidenceRequest> {
  let area: EvidenceArea | undefined;
  if (query.area === 'settlement') area = { kind: 'settlement', place: await requirePlace(db, 'place', query.place ?? '') };
  if (query.area === 'district') {
    const found = choices.districts.find((d) => districtValue(d) === query.district);
    if (!found) throw new FieldValidationError({ district: { key: 'validation.choice' } });
    area = { kind: 'district', ...found };
  }
  if (query.area === 'county') {
    const county = choices.counties.find((c) => c === query.county);
    if (!county) throw new FieldValidationError({ county: { key: 'validation.choice' } });
    area = { kind: 'county', county };
  }
  const cause = query.cause ? choices.causes.find((c) => c.slug === query.cause) : null;
  if (cause === undefined) throw new FieldValidationError({ cause: { key: 'validation.choice' } });
  return { area: area as EvidenceArea, cause, year, causes: choices.causes };
}

function placeScopeOf(area: EvidenceArea): PlaceScope {
  if (area.kind === 'settlement') return { kind: 'settlement', placeId: area.place.id };
  return area;
}

/** The area as the pack names it: "Kecskemét (Bács-Kiskun)", "Kecskeméti járás (Bács-Kiskun)", "Bács-Kiskun". */
export function areaName(area: EvidenceArea): string {
  if (area.kind === 'settlement') return placeLabel(area.place);
  if (area.kind === 'district') return `${area.district} (${area.county})`;
  return area.county;
}

export async function evidencePack(db: Queryable, actor: Actor | null, request: EvidenceRequest, locale: Locale, madeOn: string): Promise<EvidencePack> {
  requirePermission(actor, 'advocacy.manage');
  const base = { centerIds: centersVisibleTo(actor, 'advocacy.manage'), place: placeScopeOf(request.area), cause: request.cause?.slug ?? null };
  const scope: FigureScope = { ...base, ...yearRange(request.year) };
  const previousScope: FigureScope = { ...base, ...yearRange(request.year - 1) };
  const [current, previous, periods, previousPeriods, ages, causeHours, months, wages] = await Promise.all([
    approvedHourTotals(db, scope),
    approvedHourTotals(db, previousScope),
    approvedMinutesByPeriod(db, scope),
    approvedMinutesByPeriod(db, previousScope),
    volunteersByAgeGroup(db, scope, `${request.year}-12-31`),
    approvedHoursBy(db, scope, 'cause'),
    approvedHoursBy(db, scope, 'month'),
    loadMinimumWageTable(db),
  ]);
  const nameOf = (slug: string) => {
    const cause = request.causes.find((c) => c.slug === slug);
    return cause ? (locale === 'hu' ? cause.nameHu : cause.nameEn) : slug;
  };
  const shown = shownEvidence({
    year: request.year,
    current,
    previous,
    currentValue: economicValue(periods, wages),
    previousValue: economicValue(previousPeriods, wages),
    ageGroups: ages,
    causes: causeHours.map((c) => ({ ...c, name: nameOf(c.key) })),
    months,
  });
  return { ...shown, request, madeOn };
}
