import type { Database, Queryable } from '../../db/database.js';
import type { BenefitType } from '../../db/schema/benefits.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, mayOnPlacement, requireActor, requireOnPlacement } from '../../platform/authz.js';
import { maxExportRows } from '../../platform/export.js';
import { offsetOf, pageOf } from '../../platform/list-params.js';
import { FieldValidationError } from '../../platform/validation.js';
import { loadMinimumWageTable } from '../volunteer-law/legal-data-service.js';
import { lockVolunteerRow } from '../volunteers/service.js';
import { benefitForActor, placementForActor } from './access.js';
import { formatFt } from './amount-text.js';
import { rewardCapStatus } from './cap-status.js';
import { countLedger, insertBenefit, type LedgerRow, listLedger, lockBenefit, markDeleted, rewardsOfYear, yearlyTotalsOfPlacement } from './repo.js';
import type { RecordBenefitInput } from './schema.js';

/** Benefits are recorded on a placement that has been agreed: accepted, running or completed. */
export const recordableStatuses: ReadonlySet<string> = new Set(['accepted', 'active', 'completed']);

const yearOf = (day: string) => Number(day.slice(0, 4));

/** The reward cap for the volunteer of a placement on a day, seen from the placement's organization. */
async function capStatusOn(db: Queryable, placement: { volunteerId: string; organizationId: string }, onDay: string, proposedFt = 0) {
  const rewards = await rewardsOfYear(db, placement.volunteerId, yearOf(onDay), placement.organizationId);
  return rewardCapStatus({ onDay, rewards, proposedFt }, await loadMinimumWageTable(db));
}

/**
 * A member of the host organization records a benefit given to the volunteer of a placement. A
 * reward is checked against the yearly cap (volunteer-law module) with every reward the volunteer
 * got that calendar year in Kapocs, from any organization (see cap-status.ts); one that would go
 * over it is refused with the cap, the amount used and what is left, next to the amount.
 */
export async function recordBenefit(db: Database, actor: Actor | null, applicationId: string, input: RecordBenefitInput): Promise<string> {
  const { placement, sides } = await placementForActor(db, actor, applicationId);
  const a = requireActor(actor);
  requireOnPlacement(sides, 'recordBenefits');
  if (!recordableStatuses.has(placement.status)) throw new FieldValidationError({ _form: { key: 'benefits.error.placementNotAgreed' } });

  return db.transaction(async (tx) => {
    if (input.type === 'reward') {
      // Two rewards saved at once for the same volunteer must not both fit under the cap.
      // Serialises reward recording per volunteer, so two rewards saved at once cannot both slip under the cap.
      await lockVolunteerRow(tx, placement.volunteerId);
      const cap = await capStatusOn(tx, placement, input.givenOn, input.amountHuf);
      if (!cap) throw new FieldValidationError({ givenOn: { key: 'benefits.error.noCapForDay' } });
      if (cap.wouldExceed) {
        throw new FieldValidationError({
          amount: {
            key: 'benefits.error.rewardCap',
            params: { year: cap.year, cap: formatFt(cap.capFt), used: formatFt(cap.usedFt), remaining: formatFt(cap.remainingFt) },
          },
        });
      }
    }
    const benefit = await insertBenefit(tx, {
      applicationId: placement.id,
      volunteerId: placement.volunteerId,
      organizationId: placement.organizationId,
      centerId: placement.centerId,
      type: input.type,
      givenOn: input.givenOn,
      amountHuf: input.amountHuf,
      description: input.description,
      reimbursement: input.reimbursement,
      recordedByUserId: a.userId,
    });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: placement.centerId,
      action: 'create',
      entityType: 'benefit',
      entityId: benefit.id,
      after: benefit,
    });
    return benefit.id;
  });
}

