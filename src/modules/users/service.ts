import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, ForbiddenError, requirePermission, roleScope } from '../../platform/authz.js';
import { listCountCap } from '../../platform/count-up-to.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { cappedPageOf, type ListParams, offsetOf, type Page } from '../../platform/list-params.js';
import { destroyUserSessions } from '../../platform/sessions.js';
import { FieldValidationError } from '../../platform/validation.js';
import { centerChoices } from '../centers/service.js';
import { pointChoices, pointsByIds } from '../points/service.js';
import { type GrantableRole, managedCenters, mayDisable, mayGrant, mayRevoke, mayViewGrant, mayViewUser, rolesGrantableBy } from './policy.js';
import {
  countUsers,
  countUsersUpToCap,
  deleteGrantRow,
  findGrant,
  findGrantsOfUser,
  findUserById,
  findUsers,
  type GrantRow,
  insertGrant,
  setUserDisabled,
  type UserListRow,
  type UserRecord,
} from './repo.js';
import type { GrantInput, UserFilter, UserSort } from './schema.js';

export type { GrantRow, UserListRow };

/** National admins list everyone; a center admin their center's staff, plus an exact e-mail match. */
export async function listUsers(db: Queryable, actor: Actor | null, filter: UserFilter, params: ListParams<UserSort>): Promise<Page<UserListRow>> {
  const a = requirePermission(actor, 'users.manage');
  const scope = managedCenters(a);
  const [rows, total] = await Promise.all([
    findUsers(db, filter, scope, params, { limit: params.pageSize, offset: offsetOf(params) }),
    countUsersUpToCap(db, filter, scope),
  ]);
  return cappedPageOf(rows, total, listCountCap, params);
}

export async function exportUsers(db: Queryable, actor: Actor | null, filter: UserFilter, order: Pick<ListParams<UserSort>, 'sort' | 'dir'>) {
  const a = requirePermission(actor, 'users.manage');
  return findUsers(db, filter, managedCenters(a), order, { limit: maxExportRows, offset: 0 });
}

export async function countManagedUsers(db: Queryable, actor: Actor | null): Promise<number> {
  const a = requirePermission(actor, 'users.manage');
  return countUsers(db, { q: '', role: '' }, managedCenters(a));
}

export type UserDetail = {
  user: UserRecord;
  /** The grants the actor is shown (their tenant's, see policy.ts). */
  grants: (GrantRow & { revocable: boolean })[];
  canDisable: boolean;
  isSelf: boolean;
};

/** A user the actor may manage: 404 when missing, 403 when they are another tenant's. */
async function loadManagedUser(db: Queryable, actor: Actor | null, userId: string) {
  const a = requirePermission(actor, 'users.manage');
  const user = await findUserById(db, userId);
  if (!user) throw new NotFoundError('user');
  const grants = await findGrantsOfUser(db, userId);
  if (!mayViewUser(a, grants)) throw new ForbiddenError('users.manage');
  return { a, user, grants };
}

export async function getUserDetail(db: Queryable, actor: Actor | null, userId: string): Promise<UserDetail> {
  const { a, user, grants } = await loadManagedUser(db, actor, userId);
  return {
    user,
    grants: grants.filter((g) => mayViewGrant(a, g)).map((g) => ({ ...g, revocable: mayRevoke(a, g) === 'ok' })),
    canDisable: mayDisable(a, user.id, grants) === 'ok',
    isSelf: user.id === a.userId,
  };
}

export type GrantChoices = {
  roles: GrantableRole[];
  centers: { id: string; name: string }[];
  points: { id: string; name: string; centerName: string }[];
};

/** What the grant form offers: only roles and tenants the actor may grant in. */
export async function grantChoices(db: Queryable, actor: Actor | null): Promise<GrantChoices> {
  const a = requirePermission(actor, 'users.manage');
  const [centers, points] = await Promise.all([centerChoices(db, a, 'users.manage'), pointChoices(db, a, 'users.manage')]);
  return { roles: rolesGrantableBy(a), centers, points: points.map((p) => ({ id: p.id, name: p.name, centerName: p.centerName })) };
}

/** Fills in the tenant the role needs: nothing, a center, or a point (whose center it takes). */
async function grantTenant(db: Queryable, actor: Actor, input: GrantInput): Promise<{ centerId: string | null; pointId: string | null }> {
  const scope = roleScope[input.role];
  if (scope === 'national') return { centerId: null, pointId: null };
  if (scope === 'center') {
    if (!input.centerId) throw new FieldValidationError({ centerId: { key: 'users.error.centerRequired' } });
    return { centerId: input.centerId, pointId: null };
  }
  if (!input.pointId) throw new FieldValidationError({ pointId: { key: 'users.error.pointRequired' } });
  const [point] = await pointsByIds(db, actor, [input.pointId]);
  if (!point) throw new FieldValidationError({ pointId: { key: 'validation.choice' } });
  if (input.centerId && input.centerId !== point.centerId) throw new FieldValidationError({ pointId: { key: 'users.error.pointNotInCenter' } });
  return { centerId: point.centerId, pointId: point.id };
}

