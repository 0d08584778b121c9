import { type Database, isUniqueViolation, type Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, requireActor } from '../../platform/authz.js';
import { hashToken } from '../../platform/secure-token.js';
import { auditSnapshot } from './access.js';
import type { ConsentKind } from './choices.js';
import { consentChoiceOf, profileRowValues, recordConsentChanges } from './profile-values.js';
import {
  type ConsentState,
  findQualifications,
  findVolunteerDetail,
  findVolunteerDetailByUser,
  findVolunteerIdByClaimHash,
  insertVolunteer,
  latestConsents,
  lockVolunteer,
  tenantOfPlace,
  updateVolunteerRow,
  type VolunteerDetailRow,
} from './repo.js';
import type { OwnProfileInput } from './schema.js';

export type VolunteerProfile = VolunteerDetailRow & {
  consents: Map<ConsentKind, ConsentState>;
  qualifications: Awaited<ReturnType<typeof findQualifications>>;
};

export async function profileOf(db: Queryable, row: VolunteerDetailRow): Promise<VolunteerProfile> {
  const [consents, qualifications] = await Promise.all([latestConsents(db, row.id), findQualifications(db, row.id)]);
  return { ...row, consents, qualifications };
}

/** The logged-in person's own volunteer profile, if they have one. A volunteer sees only their own. */
export async function getOwnProfile(db: Queryable, actor: Actor | null): Promise<VolunteerProfile | undefined> {
  const a = requireActor(actor);
  const row = await findVolunteerDetailByUser(db, a.userId);
  return row ? profileOf(db, row) : undefined;
}

/**
 * Creates or updates the actor's own profile. A new profile is linked to the account and takes its
 * e-mail; its tenant follows the home settlement (that settlement's Volunteer Point, else the
 * center of its county), and follows it again when the volunteer moves.
 */
export async function saveOwnProfile(db: Database, actor: Actor | null, input: OwnProfileInput): Promise<string> {
  const a = requireActor(actor);
  const { values, place } = await profileRowValues(db, input);
  const consents = consentChoiceOf(input);
  const save = () =>
    db.transaction(async (tx) => {
      const existing = await findVolunteerDetailByUser(tx, a.userId);
      if (!existing) {
        const tenant = await tenantOfPlace(tx, place.id, place.county);
        const row = await insertVolunteer(tx, {
          ...values,
          familyName: values.familyName as string,
          givenName: values.givenName as string,
          sortKey: values.sortKey as string,
          ...tenant,
          userId: a.userId,
          email: a.email,
          createdBy: a.userId,
        });
        await recordAudit(tx, {
          actorUserId: a.userId,
          centerId: row.centerId,
          action: 'create',
          entityType: 'volunteer',
          entityId: row.id,
          after: auditSnapshot(row),
        });
        await auditConsents(tx, a.userId, row.centerId, await recordConsentChanges(tx, row.id, consents, a.userId));
        return row.id;
      }
      const before = await lockVolunteer(tx, existing.id);
      const moved = before?.homePlaceId !== place.id;
      const tenant = moved ? await tenantOfPlace(tx, place.id, place.county) : undefined;
      const after = await updateVolunteerRow(tx, existing.id, { ...values, ...(tenant?.centerId ? tenant : {}) });
      await recordAudit(tx, {
        actorUserId: a.userId,
        centerId: after.centerId,
        action: 'update',
        entityType: 'volunteer',
        entityId: existing.id,
        before: auditSnapshot(before),
        after: auditSnapshot(after),
      });
      await auditConsents(tx, a.userId, after.centerId, await recordConsentChanges(tx, existing.id, consents, a.userId));
      return existing.id;
    });
  try {
    return await save();
  } catch (err) {
    // Two submissions of a first profile at once: the second finds the first and updates it.
    if (isUniqueViolation(err)) return save();
    throw err;
  }
}

export async function auditConsents(tx: Queryable, actorUserId: string, centerId: string | null, rows: unknown[]) {
  for (const row of rows) {
    const id = (row as { id?: number }).id;
    await recordAudit(tx, { actorUserId, centerId, action: 'create', entityType: 'volunteer_consent', entityId: id ?? null, after: row });
  }
}

export type ClaimState =
  | { kind: 'invalid' }
  | { kind: 'expired' }
  | { kind: 'hasProfile' }
  | { kind: 'ok'; volunteer: { familyName: string; givenName: string } };

async function claimStateOf(db: Queryable, actor: Actor, token: string, lock: boolean) {
  const id = await findVolunteerIdByClaimHash(db, hashToken(token));
  const row = id ? (lock ? await lockVolunteer(db, id) : await findVolunteerDetail(db, id)) : undefined;
  if (!row || row.claimTokenHash !== hashToken(token) || row.userId) return { state: { kind: 'invalid' } as ClaimState };
  if (!row.claimExpiresAt || row.claimExpiresAt.getTime() < Date.now()) return { state: { kind: 'expired' } as ClaimState };
  if (await findVolunteerDetailByUser(db, actor.userId)) return { state: { kind: 'hasProfile' } as ClaimState };
  return { state: { kind: 'ok', volunteer: { familyName: row.familyName, givenName: row.givenName } } as ClaimState, row };
}

/** What the claim page shows for a link: who the profile is, or why it cannot be taken over. */
export async function getClaim(db: Queryable, actor: Actor | null, token: string): Promise<ClaimState> {
  const a = requireActor(actor);
  return (await claimStateOf(db, a, token, false)).state;
}

/**
 * The logged-in person takes over a profile staff registered for them: the profile is linked to
 * their account and the one-time link is spent. An account can hold one profile only.
 */
export async function claimProfile(db: Database, actor: Actor | null, token: string): Promise<ClaimState> {
  const a = requireActor(actor);
  try {
    return await db.transaction(async (tx) => {
      const { state, row } = await claimStateOf(tx, a, token, true);
      if (state.kind !== 'ok' || !row) return state;
      const after = await updateVolunteerRow(tx, row.id, { userId: a.userId, email: row.email ?? a.email, claimTokenHash: null, claimExpiresAt: null });
      await recordAudit(tx, {
        actorUserId: a.userId,
        centerId: after.centerId,
        action: 'claim',
        entityType: 'volunteer',
        entityId: row.id,
        before: auditSnapshot(row),
        after: auditSnapshot(after),
      });
      return state;
    });
  } catch (err) {
    if (isUniqueViolation(err)) return { kind: 'hasProfile' };
    throw err;
  }
}
