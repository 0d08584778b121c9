import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, ForbiddenError } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { type Translate, translator } from '../../platform/i18n.js';
import { templateAccess } from './access.js';
import { findOrganizationParty, findTemplate, upsertTemplate } from './repo.js';
import type { TemplateInput } from './schema.js';

export type TemplateTexts = { introText: string; dutiesText: string; closingText: string };

/** The formal Hungarian texts used until the organization saves its own (from the catalog). */
export function defaultTemplate(t: Translate = translator('hu')): TemplateTexts {
  return { introText: t('contracts.default.intro'), dutiesText: t('contracts.default.duties'), closingText: t('contracts.default.closing') };
}

/** The organization's texts, or the defaults when it has not saved any. */
export async function templateTextsOf(db: Queryable, organizationId: string): Promise<TemplateTexts & { saved: boolean }> {
  const row = await findTemplate(db, organizationId);
  if (!row) return { ...defaultTemplate(), saved: false };
  return { introText: row.introText, dutiesText: row.dutiesText, closingText: row.closingText, saved: true };
}

/** The template page: members see the texts and the preview; admins may edit. */
export async function getTemplatePage(db: Queryable, actor: Actor | null, organizationId: string) {
  const access = await templateAccess(db, actor, organizationId);
  const organization = await findOrganizationParty(db, organizationId);
  if (!organization) throw new NotFoundError('organization');
  const row = await findTemplate(db, organizationId);
  return { organization, texts: await templateTextsOf(db, organizationId), updatedAt: row?.updatedAt ?? null, mayEdit: access.mayEdit };
}
export type TemplatePageData = Awaited<ReturnType<typeof getTemplatePage>>;

/** An organization admin saves the three free texts; the Köt. 6. § (1) section is not among them. Audited. */
export async function saveTemplate(db: Database, actor: Actor | null, organizationId: string, input: TemplateInput): Promise<void> {
  const access = await templateAccess(db, actor, organizationId);
  if (!access.mayEdit) throw new ForbiddenError('only the organization admins edit the contract template');
  const organization = await findOrganizationParty(db, organizationId);
  if (!organization) throw new NotFoundError('organization');
  await db.transaction(async (tx) => {
    const before = await findTemplate(tx, organizationId);
    const after = await upsertTemplate(tx, { organizationId, ...input, updatedByUserId: access.actor.userId });
    await recordAudit(tx, {
      actorUserId: access.actor.userId,
      centerId: organization.centerId,
      action: before ? 'update' : 'create',
      entityType: 'contract_template',
      entityId: organizationId,
      before: before ?? undefined,
      after,
    });
  });
}