/** Checks the actor may manage the user at all (before any form is read). */
export async function requireManagedUser(db: Queryable, actor: Actor | null, userId: string): Promise<UserRecord> {
  return (await loadManagedUser(db, actor, userId)).user;
}

export async function grantRole(db: Database, actor: Actor | null, userId: string, input: GrantInput): Promise<void> {
  const { a, user } = await loadManagedUser(db, actor, userId);
  const tenant = await grantTenant(db, a, input);
  if (!mayGrant(a, input.role, tenant.centerId)) throw new ForbiddenError('users.manage');
  await db.transaction(async (tx) => {
    const row = await insertGrant(tx, { userId: user.id, role: input.role, ...tenant, grantedBy: a.userId });
    if (!row) throw new FieldValidationError({ role: { key: 'users.error.grantExists' } });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: tenant.centerId,
      action: 'grant',
      entityType: 'role_grant',
      entityId: row.id,
      after: { ...row, userEmail: user.email },
    });
  });
}

async function loadGrantToRevoke(db: Queryable, actor: Actor | null, userId: string, grantId: string) {
  const { a, user } = await loadManagedUser(db, actor, userId);
  const grant = await findGrant(db, user.id, grantId);
  if (!grant) throw new NotFoundError('grant');
  const verdict = mayRevoke(a, grant);
  if (verdict === 'forbidden') throw new ForbiddenError('users.manage');
  return { a, user, grant, ownAdminRole: verdict === 'own-admin-role' };
}

/** The grant to revoke, for the confirmation page; 403 when the actor may not revoke it. */
export async function getGrantToRevoke(db: Queryable, actor: Actor | null, userId: string, grantId: string) {
  const { user, grant, ownAdminRole } = await loadGrantToRevoke(db, actor, userId, grantId);
  return { user, grant, ownAdminRole };
}

/** Thrown when someone tries to remove their own admin role or lock themselves out. */
export class SelfLockoutError extends Error {
  readonly statusCode = 409;
  constructor(readonly messageKey: 'users.error.ownAdminRole' | 'users.error.disableSelf') {
    super('self lock-out');
  }
}

export async function revokeGrant(db: Database, actor: Actor | null, userId: string, grantId: string): Promise<void> {
  const { a, user, grant, ownAdminRole } = await loadGrantToRevoke(db, actor, userId, grantId);
  if (ownAdminRole) throw new SelfLockoutError('users.error.ownAdminRole');
  await db.transaction(async (tx) => {
    const before = await deleteGrantRow(tx, grant.id);
    if (!before) throw new NotFoundError('grant');
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: grant.centerId,
      action: 'revoke',
      entityType: 'role_grant',
      entityId: grant.id,
      before: { ...before, userEmail: user.email },
    });
  });
}

/** The center an account action is recorded under: the actor's own, or the user's only one. */
function auditCenterOf(actor: Actor, grants: GrantRow[]): string | null {
  const scope = managedCenters(actor);
  const centers = [...new Set(grants.map((g) => g.centerId).filter((c): c is string => c != null))];
  if (scope !== 'all') return centers.find((c) => scope.includes(c)) ?? null;
  return centers.length === 1 ? (centers[0] as string) : null;
}

/** Disabling blocks the login and ends every session of the user at once. */
export async function setAccountDisabled(db: Database, actor: Actor | null, userId: string, disabled: boolean): Promise<void> {
  const { a, user, grants } = await loadManagedUser(db, actor, userId);
  const verdict = mayDisable(a, user.id, grants);
  if (verdict === 'self') throw new SelfLockoutError('users.error.disableSelf');
  if (verdict === 'forbidden') throw new ForbiddenError('users.manage');
  if ((user.disabledAt != null) === disabled) return;
  await db.transaction(async (tx) => {
    const after = await setUserDisabled(tx, user.id, disabled);
    if (disabled) await destroyUserSessions(tx, user.id);
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: auditCenterOf(a, grants),
      action: disabled ? 'disable' : 'enable',
      entityType: 'user',
      entityId: user.id,
      before: { email: user.email, disabledAt: user.disabledAt },
      after,
    });
  });
}
