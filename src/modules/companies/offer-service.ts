import { eq } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.js';
import { companySkillOffers } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { type FieldErrors, FieldValidationError } from '../../platform/validation.js';
import { toMatchOpportunity } from '../matching/match-rows.js';
import { scorePair } from '../matching/score.js';
import type { MatchVolunteer, Reason } from '../matching/types.js';
import { activeCauses, activeSkills } from '../volunteers/service.js';
import { requireCompany } from './facts.js';
import { findCompany, findOffer, findOffers, findOpportunitiesNeeding, type OfferRow } from './repo.js';
import type { OfferInput } from './schema.js';

/** Pro bono skills offers of a company, and the organizations' needs they match. */

/** How many matching opportunities an offer's page lists. */
const matchesShown = 20;

export async function getOffers(db: Queryable, actor: Actor | null, companyId: string): Promise<OfferRow[]> {
  await requireCompany(db, actor, 'view', companyId);
  return findOffers(db, companyId);
}

async function offerOf(db: Queryable, actor: Actor | null, action: 'view' | 'manage', companyId: string, offerId: string) {
  const company = await requireCompany(db, actor, action, companyId);
  const offer = await findOffer(db, offerId);
  if (!offer || offer.companyId !== companyId) throw new NotFoundError('offer');
  return { company, offer };
}

export async function getOffer(db: Queryable, actor: Actor | null, companyId: string, offerId: string) {
  return offerOf(db, actor, 'view', companyId, offerId);
}

/** The shared vocabularies (skills and causes) the offer form offers. */
export async function offerChoices(db: Queryable) {
  const [skills, causes] = await Promise.all([activeSkills(db), activeCauses(db)]);
  return { skills, causes };
}

/** Skills and causes must come from the shared vocabularies. */
async function assertKnownTerms(db: Queryable, input: OfferInput): Promise<void> {
  const { skills, causes } = await offerChoices(db);
  const errors: FieldErrors = {};
  if (input.skills.some((s) => !skills.some((k) => k.slug === s))) errors.skills = { key: 'validation.choice' };
  if (input.causes.some((c) => !causes.some((k) => k.slug === c))) errors.causes = { key: 'validation.choice' };
  if (input.skills.length === 0 && input.causes.length === 0) errors.skills = { key: 'companies.error.offerTerms' };
  if (Object.keys(errors).length) throw new FieldValidationError(errors);
}

const offerValues = (input: OfferInput) => ({
  title: input.title,
  description: input.description,
  skills: input.skills,
  causes: input.causes,
  hoursOffered: input.hoursOffered,
  availableUntil: input.availableUntil,
});

export async function createOffer(db: Database, actor: Actor | null, companyId: string, input: OfferInput): Promise<string> {
  const company = await requireCompany(db, actor, 'manage', companyId);
  const a = requireActor(actor);
  await assertKnownTerms(db, input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(companySkillOffers)
      .values({ companyId, ...offerValues(input), createdBy: a.userId })
      .returning();
    if (!row) throw new Error('offer insert failed');
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: company.centerId,
      action: 'create',
      entityType: 'company_skill_offer',
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
}

export async function updateOffer(db: Database, actor: Actor | null, companyId: string, offerId: string, input: OfferInput): Promise<void> {
  const { company, offer } = await offerOf(db, actor, 'manage', companyId, offerId);
  const a = requireActor(actor);
  await assertKnownTerms(db, input);
  await db.transaction(async (tx) => {
    const [after] = await tx
      .update(companySkillOffers)
      .set({ ...offerValues(input), updatedAt: new Date() })
      .where(eq(companySkillOffers.id, offerId))
      .returning();
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: company.centerId,
      action: 'update',
      entityType: 'company_skill_offer',
      entityId: offerId,
      before: offer,
      after,
    });
  });
}

/** Deactivates (or reactivates) an offer: it stays on the list, no longer matched. */
export async function setOfferActive(db: Database, actor: Actor | null, companyId: string, offerId: string, active: boolean): Promise<void> {
  const { company, offer } = await offerOf(db, actor, 'manage', companyId, offerId);
  const a = requireActor(actor);
  await db.transaction(async (tx) => {
    const [after] = await tx.update(companySkillOffers).set({ active, updatedAt: new Date() }).where(eq(companySkillOffers.id, offerId)).returning();
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: company.centerId,
      action: active ? 'activate' : 'deactivate',
      entityType: 'company_skill_offer',
      entityId: offerId,
      before: offer,
      after,
    });
  });
}

export type OfferMatch = { opportunityId: string; title: string; organizationName: string; placeName: string | null; score: number; reasons: Reason[] };

/**
 * "Opportunities that need these skills/causes": published opportunities of the company's center
 * that ask for any of the offer's skills or causes, ranked by the matching engine's own score
 * (matching/score.ts scorePair) with the offer standing in for a volunteer: its skills and causes,
 * the company's seat for distance, a group (a company's team) for group fit. No second scoring.
 */
export async function matchesForOffer(db: Queryable, actor: Actor | null, companyId: string, offerId: string, now = new Date()): Promise<OfferMatch[]> {
  const { company, offer } = await offerOf(db, actor, 'view', companyId, offerId);
  if (!offer.active) return [];
  const seat = await findCompany(db, companyId);
  const asVolunteer: MatchVolunteer = {
    id: offer.id,
    birthDate: null,
    guardianConsentAt: null,
    lat: seat?.lat ?? null,
    lon: seat?.lon ?? null,
    travelRadiusKm: null,
    remoteOnly: false,
    causes: offer.causes,
    skills: offer.skills,
    languages: [],
    availability: [],
    groupPreference: 'group',
    healthStatus: 'unknown',
    conductStatus: 'unknown',
    qualifications: [],
    appliedOpportunityIds: new Set(),
  };
  const rows = await findOpportunitiesNeeding(db, company.centerId, offer.skills, offer.causes, 200);
  return rows
    .map((row) => {
      const scored = scorePair(asVolunteer, toMatchOpportunity(row), null, now);
      return {
        opportunityId: row.id,
        title: row.title,
        organizationName: row.organization_name,
        placeName: row.place_name,
        score: scored.score,
        reasons: scored.reasons.filter((r) => r.code === 'shared' || r.code === 'distance' || r.code === 'remote'),
      };
    })
    .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title, 'hu'))
    .slice(0, matchesShown);
}
