import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, centersVisibleTo, requireActor, requirePermission } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { type ListParams, type Page, pageOf } from '../../platform/list-params.js';
import { FieldValidationError, parseForm } from '../../platform/validation.js';
import {
  type FeedbackCommentRow,
  type FeedbackSummaryRow,
  type FeedbackTarget,
  feedbackComments,
  feedbackSummary,
  findFeedbackTarget,
  insertFeedback,
} from './feedback-repo.js';
import { type CommentFilter, type FeedbackGrouping, type FeedbackSummarySort, feedbackFormSchema } from './feedback-schema.js';

/**
 * Feedback after a session (issue 14): a participant who attended or completed it rates the
 * content, the trainer and the usefulness (1–5) and may write a comment, once. The center's staff
 * read the averages per course and per trainer, and the comments, which name no participant.
 */

/** Where the participant stands with the form: may give it, gave it already, or did not attend (yet). */
export type FeedbackState = 'open' | 'given' | 'notAttended';

/** The participant's own registration, for them alone (anyone else: 404, as an unknown id). */
export async function feedbackFormFor(db: Queryable, actor: Actor | null, registrationId: string): Promise<{ target: FeedbackTarget; state: FeedbackState }> {
  const a = requireActor(actor);
  const target = await findFeedbackTarget(db, registrationId);
  if (!target || target.participantUserId !== a.userId) throw new NotFoundError('training registration');
  const attended = target.status === 'attended' || target.status === 'completed';
  return { target, state: target.feedbackId ? 'given' : attended ? 'open' : 'notAttended' };
}

/** Gives the feedback, once; a second answer is refused (the first stands). Audited. */
export async function giveFeedback(db: Database, actor: Actor | null, registrationId: string, input: unknown): Promise<void> {
  const { target, state } = await feedbackFormFor(db, actor, registrationId);
  if (state === 'given') throw new FieldValidationError({ _form: { key: 'trainingAttendance.feedback.already' } });
  if (state === 'notAttended') throw new FieldValidationError({ _form: { key: 'trainingAttendance.feedback.notAttended' } });
  const form = parseForm(feedbackFormSchema, input);
  if (!form.ok) throw new FieldValidationError(form.errors);
  const a = requireActor(actor);
  await db.transaction(async (tx) => {
    const row = await insertFeedback(tx, { registrationId, sessionId: target.sessionId, ...form.data });
    if (!row) throw new FieldValidationError({ _form: { key: 'trainingAttendance.feedback.already' } });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: target.centerId,
      action: 'create',
      entityType: 'training_feedback',
      entityId: row.id,
      after: row,
    });
  });
}

/** The centers whose feedback the staff member reads ('all' for a national admin). */
function readableCenters(actor: Actor | null): 'all' | string[] {
  return centersVisibleTo(requirePermission(actor, 'trainings.manage'), 'trainings.manage');
}

/** One page of the summary per course or per trainer, for the center's staff. */
export async function listFeedbackSummary(
  db: Queryable,
  actor: Actor | null,
  grouping: FeedbackGrouping,
  params: ListParams<FeedbackSummarySort>,
): Promise<Page<FeedbackSummaryRow>> {
  const rows = await feedbackSummary(db, readableCenters(actor), grouping, params);
  return pageOf(rows, rows[0]?.total ?? 0, params);
}

/** The whole summary (CSV/XLSX). */
export function exportFeedbackSummary(
  db: Queryable,
  actor: Actor | null,
  grouping: FeedbackGrouping,
  order: Pick<ListParams<FeedbackSummarySort>, 'sort' | 'dir'>,
  limit: number,
): Promise<FeedbackSummaryRow[]> {
  return feedbackSummary(db, readableCenters(actor), grouping, { ...order, limit, offset: 0 });
}

/** One page of the written comments, narrowed to a course or a trainer. */
export async function listFeedbackComments(
  db: Queryable,
  actor: Actor | null,
  filter: CommentFilter,
  params: ListParams<'created'>,
): Promise<Page<FeedbackCommentRow>> {
  const rows = await feedbackComments(db, readableCenters(actor), filter, {
    dir: params.dir,
    limit: params.pageSize,
    offset: (params.page - 1) * params.pageSize,
  });
  return pageOf(rows, rows[0]?.total ?? 0, params);
}

/** The comments as a whole (CSV/XLSX). */
export function exportFeedbackComments(db: Queryable, actor: Actor | null, filter: CommentFilter, dir: 'asc' | 'desc', limit: number) {
  return feedbackComments(db, readableCenters(actor), filter, { dir, limit, offset: 0 });
}
