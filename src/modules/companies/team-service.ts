import { and, eq, isNull } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.js';
import { companyTeamMembers, companyTeams } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { translator } from '../../platform/i18n.js';
import { enqueueMail } from '../../platform/mail.js';
import { hashToken, newToken } from '../../platform/secure-token.js';
import { FieldValidationError } from '../../platform/validation.js';
import { getVolunteerByUserId } from '../volunteers/service.js';
import { requireCompany } from './facts.js';
import { findInvitationByTokenHash, findTeam, findTeamMember, findTeamMembers, findTeams, membershipsOfVolunteer } from './repo.js';

/** Teams of a company, invitations by e-mail, joining with the link, and leaving. */

/** How long an invitation link works. */
export const invitationDays = 14;

/** A team of the company the actor may take the action for (another company's team: 404). */
async function teamOf(db: Queryable, actor: Actor | null, action: 'view' | 'manage', companyId: string, teamId: string) {
  const company = await requireCompany(db, actor, action, companyId);
  const team = await findTeam(db, teamId);
  if (!team || team.companyId !== companyId) throw new NotFoundError('team');
  return { company, team };
}

export async function getTeams(db: Queryable, actor: Actor | null, companyId: string) {
  await requireCompany(db, actor, 'view', companyId);
  return findTeams(db, companyId);
}

/**
 * A team's page: members and open invitations. Names only of members who consented that the company
 * sees them (names_consent_at); the others are listed without a name.
 */
export async function getTeam(db: Queryable, actor: Actor | null, companyId: string, teamId: string) {
  const { company, team } = await teamOf(db, actor, 'view', companyId, teamId);
  const rows = await findTeamMembers(db, teamId);
  const members = rows.map((r) => ({
    id: r.member.id,
    joined: r.member.joinedAt != null,
    invitedEmail: r.member.joinedAt ? null : r.member.invitedEmail,
    expired: !r.member.joinedAt && r.member.expiresAt < new Date(),
    name: r.member.joinedAt && r.member.namesConsentAt && r.familyName ? { familyName: r.familyName, givenName: r.givenName ?? '' } : null,
  }));
  return { company, team, members };
}

export async function createTeam(db: Database, actor: Actor | null, companyId: string, name: string): Promise<string> {
  const company = await requireCompany(db, actor, 'manage', companyId);
  const a = requireActor(actor);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(companyTeams).values({ companyId, name, createdBy: a.userId }).returning();
    if (!row) throw new Error('team insert failed');
    await recordAudit(tx, { actorUserId: a.userId, centerId: company.centerId, action: 'create', entityType: 'company_team', entityId: row.id, after: row });
    return row.id;
  });
}

export async function renameTeam(db: Database, actor: Actor | null, companyId: string, teamId: string, name: string): Promise<void> {
  const { company, team } = await teamOf(db, actor, 'manage', companyId, teamId);
  const a = requireActor(actor);
  await db.transaction(async (tx) => {
    const [after] = await tx.update(companyTeams).set({ name }).where(eq(companyTeams.id, teamId)).returning();
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: company.centerId,
      action: 'update',
      entityType: 'company_team',
      entityId: teamId,
      before: team,
      after,
    });
  });
}

/** Deletes a team (confirmed on the page); its memberships and sign-ups go with it. */
export async function deleteTeam(db: Database, actor: Actor | null, companyId: string, teamId: string): Promise<void> {
  const { company, team } = await teamOf(db, actor, 'manage', companyId, teamId);
  const a = requireActor(actor);
  await db.transaction(async (tx) => {
    await tx.delete(companyTeams).where(eq(companyTeams.id, teamId));
    await recordAudit(tx, { actorUserId: a.userId, centerId: company.centerId, action: 'delete', entityType: 'company_team', entityId: teamId, before: team });
  });
}

/**
 * Invites an employee to the team by e-mail: only the link token's hash is kept, the link works for
 * `invitationDays` days, and the mail goes through the outbox in the same transaction.
 */
export async function inviteToTeam(
  db: Database,
  actor: Actor | null,
  companyId: string,
  teamId: string,
  email: string,
  options: { baseUrl: string; now?: Date },
): Promise<void> {
  const { company, team } = await teamOf(db, actor, 'manage', companyId, teamId);
  const a = requireActor(actor);
  const pending = await db
    .select({ id: companyTeamMembers.id })
    .from(companyTeamMembers)
    .where(and(eq(companyTeamMembers.teamId, teamId), eq(companyTeamMembers.invitedEmail, email), isNull(companyTeamMembers.removedAt)));
  if (pending.length) throw new FieldValidationError({ email: { key: 'companies.error.alreadyInvited' } });
  const now = options.now ?? new Date();
  const token = newToken();
  const expiresAt = new Date(now.getTime() + invitationDays * 86_400_000);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(companyTeamMembers)
      .values({ teamId, invitedEmail: email, tokenHash: hashToken(token), invitedBy: a.userId, invitedAt: now, expiresAt })
      .returning({ id: companyTeamMembers.id, teamId: companyTeamMembers.teamId, invitedEmail: companyTeamMembers.invitedEmail });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: company.centerId,
      action: 'invite',
      entityType: 'company_team_member',
      entityId: row?.id,
      after: row,
    });
    const t = translator('hu');
    await enqueueMail(tx, {
      to: email,
      subject: t('companies.mail.invite.subject', { company: company.name }),
      text: t('companies.mail.invite.body', {
        company: company.name,
        team: team.name,
        link: `${options.baseUrl}/companies/join/${token}`,
        days: invitationDays,
      }),
    });
  });
}

