import { type Actor, can, ForbiddenError, isNationalAdmin, requireActor, requirePermission } from '../../platform/authz.js';

/**
 * Who writes an article: the staff of its center (`knowledge.edit`), and for a national article
 * (no center) the national admins alone — a permission check without a center would be met by any
 * center's grant.
 */
export function requireArticleEditor(actor: Actor | null, centerId: string | null): Actor {
  if (centerId !== null) return requirePermission(actor, 'knowledge.edit', { centerId });
  const a = requireActor(actor);
  if (!isNationalAdmin(a)) throw new ForbiddenError('knowledge.edit');
  return a;
}

export function mayEditArticle(actor: Actor | null, centerId: string | null): boolean {
  return centerId === null ? isNationalAdmin(actor) : can(actor, 'knowledge.edit', { centerId });
}
