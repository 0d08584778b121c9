import type { Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { requireForOrganization } from '../organizations/service.js';
import { legalAmountsOn } from '../volunteer-law/legal-amounts.js';
import { loadMinimumWageTable } from '../volunteer-law/legal-data-service.js';
import { outdatedAmountYear, type YearFigures, yearFigures } from './aggregate.js';
import { findApprovedMinutes, findReportOrganization, findYearsWithApprovedHours, type ReportOrganization } from './repo.js';

export type OrganizationYearReport = YearFigures & {
  organization: ReportOrganization;
  year: number;
  /** Years with approved hours plus the current year, newest first (the year selector). */
  years: number[];
  /** Set when the year's minimum wage is not configured yet: the year of the amount used instead. */
  outdatedAmountYear: number | null;
};

/**
 * Who may read an organization's reports: whoever sees its internals (organizationActions.view: its
 * members, and the center staff who view organizations in its tenant); others get 403 or 404 (ADR 003).
 */
export async function organizationForReports(db: Queryable, actor: Actor | null, organizationId: string): Promise<ReportOrganization> {
  await requireForOrganization(db, actor, 'view', organizationId);
  const organization = await findReportOrganization(db, organizationId);
  if (!organization) throw new NotFoundError('organization');
  return organization;
}

export function currentBudapestYear(now: Date = new Date()): number {
  return Number(budapestDay(now).slice(0, 4));
}

/** The years the selector offers: those with approved hours, and the current year. */
export async function reportYears(db: Queryable, organizationId: string, currentYear: number): Promise<number[]> {
  const years = new Set(await findYearsWithApprovedHours(db, organizationId));
  years.add(currentYear);
  return [...years].sort((a, b) => b - a);
}

/** One organization's year in figures, from its APPROVED hours only (authorization first). */
export async function organizationYearReport(
  db: Queryable,
  actor: Actor | null,
  organizationId: string,
  year: number,
  currentYear: number = currentBudapestYear(),
): Promise<OrganizationYearReport> {
  const organization = await organizationForReports(db, actor, organizationId);
  const rows = await findApprovedMinutes(db, organization.id, year);
  const minimumWages = await loadMinimumWageTable(db);
  const amountsOn = (day: string) => legalAmountsOn(day, minimumWages);
  return {
    ...yearFigures(rows, amountsOn),
    organization,
    year,
    years: await reportYears(db, organization.id, currentYear),
    outdatedAmountYear: outdatedAmountYear(year, amountsOn),
  };
}