/** Removes a member (or withdraws an invitation): the row stays, marked removed, so past impact still counts their membership period. */
export async function removeTeamMember(db: Database, actor: Actor | null, companyId: string, teamId: string, memberId: string): Promise<void> {
  const { company } = await teamOf(db, actor, 'manage', companyId, teamId);
  const a = requireActor(actor);
  const found = await findTeamMember(db, memberId);
  if (!found || found.member.teamId !== teamId || found.member.removedAt) throw new NotFoundError('team member');
  await db.transaction(async (tx) => {
    const [after] = await tx
      .update(companyTeamMembers)
      .set({ removedAt: new Date(), tokenHash: null })
      .where(eq(companyTeamMembers.id, memberId))
      .returning({ id: companyTeamMembers.id, removedAt: companyTeamMembers.removedAt });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: company.centerId,
      action: 'remove',
      entityType: 'company_team_member',
      entityId: memberId,
      after,
    });
  });
}

export type Invitation =
  | { kind: 'invalid' }
  | { kind: 'expired' }
  | { kind: 'noProfile' }
  | { kind: 'ok'; companyName: string; teamName: string; alreadyMember: boolean };

async function invitationFor(db: Queryable, token: string, now: Date) {
  const found = await findInvitationByTokenHash(db, hashToken(token));
  if (!found || found.member.removedAt || found.member.joinedAt) return { state: { kind: 'invalid' } as Invitation };
  if (found.member.expiresAt < now) return { state: { kind: 'expired' } as Invitation };
  return { state: null, found };
}

/**
 * What the invitation link shows the signed-in employee: the company and team, or why not. Only the
 * account whose e-mail is the invited address may use it (as guardian links): for anyone else the
 * link does not exist, so a forwarded link cannot put a stranger on the company's team. An
 * employee without a volunteer profile is sent to create one first (the volunteer profile flow,
 * which brings them back here).
 */
export async function getInvitation(db: Queryable, actor: Actor | null, token: string, now = new Date()): Promise<Invitation> {
  const a = requireActor(actor);
  const { state, found } = await invitationFor(db, token, now);
  if (state) return state;
  if (!found || found.member.invitedEmail.toLowerCase() !== a.email.toLowerCase()) return { kind: 'invalid' };
  const volunteer = await getVolunteerByUserId(db, a.userId);
  if (!volunteer) return { kind: 'noProfile' };
  const mine = await membershipsOfVolunteer(db, volunteer.id);
  return { kind: 'ok', companyName: found.companyName, teamName: found.teamName, alreadyMember: mine.some((m) => m.teamId === found.member.teamId) };
}

/** The employee accepts: the membership gets their volunteer profile, and their choice about names. */
export async function acceptInvitation(db: Database, actor: Actor | null, token: string, namesConsent: boolean, now = new Date()): Promise<Invitation> {
  const a = requireActor(actor);
  const state = await getInvitation(db, a, token, now);
  if (state.kind !== 'ok') return state;
  const volunteer = await getVolunteerByUserId(db, a.userId);
  const found = await findInvitationByTokenHash(db, hashToken(token));
  if (!volunteer || !found) return { kind: 'invalid' };
  await db.transaction(async (tx) => {
    if (state.alreadyMember) {
      await tx.update(companyTeamMembers).set({ removedAt: now, tokenHash: null }).where(eq(companyTeamMembers.id, found.member.id));
      return;
    }
    const [after] = await tx
      .update(companyTeamMembers)
      .set({ volunteerId: volunteer.id, joinedAt: now, tokenHash: null, namesConsentAt: namesConsent ? now : null })
      .where(and(eq(companyTeamMembers.id, found.member.id), isNull(companyTeamMembers.joinedAt)))
      .returning();
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: found.centerId,
      action: 'join',
      entityType: 'company_team_member',
      entityId: found.member.id,
      after,
    });
  });
  return state;
}

/** The signed-in volunteer's own team memberships (their dashboard and /companies). */
export async function myMemberships(db: Queryable, actor: Actor | null) {
  const a = requireActor(actor);
  const volunteer = await getVolunteerByUserId(db, a.userId);
  if (!volunteer) return [];
  return membershipsOfVolunteer(db, volunteer.id);
}

/** The member changes whether the company may see their name (their own membership only). */
export async function setNamesConsent(db: Database, actor: Actor | null, memberId: string, consent: boolean): Promise<void> {
  const a = requireActor(actor);
  const volunteer = await getVolunteerByUserId(db, a.userId);
  const found = await findTeamMember(db, memberId);
  if (!volunteer || !found || found.member.volunteerId !== volunteer.id || found.member.removedAt) throw new NotFoundError('team member');
  await db.transaction(async (tx) => {
    const [after] = await tx
      .update(companyTeamMembers)
      .set({ namesConsentAt: consent ? new Date() : null })
      .where(eq(companyTeamMembers.id, memberId))
      .returning({ id: companyTeamMembers.id, namesConsentAt: companyTeamMembers.namesConsentAt });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: volunteer.centerId,
      action: 'names_consent',
      entityType: 'company_team_member',
      entityId: memberId,
      after,
    });
  });
}
