import { type Actor, type Role, requireActor, roles, UnauthenticatedError } from '../../platform/authz.js';
import { findUserById, grantsWithTenantNames } from './repo.js';
import type { AccountsDeps } from './service-deps.js';

export type AccountRole = { role: Role; centerName: string | null; pointName: string | null };

export type AccountOverview = {
  familyName: string;
  givenName: string;
  email: string;
  signupKind: string;
  createdAt: Date;
  roles: AccountRole[];
};

function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

/** The logged-in user's own account: anyone may see their own, nobody anyone else's here. */
export async function accountOverview(deps: AccountsDeps, actor: Actor | null): Promise<AccountOverview> {
  const me = requireActor(actor);
  const user = await findUserById(deps.db, me.userId);
  if (!user) throw new UnauthenticatedError();
  const grants = await grantsWithTenantNames(deps.db, me.userId);
  return {
    familyName: user.familyName,
    givenName: user.givenName,
    email: user.email,
    signupKind: user.signupKind,
    createdAt: user.createdAt,
    // A role name this version does not know (e.g. after a downgrade) is left out rather than shown raw.
    // Listed in the order of the role table: the widest responsibility first.
    roles: grants
      .flatMap((g) => (isRole(g.role) ? [{ role: g.role, centerName: g.centerName, pointName: g.pointName }] : []))
      .sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role)),
  };
}
