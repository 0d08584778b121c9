import { type Actor, centersVisibleTo, pointsVisibleTo } from '../../platform/authz.js';
import type { FollowUpReach } from './follow-up-repo.js';

/** The placements a coordinator reaches: their centers, plus the Volunteer Points they coordinate. */
export function coordinatorReachOf(actor: Actor): FollowUpReach {
  return { centers: centersVisibleTo(actor, 'placements.coordinate'), points: pointsVisibleTo(actor, 'placements.coordinate') };
}
