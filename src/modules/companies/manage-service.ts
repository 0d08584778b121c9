import { eq } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.js';
import { companies, companyMembers, roleGrants } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, centersVisibleTo, requireActor, requirePermission } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { FieldValidationError } from '../../platform/validation.js';
import { placeLabel, requirePlace } from '../places/service.js';
import { requireCompany } from './facts.js';
import {
  type CompanyListRow,
  type CompanySort,
  centerOfCounty,
  countCompanies,
  findCompany,
  findCoordinators,
  findUserByEmail,
  hasGrant,
  listCompanies,
} from './repo.js';
import type { CompanyInput } from './schema.js';

/** Center staff's side of corporate volunteering: the companies of their centers and their coordinators. */

function staffCenters(actor: Actor | null): 'all' | string[] {
  requirePermission(actor, 'programs.manage');
  return centersVisibleTo(actor, 'programs.manage');
}

export async function listCompaniesFor(db: Queryable, actor: Actor | null, params: ListParams<CompanySort>): Promise<Page<CompanyListRow>> {
  const centers = staffCenters(actor);
  const [total, items] = await Promise.all([
    countCompanies(db, centers),
    listCompanies(db, centers, params, { limit: params.pageSize, offset: offsetOf(params) }),
  ]);
  return pageOf(items, total, params);
}

export async function exportCompaniesFor(db: Queryable, actor: Actor | null, order: Pick<ListParams<CompanySort>, 'sort' | 'dir'>) {
  return listCompanies(db, staffCenters(actor), order, { limit: maxExportRows, offset: 0 });
}

/** A company as the edit form and its coordinators list show it (program staff of its center). */
export async function getCompanyForStaff(db: Queryable, actor: Actor | null, companyId: string) {
  await requireCompany(db, actor, 'setUp', companyId);
  const found = await findCompany(db, companyId);
  if (!found) throw new NotFoundError('company');
  const place = found.company.placeId ? ({ name: found.placeName ?? '', county: found.county ?? '' } as const) : null;
  return { ...found.company, placeText: place ? placeLabel(place) : '', coordinators: await findCoordinators(db, companyId) };
}

/**
 * The company's center: the staff member's own center; a national admin (who has none) files it
 * under the center of the settlement's county.
 */
async function centerFor(db: Queryable, actor: Actor, county: string): Promise<string> {
  const centers = centersVisibleTo(actor, 'programs.manage');
  if (centers !== 'all' && centers[0]) return centers[0];
  const centerId = await centerOfCounty(db, county);
  if (!centerId) throw new FieldValidationError({ place: { key: 'organizations.error.noCenter', params: { county } } });
  return centerId;
}

function valuesOf(input: CompanyInput, placeId: number) {
  return {
    name: input.name,
    sortKey: hungarianSortKey(input.name),
    taxNumber: input.taxNumber,
    placeId,
    address: input.address,
    email: input.email,
    phone: input.phone,
  };
}

export async function createCompany(db: Database, actor: Actor | null, input: CompanyInput): Promise<string> {
  const a = requirePermission(actor, 'programs.manage');
  const place = await requirePlace(db, 'place', input.place);
  const centerId = await centerFor(db, a, place.county);
  requirePermission(a, 'programs.manage', { centerId });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(companies)
      .values({ ...valuesOf(input, place.id), centerId, createdBy: a.userId })
      .returning();
    if (!row) throw new Error('company insert failed');
    await recordAudit(tx, { actorUserId: a.userId, centerId, action: 'create', entityType: 'company', entityId: row.id, after: row });
    return row.id;
  });
}

export async function updateCompany(db: Database, actor: Actor | null, companyId: string, input: CompanyInput): Promise<void> {
  const company = await requireCompany(db, actor, 'setUp', companyId);
  const a = requireActor(actor);
  const place = await requirePlace(db, 'place', input.place);
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(companies).where(eq(companies.id, companyId)).for('update');
    const [after] = await tx
      .update(companies)
      .set({ ...valuesOf(input, place.id), updatedAt: new Date() })
      .where(eq(companies.id, companyId))
      .returning();
    await recordAudit(tx, { actorUserId: a.userId, centerId: company.centerId, action: 'update', entityType: 'company', entityId: companyId, before, after });
  });
}

/**
 * Appoints a coordinator by the e-mail of an existing account: the company_coordinator grant in the
 * company's center (if missing: it shows them /companies) and the membership that lets them act.
 */
export async function appointCoordinator(db: Database, actor: Actor | null, companyId: string, email: string): Promise<void> {
  const company = await requireCompany(db, actor, 'setUp', companyId);
  const a = requireActor(actor);
  const user = await findUserByEmail(db, email);
  if (!user) throw new FieldValidationError({ email: { key: 'companies.error.noAccount' } });
  await db.transaction(async (tx) => {
    if (!(await hasGrant(tx, user.id, 'company_coordinator', company.centerId))) {
      const [grant] = await tx
        .insert(roleGrants)
        .values({ userId: user.id, role: 'company_coordinator', centerId: company.centerId, grantedBy: a.userId })
        .returning();
      await recordAudit(tx, {
        actorUserId: a.userId,
        centerId: company.centerId,
        action: 'grant',
        entityType: 'role_grant',
        entityId: grant?.id,
        after: grant,
      });
    }
    const [member] = await tx.insert(companyMembers).values({ companyId, userId: user.id, role: 'coordinator' }).onConflictDoNothing().returning();
    if (!member) throw new FieldValidationError({ email: { key: 'companies.error.alreadyCoordinator' } });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: company.centerId,
      action: 'appoint',
      entityType: 'company_member',
      entityId: companyId,
      after: member,
    });
  });
}
