import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, mayOnPlacement, requireActor, requireOnPlacement } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { translator } from '../../platform/i18n.js';
import { FieldValidationError } from '../../platform/validation.js';
import { findApplicationView } from '../placements/service.js';
import { abroadNotAllowed, contractRequirement } from '../volunteer-law/contract-requirement.js';
import { contractForActor, placementForActor } from './access.js';
import { contractDocument } from './contract-document.js';
import { renderContractPdf } from './contract-pdf.js';
import { type ContractAnswers, placementFacts } from './placement-facts.js';
import { prefillOf, prefillTerm } from './prefill.js';
import {
  type ContractRecord,
  contractsOfPlacement,
  findOrganizationParty,
  insertContract,
  ledgerBenefitTypes,
  liveContractOf,
  lockContract,
  lockPlacement,
  shiftRangeOf,
  updateContract,
} from './repo.js';
import type { GenerateInput, SignInput } from './schema.js';
import { signingRule } from './signatories.js';
import { type ContractSnapshot, type StoredRequirement, snapshotOf } from './snapshot.js';
import { templateTextsOf } from './template-service.js';

/** A contract is made for a placement that has been agreed: accepted, running or completed (as benefits are recorded). */
export const contractableStatuses: ReadonlySet<string> = new Set(['accepted', 'active', 'completed']);

type PlacementData = Awaited<ReturnType<typeof placementForActor>>['placement'];

/** The calculation for a term and the organization's answers, with the age rule of the term's first day. */
function calculate(placement: PlacementData, ledgerTypes: readonly string[], term: { startsOn: string; endsOn: string | null }, answers: ContractAnswers) {
  const { facts, signing } = placementFacts({ ...term, birthDate: placement.volunteerBirthDate, ledgerBenefitTypes: ledgerTypes, answers });
  return {
    facts,
    signing,
    requirement: contractRequirement(facts),
    abroadBan: abroadNotAllowed({ abroad: facts.abroad, under16: signing.under16, partiallyLimitedCapacity: facts.partiallyLimitedCapacity }),
  };
}

async function prefillFor(db: Queryable, placement: PlacementData, today: string) {
  const details = await findApplicationView(db, placement.id);
  if (!details) throw new NotFoundError('application');
  const [range, ledgerTypes] = await Promise.all([shiftRangeOf(db, details.application.opportunityId), ledgerBenefitTypes(db, placement.id)]);
  const source = {
    opportunityTitle: placement.opportunityTitle,
    opportunityDescription: details.opportunityDescription,
    opportunityKind: details.opportunityKind,
    remote: details.opportunityRemote,
    address: details.opportunityAddress,
    settlement: details.opportunitySettlement,
    shift: details.shiftStartsAt && details.shiftEndsAt ? { startsAt: details.shiftStartsAt, endsAt: details.shiftEndsAt } : null,
    shiftRange: range,
    ledgerBenefitTypes: ledgerTypes,
  };
  // The rest periods depend on the age on the term's first day.
  const signing = signingRule(placement.volunteerBirthDate, prefillTerm(source, today).startsOn);
  return { prefill: prefillOf(translator('hu'), source, signing.signing, today), ledgerTypes };
}

/**
 * The contract page of a placement: the written-form calculation (from the live contract as
 * generated, or else from the term — typed, or prefilled — and the organization's answers), the live contract,
 * the voided ones, and for the organization the generate form's prefill.
 */
export async function getContractPage(
  db: Queryable,
  actor: Actor | null,
  applicationId: string,
  answers: ContractAnswers,
  today: string,
  typedTerm: { startsOn: string; endsOn: string | null } | null = null,
) {
  const { placement, sides } = await placementForActor(db, actor, applicationId);
  const [contracts, found] = await Promise.all([contractsOfPlacement(db, placement.id), prefillFor(db, placement, today)]);
  const { ledgerTypes } = found;
  const prefill = typedTerm ? { ...found.prefill, startsOn: typedTerm.startsOn, endsOn: typedTerm.endsOn ?? '' } : found.prefill;
  const live = contracts.find((c) => c.status !== 'void') ?? null;
  const calculation = calculate(placement, ledgerTypes, { startsOn: prefill.startsOn, endsOn: prefill.endsOn || null }, answers);
  const manage = mayOnPlacement(sides, 'manageContracts');
  return {
    placement,
    sides,
    live,
    voided: contracts.filter((c) => c.status === 'void'),
    prefill,
    answers,
    calculation,
    ledgerTypes,
    may: { generate: manage && !live && contractableStatuses.has(placement.status), sign: manage && live?.status === 'draft', void: manage && !!live },
  };
}
export type ContractPageData = Awaited<ReturnType<typeof getContractPage>>;

/**
 * The host organization generates a draft contract. Refused (field errors) when the placement is
 * not agreed, a live contract exists (one per placement; void it first), or a volunteer under 16
 * would volunteer abroad (Köt. 5. §). The snapshot keeps the parties and the texts as they are now. Audited.
 */