/** A correction: the host organization soft-deletes an entry with a reason; it stays in the register, out of the totals. */
export async function deleteBenefit(db: Database, actor: Actor | null, benefitId: string, reason: string, now = new Date()): Promise<string> {
  const { benefit, sides } = await benefitForActor(db, actor, benefitId);
  const a = requireActor(actor);
  requireOnPlacement(sides, 'recordBenefits');
  return db.transaction(async (tx) => {
    const current = await lockBenefit(tx, benefit.id);
    if (!current || current.deletedAt) throw new FieldValidationError({ _form: { key: 'benefits.error.alreadyDeleted' } });
    const after = await markDeleted(tx, current.id, { userId: a.userId, reason, at: now });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: current.centerId,
      action: 'delete',
      entityType: 'benefit',
      entityId: current.id,
      before: current,
      after,
    });
    return current.applicationId;
  });
}

/** The benefit and its placement for the correction page (host organization only). */
export async function getBenefitForDelete(db: Queryable, actor: Actor | null, benefitId: string) {
  const found = await benefitForActor(db, actor, benefitId);
  requireOnPlacement(found.sides, 'recordBenefits');
  return found;
}

export type YearTotals = { year: number; byType: Partial<Record<BenefitType, { entries: number; amountHuf: number }>>; totalHuf: number };

/** A placement's totals per calendar year (newest first) and type; corrected entries left out. */
async function yearTotalsOf(db: Queryable, applicationId: string): Promise<YearTotals[]> {
  const years = new Map<number, YearTotals>();
  for (const row of await yearlyTotalsOfPlacement(db, applicationId)) {
    const year = years.get(row.year) ?? { year: row.year, byType: {}, totalHuf: 0 };
    year.byType[row.type as BenefitType] = { entries: row.entries, amountHuf: row.amountHuf };
    year.totalHuf += row.amountHuf;
    years.set(row.year, year);
  }
  return [...years.values()];
}

/**
 * A placement's ledger page: entries (paged, corrected ones marked), totals per calendar year and
 * type, the reward cap of the volunteer for `today`'s year, and whether the actor may record.
 */
export async function getLedger(db: Queryable, actor: Actor | null, applicationId: string, page: { page: number; pageSize: number }, today: string) {
  const { placement, sides } = await placementForActor(db, actor, applicationId);
  const [items, total, yearTotals] = await Promise.all([
    listLedger(db, placement.id, { limit: page.pageSize, offset: offsetOf(page) }),
    countLedger(db, placement.id),
    yearTotalsOf(db, placement.id),
  ]);
  const years = new Map(yearTotals.map((y) => [y.year, y]));
  // The cap of the current year, and of every earlier year this placement has entries in (as on its last day).
  const currentYear = yearOf(today);
  const capYears = [...new Set([currentYear, ...years.keys()])].sort((a, b) => b - a);
  const caps = await Promise.all(
    capYears.map(async (year) => ({ year, status: await capStatusOn(db, placement, year === currentYear ? today : `${year}-12-31`) })),
  );
  return {
    placement,
    sides,
    entries: pageOf<LedgerRow>(items, total, page),
    yearTotals,
    caps,
    /** The current year's cap, for the warning next to the form. */
    cap: caps.find((c) => c.year === currentYear)?.status ?? null,
    may: { record: mayOnPlacement(sides, 'recordBenefits') && recordableStatuses.has(placement.status), correct: mayOnPlacement(sides, 'recordBenefits') },
  };
}
export type Ledger = Awaited<ReturnType<typeof getLedger>>;

/** Every row of a placement's ledger and its yearly totals, for CSV/XLSX (same access as the page). */
export async function exportLedger(db: Queryable, actor: Actor | null, applicationId: string) {
  const { placement } = await placementForActor(db, actor, applicationId);
  const [rows, yearTotals] = await Promise.all([listLedger(db, placement.id, { limit: maxExportRows, offset: 0 }), yearTotalsOf(db, placement.id)]);
  return { placement, rows, yearTotals };
}
