import type { Database, Queryable } from '../../db/database.js';
import { isUniqueViolation } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, requirePermission } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { hungarianCollator } from '../../platform/i18n.js';
import { type ListParams, type Page, pageOf } from '../../platform/list-params.js';
import { FieldValidationError } from '../../platform/validation.js';
import type { Choice } from '../inquiries/choices-repo.js';
import { findProgramFigures, type ProgramFigures } from './dashboard-repo.js';
import { nextStepsOf, type ProgramNextStep } from './next-steps.js';
import { programReachOf, requireProgramCenter } from './policy.js';
import {
  countPrograms,
  deletePartner,
  deleteProgramOpportunity,
  findCourseQualifications,
  findOpportunityChoices,
  findPartnerChoices,
  findPartners,
  findProgramCenter,
  findProgramOpportunities,
  findProgramOpportunityIds,
  findProgramRow,
  findPrograms,
  insertPartner,
  insertProgram,
  insertProgramOpportunity,
  lockProgram,
  opportunityCenter,
  type PartnerRow,
  type ProgramFilter,
  type ProgramOpportunityRow,
  type ProgramRecord,
  type ProgramRow,
  type ProgramValues,
  partnerInCenter,
  slugTaken,
  updateProgramRow,
} from './repo.js';
import { applyRules, reapplyProgramRules } from './rules.js';
import type { PartnerKind, ProgramFilterInput, ProgramInput, ProgramSort } from './schema.js';

/**
 * Thematic programs (issue 16, ADR 025), as a center's staff run them: the program, its partners and
 * its opportunities. Every write re-applies the program's rules to the opportunities it touches and is
 * audited in the same transaction.
 */

export function programFilterOf(input: ProgramFilterInput): ProgramFilter {
  return { q: input.q || undefined, kind: input.kind, status: input.status };
}

export async function listPrograms(db: Queryable, actor: Actor | null, filter: ProgramFilter, params: ListParams<ProgramSort>): Promise<Page<ProgramRow>> {
  requirePermission(actor, 'programs.manage');
  const reach = programReachOf(actor);
  const [items, total] = await Promise.all([findPrograms(db, reach, filter, params), countPrograms(db, reach, filter)]);
  return pageOf(items, total, params);
}

export function exportPrograms(db: Queryable, actor: Actor | null, filter: ProgramFilter, params: ListParams<ProgramSort>): Promise<ProgramRow[]> {
  requirePermission(actor, 'programs.manage');
  return findPrograms(db, programReachOf(actor), filter, params, maxExportRows);
}

/** The qualification names of the center's training courses, in Hungarian order (the induction's choices). */
export async function inductionChoices(db: Queryable, actor: Actor | null, centerId: string): Promise<string[]> {
  requireProgramCenter(actor, centerId);
  return (await findCourseQualifications(db, centerId)).sort(hungarianCollator.compare);
}

async function valuesOf(db: Queryable, centerId: string, input: ProgramInput, before?: ProgramRecord): Promise<ProgramValues> {
  if (input.kind === 'hospital' && input.inductionQualification && input.inductionQualification !== before?.inductionQualification) {
    const known = await findCourseQualifications(db, centerId);
    if (!known.includes(input.inductionQualification)) throw new FieldValidationError({ inductionQualification: { key: 'validation.choice' } });
  }
  return {
    name: input.name,
    sortKey: hungarianSortKey(input.name),
    kind: input.kind,
    status: input.status,
    summary: input.summary,
    description: input.description,
    minAge: input.minAge ?? null,
    inductionQualification: input.inductionQualification,
    healthValidMonths: input.healthValidMonths ?? null,
    confidentialityTemplate: input.confidentialityTemplate,
  };
}

export async function createProgram(db: Database, actor: Actor | null, center: Choice, input: ProgramInput): Promise<string> {
  const a = requireProgramCenter(actor, center.id);
  if (!input.slug) throw new FieldValidationError({ slug: { key: 'validation.required' } });
  const slug = input.slug;
  if (await slugTaken(db, slug)) throw new FieldValidationError({ slug: { key: 'programs.error.slugTaken' } });
  const values = await valuesOf(db, center.id, input);
  try {
    return await db.transaction(async (tx) => {
      const row = await insertProgram(tx, { ...values, slug, centerId: center.id, createdBy: a.userId });
      await recordAudit(tx, {
        actorUserId: a.userId,
        centerId: center.id,
        action: 'programs.program.create',
        entityType: 'program',
        entityId: row.id,
        after: row,
      });
      return row.id;
    });
  } catch (err) {
    // Two coordinators choosing the same slug at once: the unique index decides.
    if (isUniqueViolation(err)) throw new FieldValidationError({ slug: { key: 'programs.error.slugTaken' } });
    throw err;
  }
}

/** The program's center, if the actor may run it (404 otherwise). */
async function programCenter(db: Queryable, actor: Actor | null, id: string): Promise<{ a: Actor; centerId: string }> {
  requirePermission(actor, 'programs.manage');
  const centerId = await findProgramCenter(db, id);
  return { a: requireProgramCenter(actor, centerId), centerId: centerId as string };
}

