import type { Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { withProgramQualifications } from './requirements.js';
import { findLinkedPrograms, lockOpportunityRules, setAddedQualifications, setOpportunityRules } from './rules-repo.js';

/**
 * A program's rules hold on every path (ADR 025): they are written into the opportunity's own
 * requirements, which the common eligibility check (volunteer-law/eligibility.ts), matching and its index
 * already read. Called when an opportunity joins or leaves a program, when a program's rules change and
 * whenever the opportunity itself is saved (opportunities/service.ts), so a host's edit cannot drop a
 * program's requirement. The search index follows the opportunity row through its change log (migration 0018).
 *
 * Köt. 4. § (2): where the activity needs a qualification or health fitness, the volunteer must meet it.
 */
export async function reapplyProgramRules(tx: Queryable, opportunityId: string, actorUserId: string | null = null): Promise<void> {
  await applyRules(tx, opportunityId, actorUserId, []);
}

/**
 * The re-application itself. `alsoAdded` is what a program that has just let the opportunity go had
 * added (its link row is gone), so exactly that comes off again. The minimum age only ever rises: on
 * leaving a program it stays as it is (the pages say so), since the host may have chosen it too.
 */
export async function applyRules(tx: Queryable, opportunityId: string, actorUserId: string | null, alsoAdded: readonly string[]): Promise<void> {
  const before = await lockOpportunityRules(tx, opportunityId);
  if (!before) return;
  const linked = await findLinkedPrograms(tx, opportunityId);
  const previouslyAdded = [...alsoAdded, ...linked.flatMap((l) => l.addedQualifications)];
  const { required, addedByProgram } = withProgramQualifications(before.requiredQualifications, previouslyAdded, linked);
  const minAge = linked.reduce<number | null>(
    (age, l) => (l.rules.minAge != null && (age == null || l.rules.minAge > age) ? l.rules.minAge : age),
    before.minAge,
  );
  const same = minAge === before.minAge && JSON.stringify(required) === JSON.stringify(before.requiredQualifications);
  if (!same) {
    await setOpportunityRules(tx, opportunityId, { minAge, requiredQualifications: required });
    await recordAudit(tx, {
      actorUserId,
      centerId: before.centerId,
      action: 'programs.rules.apply',
      entityType: 'opportunity',
      entityId: opportunityId,
      before: { minAge: before.minAge, requiredQualifications: before.requiredQualifications },
      after: { minAge, requiredQualifications: required },
    });
  }
  for (const l of linked) {
    const added = addedByProgram.get(l.programId) ?? [];
    if (JSON.stringify(added) === JSON.stringify(l.addedQualifications)) continue;
    await setAddedQualifications(tx, l.programId, opportunityId, added);
    await recordAudit(tx, {
      actorUserId,
      centerId: before.centerId,
      action: 'programs.opportunity.addedQualifications',
      entityType: 'program',
      entityId: l.programId,
      before: { opportunityId, addedQualifications: l.addedQualifications },
      after: { opportunityId, addedQualifications: added },
    });
  }
}
