import type { Queryable } from '../../db/database.js';
import { type Actor, requireActor } from '../../platform/authz.js';
import { findTrainingHistory, type TrainingHistoryRow } from './attendance-history-repo.js';

export type { TrainingHistoryRow } from './attendance-history-repo.js';

/**
 * The signed-in volunteer's own training history for "my volunteering": the sessions they attended
 * or completed (or missed), the qualification each granted with its expiry, and the two things
 * left to do — the feedback and the certificate.
 */
export async function myTrainingHistory(db: Queryable, actor: Actor | null): Promise<TrainingHistoryRow[]> {
  return findTrainingHistory(db, requireActor(actor).userId);
}