export type ProgramDetail = {
  row: ProgramRow;
  partners: PartnerRow[];
  opportunities: ProgramOpportunityRow[];
  figures: ProgramFigures;
  nextSteps: ProgramNextStep[];
};

/** The program's dashboard: the program, its partners and opportunities, its figures and next steps. */
export async function getProgramDetail(db: Queryable, actor: Actor | null, id: string): Promise<ProgramDetail> {
  const row = await getProgram(db, actor, id);
  const [partners, opportunities, figures] = await Promise.all([findPartners(db, id), findProgramOpportunities(db, id), findProgramFigures(db, id)]);
  return { row, partners, opportunities, figures, nextSteps: nextStepsOf(row, figures, partners.length) };
}

export async function getProgram(db: Queryable, actor: Actor | null, id: string): Promise<ProgramRow> {
  await programCenter(db, actor, id);
  const row = await findProgramRow(db, id);
  if (!row) throw new NotFoundError('program');
  return row;
}

/** What the dashboard's add forms offer: the center's partners and opportunities not yet in the program. */
export async function programChoices(db: Queryable, actor: Actor | null, id: string) {
  const { centerId } = await programCenter(db, actor, id);
  const [partners, opportunities] = await Promise.all([findPartnerChoices(db, centerId, id), findOpportunityChoices(db, centerId, id)]);
  return { partners, opportunities };
}

/** Saves the program; when its rules changed, they are applied again to each of its opportunities. */
export async function updateProgram(db: Database, actor: Actor | null, id: string, input: ProgramInput): Promise<void> {
  const { a, centerId } = await programCenter(db, actor, id);
  await db.transaction(async (tx) => {
    const before = await lockProgram(tx, id);
    if (!before) throw new NotFoundError('program');
    const after = await updateProgramRow(tx, id, await valuesOf(tx, centerId, input, before));
    await recordAudit(tx, { actorUserId: a.userId, centerId, action: 'programs.program.update', entityType: 'program', entityId: id, before, after });
    const rulesChanged = (['kind', 'minAge', 'inductionQualification', 'healthValidMonths'] as const).some((k) => before[k] !== after[k]);
    if (rulesChanged) {
      for (const opportunityId of await findProgramOpportunityIds(tx, id)) await reapplyProgramRules(tx, opportunityId, a.userId);
    }
  });
}

export async function addPartner(db: Database, actor: Actor | null, id: string, partner: { kind: PartnerKind; id: string }): Promise<void> {
  const { a, centerId } = await programCenter(db, actor, id);
  if (!(await partnerInCenter(db, partner.kind, partner.id, centerId))) throw new FieldValidationError({ partner: { key: 'validation.choice' } });
  await db.transaction(async (tx) => {
    if (!(await insertPartner(tx, id, partner.kind, partner.id))) return;
    await recordAudit(tx, { actorUserId: a.userId, centerId, action: 'programs.partner.add', entityType: 'program', entityId: id, after: partner });
  });
}

export async function removePartner(db: Database, actor: Actor | null, id: string, partner: { kind: PartnerKind; id: string }): Promise<void> {
  const { a, centerId } = await programCenter(db, actor, id);
  await db.transaction(async (tx) => {
    if (!(await deletePartner(tx, id, partner.kind, partner.id))) throw new NotFoundError('partner');
    await recordAudit(tx, { actorUserId: a.userId, centerId, action: 'programs.partner.remove', entityType: 'program', entityId: id, before: partner });
  });
}

/** An opportunity of the program's center joins it: the program's rules become its requirements. */
export async function addProgramOpportunity(db: Database, actor: Actor | null, id: string, opportunityId: string): Promise<void> {
  const { a, centerId } = await programCenter(db, actor, id);
  if ((await opportunityCenter(db, opportunityId)) !== centerId) throw new FieldValidationError({ opportunityId: { key: 'validation.choice' } });
  await db.transaction(async (tx) => {
    await lockProgram(tx, id);
    if (!(await insertProgramOpportunity(tx, id, opportunityId))) return;
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId,
      action: 'programs.opportunity.add',
      entityType: 'program',
      entityId: id,
      after: { opportunityId },
    });
    await reapplyProgramRules(tx, opportunityId, a.userId);
  });
}

/**
 * The opportunity leaves the program: exactly the qualifications the program had added come off. Its
 * minimum age stays as it is (the host may have chosen it too; the page says so).
 */
export async function removeProgramOpportunity(db: Database, actor: Actor | null, id: string, opportunityId: string): Promise<void> {
  const { a, centerId } = await programCenter(db, actor, id);
  await db.transaction(async (tx) => {
    await lockProgram(tx, id);
    const added = await deleteProgramOpportunity(tx, id, opportunityId);
    if (!added) throw new NotFoundError('opportunity');
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId,
      action: 'programs.opportunity.remove',
      entityType: 'program',
      entityId: id,
      before: { opportunityId, addedQualifications: added },
    });
    await applyRules(tx, opportunityId, a.userId, added);
  });
}