export async function generateContract(
  db: Database,
  actor: Actor | null,
  applicationId: string,
  input: GenerateInput,
  answers: ContractAnswers,
): Promise<string> {
  const { placement, sides } = await placementForActor(db, actor, applicationId);
  const a = requireActor(actor);
  requireOnPlacement(sides, 'manageContracts');
  if (!contractableStatuses.has(placement.status)) throw new FieldValidationError({ _form: { key: 'contracts.error.placementNotAgreed' } });
  const [details, ledgerTypes, organization, template] = await Promise.all([
    findApplicationView(db, placement.id),
    ledgerBenefitTypes(db, placement.id),
    findOrganizationParty(db, placement.organizationId),
    templateTextsOf(db, placement.organizationId),
  ]);
  if (!details || !organization) throw new NotFoundError('application');
  const { facts, signing, requirement, abroadBan } = calculate(placement, ledgerTypes, input, answers);
  if (abroadBan) throw new FieldValidationError({ _form: { key: 'contracts.error.abroadNotAllowed' } });
  const snapshot: ContractSnapshot = {
    organization: {
      name: organization.name,
      seat: [organization.settlement, organization.address].filter(Boolean).join(', '),
      settlement: organization.settlement ?? undefined,
      taxNumber: organization.taxNumber,
      kotRegistrationNumber: organization.kotRegistrationNumber,
    },
    volunteer: { familyName: placement.volunteerFamilyName, givenName: placement.volunteerGivenName, birthDate: placement.volunteerBirthDate },
    guardian: signing.guardianRequired ? { name: details.volunteerGuardianName } : null,
    signing: signing.signing,
    opportunityTitle: placement.opportunityTitle,
    template: { introText: template.introText, dutiesText: template.dutiesText, closingText: template.closingText },
    requirement,
  };
  const stored: StoredRequirement = { ...requirement, facts };
  return db.transaction(async (tx) => {
    await lockPlacement(tx, placement.id);
    if (await liveContractOf(tx, placement.id)) throw new FieldValidationError({ _form: { key: 'contracts.error.liveExists' } });
    const contract = await insertContract(tx, {
      applicationId: placement.id,
      volunteerId: placement.volunteerId,
      organizationId: placement.organizationId,
      centerId: placement.centerId,
      ...input,
      requirement: stored,
      snapshot,
      status: 'draft',
      guardianRequired: signing.guardianRequired,
      createdByUserId: a.userId,
    });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: placement.centerId,
      action: 'create',
      entityType: 'volunteer_contract',
      entityId: contract.id,
      after: contract,
    });
    return contract.id;
  });
}

/** The contract's PDF for any side of its placement (Hungarian, whatever the reader's language). */
export async function getContractPdf(db: Queryable, actor: Actor | null, contractId: string): Promise<{ contract: ContractRecord; pdf: Buffer }> {
  const { contract } = await contractForActor(db, actor, contractId);
  const signed = contract.status === 'signed' && contract.signedOn ? { ...contract, signedOn: contract.signedOn } : null;
  const document = contractDocument(translator('hu'), 'hu', snapshotOf(contract), contract, signed);
  return { contract, pdf: await renderContractPdf(document, contract.createdAt) };
}

/**
 * The organization records the signature of a draft: the day, who signed for each party, and for a
 * minor the legal representative's name (HUNGARY.md §1.6: required). Audited.
 */
export async function signContract(db: Database, actor: Actor | null, contractId: string, input: SignInput): Promise<string> {
  const { contract, sides } = await contractForActor(db, actor, contractId);
  const a = requireActor(actor);
  requireOnPlacement(sides, 'manageContracts');
  if (contract.guardianRequired && !input.guardianSignatory) throw new FieldValidationError({ guardianSignatory: { key: 'contracts.error.guardianRequired' } });
  return db.transaction(async (tx) => {
    const current = await lockContract(tx, contract.id);
    if (current?.status !== 'draft') throw new FieldValidationError({ _form: { key: 'contracts.error.notDraft' } });
    const after = await updateContract(tx, current.id, {
      status: 'signed',
      signedOn: input.signedOn,
      volunteerSignatory: input.volunteerSignatory,
      organizationSignatory: input.organizationSignatory,
      guardianSignatory: current.guardianRequired ? input.guardianSignatory : null,
      signedRecordedByUserId: a.userId,
      signedRecordedAt: new Date(),
    });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: current.centerId,
      action: 'sign',
      entityType: 'volunteer_contract',
      entityId: current.id,
      before: current,
      after,
    });
    return current.applicationId;
  });
}

/** The organization voids a live contract with a reason (e.g. to replace it); it stays listed as void. Audited. */
export async function voidContract(db: Database, actor: Actor | null, contractId: string, reason: string, now = new Date()): Promise<string> {
  const { contract, sides } = await contractForActor(db, actor, contractId);
  const a = requireActor(actor);
  requireOnPlacement(sides, 'manageContracts');
  return db.transaction(async (tx) => {
    const current = await lockContract(tx, contract.id);
    if (!current || current.status === 'void') throw new FieldValidationError({ _form: { key: 'contracts.error.alreadyVoid' } });
    const after = await updateContract(tx, current.id, { status: 'void', voidedAt: now, voidReason: reason });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: current.centerId,
      action: 'void',
      entityType: 'volunteer_contract',
      entityId: current.id,
      before: current,
      after,
    });
    return current.applicationId;
  });
}

/**
 * Before a form is validated: the placement of a contract the actor may manage (404 outside the
 * placement, 403 for a side that only reads), so nobody learns validation messages of a form they may not post.
 */
export async function contractToManage(db: Queryable, actor: Actor | null, contractId: string): Promise<string> {
  const { contract, sides } = await contractForActor(db, actor, contractId);
  requireOnPlacement(sides, 'manageContracts');
  return contract.applicationId;
}

export async function placementToManage(db: Queryable, actor: Actor | null, applicationId: string): Promise<void> {
  requireOnPlacement((await placementForActor(db, actor, applicationId)).sides, 'manageContracts');
}
