import type { Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/authz.js';
import { loadMinimumWageTable } from '../volunteer-law/legal-data-service.js';
import { activeCauses } from '../volunteers/service.js';
import { requireCompany } from './facts.js';
import { impactFigures } from './impact.js';
import { findConsentedMembers, findImpactEntries } from './repo.js';

/**
 * The company's impact report for a period (its coordinators and the center's program staff). It
 * counts only the company's own members, on days they were members. Stories are not part of it:
 * Kapocs has no stories yet (issue 17).
 */
export async function getImpact(db: Queryable, actor: Actor | null, companyId: string, period: { from: string; to: string }) {
  const company = await requireCompany(db, actor, 'view', companyId);
  const [entries, consented, wageTable, causes] = await Promise.all([
    findImpactEntries(db, companyId, period.from, period.to),
    findConsentedMembers(db, companyId),
    loadMinimumWageTable(db),
    activeCauses(db),
  ]);
  const causeNames = new Map(causes.map((c) => [c.slug, c]));
  return { company, period, figures: impactFigures(entries, consented, wageTable), causeNames };
}
export type Impact = Awaited<ReturnType<typeof getImpact>>;
