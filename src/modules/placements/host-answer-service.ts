import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, requireOnPlacement, requirePermission } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { findHostResponseSettings } from '../organizations/service.js';
import { coordinatorReachOf } from './coordinator-reach.js';
import { mailHostAnswerReminder } from './host-answer-mail.js';
import {
  claimUnremindedOverdue,
  countOverdueHostAnswers,
  countUnansweredAndOverdue,
  findOverdueHostAnswers,
  findWaitOf,
  type HostAnswerScope,
  type HostAnswerSort,
  markHostReminded,
  type OverdueHostAnswerRow,
} from './host-answer-repo.js';
import { overdueCutoffs, waitAge } from './host-answer-rules.js';
import { findApplicationRecord, findApplicationView } from './repo.js';
import { loadForActor } from './status-service.js';

/** An overdue wait as the list shows it: also its age in working and calendar days. */
export type OverdueHostAnswer = OverdueHostAnswerRow & { workingDaysWaiting: number; calendarDaysWaiting: number; nudgedToday: boolean };

async function cutoffsFor(db: Queryable, today: string) {
  return overdueCutoffs(today, await findHostResponseSettings(db));
}

function withAge(row: OverdueHostAnswerRow, today: string): OverdueHostAnswer {
  const age = waitAge(row.waitingSinceDay, today);
  const nudgedToday = row.hostNudgedAt != null && budapestDay(new Date(row.hostNudgedAt)) === today;
  return { ...row, workingDaysWaiting: age.workingDays, calendarDaysWaiting: age.calendarDays, nudgedToday };
}

/** The coordinators' list of applications and referrals the host has not answered in time. */
export async function listOverdueHostAnswers(
  db: Queryable,
  actor: Actor | null,
  params: ListParams<HostAnswerSort>,
  scope: HostAnswerScope = 'overdue',
  now = new Date(),
): Promise<Page<OverdueHostAnswer>> {
  const reach = coordinatorReachOf(requirePermission(actor, 'placements.coordinate'));
  const today = budapestDay(now);
  const cutoffs = await cutoffsFor(db, today);
  const [rows, total] = await Promise.all([
    findOverdueHostAnswers(db, reach, cutoffs, params, { limit: params.pageSize, offset: offsetOf(params) }, scope),
    countOverdueHostAnswers(db, reach, cutoffs, scope),
  ]);
  return pageOf(
    rows.map((r) => withAge(r, today)),
    total,
    params,
  );
}

export async function exportOverdueHostAnswers(
  db: Queryable,
  actor: Actor | null,
  order: Pick<ListParams<HostAnswerSort>, 'sort' | 'dir'>,
  scope: HostAnswerScope = 'overdue',
  now = new Date(),
): Promise<OverdueHostAnswer[]> {
  const reach = coordinatorReachOf(requirePermission(actor, 'placements.coordinate'));
  const today = budapestDay(now);
  const rows = await findOverdueHostAnswers(db, reach, await cutoffsFor(db, today), order, { limit: maxExportRows, offset: 0 }, scope);
  return rows.map((r) => withAge(r, today));
}

/** How many waits are unanswered in the coordinator's reach, and how many of them are overdue (the dashboard's counts). */
export async function countUnansweredHostAnswers(db: Queryable, actor: Actor | null, now = new Date()): Promise<{ waiting: number; overdue: number }> {
  const reach = coordinatorReachOf(requirePermission(actor, 'placements.coordinate'));
  const cutoffs = await cutoffsFor(db, budapestDay(now));
  return countUnansweredAndOverdue(db, reach, cutoffs);
}

export type NudgeResult = 'nudged' | 'alreadyToday' | 'answered';

/**
 * A coordinator reminds the host again by e-mail. At most once per Budapest day per application
 * (the row is locked, so two clicks at once send one mail); only while the host still owes an answer.
 */
export async function nudgeHost(db: Database, actor: Actor | null, applicationId: string, options: { baseUrl: string; now?: Date }): Promise<NudgeResult> {
  const { sides } = await loadForActor(db, actor, applicationId);
  requireOnPlacement(sides, 'coordinate');
  const a = requirePermission(actor, 'placements.coordinate');
  const now = options.now ?? new Date();
  const today = budapestDay(now);
  return db.transaction(async (tx) => {
    const current = await findApplicationRecord(tx, applicationId, { lock: true });
    if (!current) throw new NotFoundError('application');
    if (current.status !== 'applied' && current.status !== 'referred') return 'answered';
    if (current.hostNudgedAt && budapestDay(current.hostNudgedAt) === today) return 'alreadyToday';
    const wait = await findWaitOf(tx, applicationId);
    const view = await findApplicationView(tx, applicationId);
    if (!view || !wait) throw new NotFoundError('application');
    const recipients = await mailHostAnswerReminder(tx, view, { kind: 'nudge', ...wait, baseUrl: options.baseUrl });
    await markHostReminded(tx, applicationId, 'nudge', now);
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: current.centerId,
      action: 'host_nudged',
      entityType: 'application',
      entityId: applicationId,
      before: { hostNudgedAt: current.hostNudgedAt },
      after: { hostNudgedAt: now.toISOString(), recipients },
    });
    return 'nudged';
  });
}

export type HostReminderRunResult = { reminded: number };

/**
 * The background job: one reminder to the host's members when an application's deadline has
 * passed. Claimed with SKIP LOCKED, mailed through the outbox and marked in the same transaction,
 * so two processes (or two ticks) never send it twice, and a crash sends nothing half-way.
 */
export async function runHostAnswerReminders(db: Database, options: { baseUrl: string }, now = new Date(), batchSize = 50): Promise<HostReminderRunResult> {
  const today = budapestDay(now);
  const cutoffs = await cutoffsFor(db, today);
  let reminded = 0;
  for (;;) {
    const claimed = await db.transaction(async (tx) => {
      const ids = await claimUnremindedOverdue(tx, cutoffs, batchSize);
      for (const id of ids) {
        const wait = await findWaitOf(tx, id);
        const view = await findApplicationView(tx, id);
        if (!view || !wait) continue;
        const recipients = await mailHostAnswerReminder(tx, view, { kind: 'reminder', ...wait, baseUrl: options.baseUrl });
        await markHostReminded(tx, id, 'reminder', now);
        await recordAudit(tx, {
          actorUserId: null,
          centerId: view.application.centerId,
          action: 'host_reminded',
          entityType: 'application',
          entityId: id,
          after: { hostRemindedAt: now.toISOString(), waitingSince: wait.startDay, recipients },
        });
      }
      return ids.length;
    });
    reminded += claimed;
    if (claimed < batchSize) return { reminded };
  }
}
