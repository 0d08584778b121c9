import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { companies, companyMembers } from '../../db/schema/index.js';
import { type Actor, refusalFor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { type CompanyAction, type CompanyFacts, mayActForCompany } from '../../platform/partner-authz.js';

/**
 * The facts a company decision needs (platform/authz.ts `mayActForCompany`): the company's center
 * and the actor's membership. Null when the company does not exist.
 */
export async function loadCompanyFacts(db: Queryable, actor: Actor | null, companyId: string): Promise<(CompanyFacts & { name: string }) | null> {
  const [company] = await db.select({ centerId: companies.centerId, name: companies.name }).from(companies).where(eq(companies.id, companyId));
  if (!company) return null;
  if (!actor) return { ...company, membership: null };
  const [member] = await db
    .select({ role: companyMembers.role })
    .from(companyMembers)
    .where(and(eq(companyMembers.companyId, companyId), eq(companyMembers.userId, actor.userId)));
  return { ...company, membership: member?.role ?? null };
}

/**
 * The company if the actor may take the action for it. Stranger policy: whoever may not even see the
 * company gets 404 (a company never learns that another company exists); one who sees but may not act, 403.
 */
export async function requireCompany(db: Queryable, actor: Actor | null, action: CompanyAction, companyId: string) {
  const facts = await loadCompanyFacts(db, actor, companyId);
  if (!facts) throw new NotFoundError('company');
  if (mayActForCompany(actor, action, facts)) return { id: companyId, ...facts };
  throw refusalFor(action !== 'view' && mayActForCompany(actor, 'view', facts), 'company');
}

/** The companies the user coordinates. */
export async function companiesOfUser(db: Queryable, userId: string): Promise<{ companyId: string; name: string; role: string }[]> {
  return db
    .select({ companyId: companies.id, name: companies.name, role: companyMembers.role })
    .from(companyMembers)
    .innerJoin(companies, eq(companies.id, companyMembers.companyId))
    .where(eq(companyMembers.userId, userId))
    .orderBy(companies.sortKey);
}
