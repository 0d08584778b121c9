import type { Config } from '../../config.js';
import type { Queryable } from '../../db/database.js';
import { type Actor, centersVisibleTo, requirePermission } from '../../platform/authz.js';
import { maxExportRows } from '../../platform/export.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { finalStatuses } from '../placements/service.js';
import { decide, mayBeDueCutoff, projectedAnonymisation, type SkipReason } from './decision.js';
import { isWarned } from './inactivity-rule.js';
import { dueSubjects, type SubjectKind } from './repo.js';

/**
 * The admins' dry run of the inactive-account job: who the next run would warn or anonymise, who
 * was warned and waits, and who is skipped (and why), with the date of the anonymisation. It reads
 * only: the same rule (decision.ts) as the job, applied to the same facts at `now`.
 */
export const previewCategories = ['warn1', 'warn2', 'anonymise', 'waiting', 'skipped'] as const;
export type PreviewCategory = (typeof previewCategories)[number];
export type PreviewSort = 'name' | 'anonymiseAt';

export type PreviewRow = {
  kind: SubjectKind;
  id: string;
  hasLogin: boolean;
  reachable: boolean;
  familyName: string;
  givenName: string;
  centerName: string | null;
  lastActiveAt: Date;
  firstWarnedAt: Date | null;
  secondWarnedAt: Date | null;
  category: PreviewCategory;
  skip: SkipReason | null;
  anonymiseAt: Date;
};

export type RetentionPreview = { off: true } | { off: false; years: number; page: Page<PreviewRow>; counts: Record<PreviewCategory, number> };

type PreviewConfig = Pick<Config, 'inactiveAccountYears'>;
const closedStatuses = [...finalStatuses];

/** Everyone in the actor's reach the job would act on or has warned, filtered and sorted (Hungarian name order from SQL). */
async function classified(db: Queryable, actor: Actor | null, config: PreviewConfig, now: Date) {
  const a = requirePermission(actor, 'retention.view');
  const years = config.inactiveAccountYears;
  if (!years) return null;
  const subjects = await dueSubjects(db, centersVisibleTo(a, 'retention.view'), mayBeDueCutoff(now, years), closedStatuses);
  const rows: PreviewRow[] = [];
  for (const s of subjects) {
    const d = decide(s, years, now);
    const warned = isWarned(d.facts);
    if (d.step === 'none' && !warned) continue;
    const category: PreviewCategory = d.skip ? 'skipped' : d.step === 'none' ? 'waiting' : d.step;
    rows.push({
      kind: s.kind,
      id: s.id,
      hasLogin: d.hasLogin,
      reachable: d.facts.reachable,
      familyName: s.family_name,
      givenName: s.given_name,
      centerName: s.center_name,
      lastActiveAt: d.facts.lastActiveAt,
      firstWarnedAt: warned ? d.facts.firstWarnedAt : null,
      secondWarnedAt: warned ? d.facts.secondWarnedAt : null,
      category,
      skip: d.skip,
      anonymiseAt: projectedAnonymisation(d, years, now),
    });
  }
  return { years, rows };
}

function sorted(rows: PreviewRow[], params: ListParams<PreviewSort>, category: PreviewCategory | undefined): PreviewRow[] {
  const chosen = category ? rows.filter((r) => r.category === category) : [...rows];
  const sign = params.dir === 'desc' ? -1 : 1;
  if (params.sort === 'anonymiseAt') return chosen.sort((x, y) => sign * (x.anonymiseAt.getTime() - y.anonymiseAt.getTime()));
  return params.dir === 'desc' ? chosen.reverse() : chosen;
}

/** The dry-run page: one page of the chosen category, and the counts of every category. */
export async function previewInactiveAccounts(
  db: Queryable,
  actor: Actor | null,
  config: PreviewConfig,
  params: ListParams<PreviewSort>,
  category: PreviewCategory | undefined,
  now: Date = new Date(),
): Promise<RetentionPreview> {
  const found = await classified(db, actor, config, now);
  if (!found) return { off: true };
  const counts = Object.fromEntries(previewCategories.map((c) => [c, found.rows.filter((r) => r.category === c).length])) as Record<PreviewCategory, number>;
  const chosen = sorted(found.rows, params, category);
  const offset = offsetOf(params);
  return { off: false, years: found.years, counts, page: pageOf(chosen.slice(offset, offset + params.pageSize), chosen.length, params) };
}

/** Every row of the filtered preview, for CSV/XLSX. */
export async function exportInactiveAccounts(
  db: Queryable,
  actor: Actor | null,
  config: PreviewConfig,
  params: ListParams<PreviewSort>,
  category: PreviewCategory | undefined,
  now: Date = new Date(),
): Promise<PreviewRow[]> {
  const found = await classified(db, actor, config, now);
  return found ? sorted(found.rows, params, category).slice(0, maxExportRows) : [];
}
