import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import type { Actor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { formatPersonName } from '../../platform/i18n.js';
import { enqueueMail } from '../../platform/mail.js';
import { FieldValidationError } from '../../platform/validation.js';
import { memberAddedMail, organizationLink } from './mails.js';
import {
  countAdminsLocked,
  countMembershipsInCenter,
  deleteGrant,
  deleteMember,
  findMembership,
  findOrgStaffGrant,
  findUserByEmail,
  findUserName,
  insertMember,
} from './members-repo.js';
import { requireForOrganization } from './membership.js';
import { ensureOrgStaffGrant } from './registration-service.js';
import { findOrganizationById } from './repo.js';
import type { MemberInput } from './schema.js';

/** Removing this member would leave the organization without an admin. */
export class LastAdminError extends Error {
  readonly statusCode = 409;
  constructor() {
    super('last admin');
  }
}

/** The organization, if the actor may manage its members (its admins, the center's vetters). */
export async function getOrganizationForMembers(db: Queryable, actor: Actor | null, organizationId: string) {
  const a = await requireForOrganization(db, actor, 'manageMembers', organizationId);
  const org = await findOrganizationById(db, organizationId);
  if (!org) throw new NotFoundError('organization');
  return { org, actor: a };
}

/**
 * Adds an existing account as a member (by its e-mail address) and gives it the org_staff role in
 * the organization's center. An unknown address is a field error: we do not create accounts for
 * others (the person signs up first), and a member list is not a way to probe for accounts of
 * strangers — only the organization's admins and its center's vetters reach this.
 */
export async function addMember(db: Database, actor: Actor | null, organizationId: string, input: MemberInput, baseUrl: string): Promise<void> {
  const { org, actor: a } = await getOrganizationForMembers(db, actor, organizationId);
  const user = await findUserByEmail(db, input.email);
  if (!user || user.disabledAt) throw new FieldValidationError({ email: { key: 'organizations.error.noSuchAccount' } });
  if (await findMembership(db, organizationId, user.id)) throw new FieldValidationError({ email: { key: 'organizations.error.alreadyMember' } });
  await db.transaction(async (tx) => {
    const member = await insertMember(tx, organizationId, user.id, input.role);
    if (!member) throw new FieldValidationError({ email: { key: 'organizations.error.alreadyMember' } });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: org.centerId,
      action: 'create',
      entityType: 'organization_member',
      entityId: organizationId,
      after: member,
    });
    await ensureOrgStaffGrant(tx, a.userId, user.id, org.centerId);
    await enqueueMail(tx, memberAddedMail(user, { name: org.name, link: organizationLink(baseUrl, organizationId) }));
  });
}

/** The member shown on the removal confirmation page. */
export async function getMemberToRemove(db: Queryable, actor: Actor | null, organizationId: string, userId: string) {
  const { org } = await getOrganizationForMembers(db, actor, organizationId);
  const membership = await findMembership(db, organizationId, userId);
  const person = membership && (await findUserName(db, userId));
  if (!membership || !person) throw new NotFoundError('member');
  return { org, userId, role: membership.role, name: formatPersonName(person.familyName, person.givenName) };
}

/**
 * Removes a member, never the last admin (checked under lock). Their org_staff role in the center
 * goes too when they belong to no other organization there.
 */
export async function removeMember(db: Database, actor: Actor | null, organizationId: string, userId: string): Promise<void> {
  const { org, actor: a } = await getOrganizationForMembers(db, actor, organizationId);
  await db.transaction(async (tx) => {
    const admins = await countAdminsLocked(tx, organizationId);
    const membership = await findMembership(tx, organizationId, userId);
    if (!membership) throw new NotFoundError('member');
    if (membership.role === 'admin' && admins <= 1) throw new LastAdminError();
    const before = await deleteMember(tx, organizationId, userId);
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: org.centerId,
      action: 'delete',
      entityType: 'organization_member',
      entityId: organizationId,
      before,
    });
    const grant = await findOrgStaffGrant(tx, userId, org.centerId);
    if (grant && (await countMembershipsInCenter(tx, userId, org.centerId)) === 0) {
      await deleteGrant(tx, grant.id);
      await recordAudit(tx, { actorUserId: a.userId, centerId: org.centerId, action: 'revoke', entityType: 'role_grant', entityId: grant.id, before: grant });
    }
  });
}
