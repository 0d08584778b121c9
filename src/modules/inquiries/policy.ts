import {
  type Actor,
  can,
  centersVisibleTo,
  ForbiddenError,
  isNationalAdmin,
  pointGrantsWith,
  refusalFor,
  requireActor,
  requirePermission,
} from '../../platform/authz.js';

/**
 * Who works with which inquiries (issue 14): national admins with every center's, a center's staff
 * with all of their center's (its points' too), a Volunteer Point's coordinator only with those of
 * their own point. An inquiry outside the actor's reach answers 404, as if it did not exist (ADR 003).
 */

/**
 * The inquiries a list or a count may return for the actor: whole centers, and points each with its
 * center (so a point's query still reads its center's (center_id, received_at) index).
 */
export type InquiryReach = { centers: 'all' | string[]; points: { centerId: string | null; pointId: string }[] };

export function inquiryReachOf(actor: Actor | null): InquiryReach {
  return {
    centers: centersVisibleTo(actor, 'inquiries.log'),
    points: pointGrantsWith(actor, 'inquiries.log').map((g) => ({ centerId: g.centerId, pointId: g.pointId as string })),
  };
}

export type InquiryTenant = { centerId: string; pointId: string | null };

export function mayLogInquiry(actor: Actor | null, tenant: InquiryTenant): boolean {
  return can(actor, 'inquiries.log', tenant);
}

/** The actor, if they may work with an inquiry of this tenant; 404 otherwise. */
export function requireInquiryAccess(actor: Actor | null, tenant: InquiryTenant): Actor {
  const a = requirePermission(actor, 'inquiries.log');
  if (!mayLogInquiry(a, tenant)) throw refusalFor(false, 'inquiry');
  return a;
}

/**
 * Who keeps a managed list of topics: a center's admins their center's (and national admins every
 * center's); the national list (no center) is the national admins' alone, since a check without a
 * center would be met by any center's grant.
 */
export function requireTopicManager(actor: Actor | null, centerId: string | null): Actor {
  if (centerId !== null) {
    const a = requirePermission(actor, 'inquiries.topics');
    if (!can(a, 'inquiries.topics', { centerId })) throw refusalFor(can(a, 'inquiries.log', { centerId }), 'topic');
    return a;
  }
  const a = requireActor(actor);
  if (!isNationalAdmin(a)) throw new ForbiddenError('inquiries.topics');
  return a;
}

export function mayManageTopics(actor: Actor | null, centerId: string | null): boolean {
  return centerId === null ? isNationalAdmin(actor) : can(actor, 'inquiries.topics', { centerId });
}
