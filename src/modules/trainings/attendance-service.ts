import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import type { Actor } from '../../platform/authz.js';
import { hungarianCollator } from '../../platform/i18n.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { FieldValidationError } from '../../platform/validation.js';
import type { AttendanceRights } from './attendance-policy.js';
import {
  type AttendanceSession,
  type LockedRegistration,
  listRoster,
  lockRegistrations,
  type RosterRow,
  type RosterStatus,
  rosterStatuses,
  updateRegistration,
} from './attendance-repo.js';
import { type AttendanceDecision, type AttendanceRefusal, type TimingRefusal, timingRefusal, transitionOf } from './attendance-rules.js';
import { sessionForAttendance } from './attendance-session.js';
import { completeLockedRegistration } from './completion-service.js';

/**
 * Attendance of a training session (issue 14): the roster of its confirmed participants, marked
 * attended, no-show or completed — one by one or many at once — by the center's staff or the
 * session's trainer (attendance-policy.ts). Every change is audited.
 */

export const rosterSorts = ['name', 'status'] as const;
export type RosterSort = (typeof rosterSorts)[number];

const statusOrder = new Map<string, number>(rosterStatuses.map((s, i) => [s, i]));

/** The roster in the asked order: names in Hungarian alphabetical order, or grouped by status (then by name). */
function sortRoster(rows: RosterRow[], order: Pick<ListParams<RosterSort>, 'sort' | 'dir'>): RosterRow[] {
  const byName = (a: RosterRow, b: RosterRow) => hungarianCollator.compare(a.participantName, b.participantName) || (a.id < b.id ? -1 : 1);
  const compare =
    order.sort === 'status' ? (a: RosterRow, b: RosterRow) => (statusOrder.get(a.status) ?? 0) - (statusOrder.get(b.status) ?? 0) || byName(a, b) : byName;
  const sorted = [...rows].sort(compare);
  return order.dir === 'desc' ? sorted.reverse() : sorted;
}

export type AttendancePage = {
  session: AttendanceSession;
  rights: AttendanceRights;
  page: Page<RosterRow>;
  /** How many participants are in each status (the whole roster, not the page). */
  counts: Record<RosterStatus, number>;
  /** Why a decision cannot be recorded now (the session was cancelled, or it is too early). */
  refusals: Partial<Record<AttendanceDecision, 'cancelled' | TimingRefusal>>;
  sort: Pick<ListParams<RosterSort>, 'sort' | 'dir'>;
};

function countsOf(rows: RosterRow[]): Record<RosterStatus, number> {
  const counts = Object.fromEntries(rosterStatuses.map((s) => [s, 0])) as Record<RosterStatus, number>;
  for (const r of rows) counts[r.status]++;
  return counts;
}

/** The attendance page: one page of the roster, the counts, and what can be recorded now. */
export async function getAttendancePage(
  db: Queryable,
  actor: Actor | null,
  sessionId: string,
  params: ListParams<RosterSort>,
  now = new Date(),
): Promise<AttendancePage> {
  const { session, rights } = await sessionForAttendance(db, actor, sessionId);
  const all = sortRoster(await listRoster(db, session.id), params);
  const refusals: AttendancePage['refusals'] = {};
  for (const decision of ['attended', 'no_show', 'completed'] as const) {
    const refusal = session.cancelledAt ? 'cancelled' : timingRefusal(session, decision, now);
    if (refusal) refusals[decision] = refusal;
  }
  const start = offsetOf(params);
  const page = pageOf(all.slice(start, start + params.pageSize), all.length, params);
  return { session, rights, page, counts: countsOf(all), refusals, sort: { sort: params.sort, dir: params.dir } };
}

/** The whole roster in the asked order: the CSV/XLSX export and the printable sign-in sheet. */
export async function wholeRoster(
  db: Queryable,
  actor: Actor | null,
  sessionId: string,
  order: Pick<ListParams<RosterSort>, 'sort' | 'dir'> = { sort: 'name', dir: 'asc' },
): Promise<{ session: AttendanceSession; rows: RosterRow[] }> {
  const { session } = await sessionForAttendance(db, actor, sessionId);
  return { session, rows: sortRoster(await listRoster(db, session.id), order) };
}

/** One participant left unchanged, and why. */
export type AttendanceProblem = { registrationId: string; name: string; reason: AttendanceRefusal };
export type AttendanceResult = { decision: AttendanceDecision; changed: number; unchanged: number; problems: AttendanceProblem[] };

/**
 * Records one decision for the chosen participants, in one transaction with their rows locked (a
 * double submit or two staff members at once change each row once). Rows that cannot take the
 * decision are left as they are and reported; the others change. A completion grants the
 * qualification (completion-service.ts) and is for the center's staff only.
 */
export async function markAttendance(
  db: Database,
  actor: Actor | null,
  sessionId: string,
  input: { decision: AttendanceDecision; registrationIds: readonly string[] },
  options: { baseUrl: string; now?: Date },
): Promise<AttendanceResult> {
  const { decision } = input;
  const { actor: a, session } = await sessionForAttendance(db, actor, sessionId, decision === 'completed' ? 'completion' : 'attendance');
  const now = options.now ?? new Date();
  if (session.cancelledAt) throw new FieldValidationError({ _form: { key: 'trainingAttendance.error.cancelled' } });
  const timing = timingRefusal(session, decision, now);
  if (timing) throw new FieldValidationError({ _form: { key: `trainingAttendance.error.${timing}` } });
  const ids = [...new Set(input.registrationIds)];
  if (ids.length === 0) throw new FieldValidationError({ _form: { key: 'trainingAttendance.error.noneChosen' } });
  return db.transaction(async (tx) => {
    const rows = new Map((await lockRegistrations(tx, session.id, ids)).map((r) => [r.id, r]));
    const result: AttendanceResult = { decision, changed: 0, unchanged: 0, problems: [] };
    for (const id of ids) {
      const row = rows.get(id);
      const transition = row ? transitionOf(row.status, decision) : 'notOnRoster';
      if (transition === 'same') result.unchanged++;
      else if (transition !== 'change' || !row)
        result.problems.push({ registrationId: id, name: row?.participantName ?? '', reason: transition as AttendanceRefusal });
      else {
        await applyDecision(tx, a, session, row, decision, { now, baseUrl: options.baseUrl });
        result.changed++;
      }
    }
    return result;
  });
}

async function applyDecision(
  tx: Queryable,
  actor: Actor,
  session: AttendanceSession,
  row: LockedRegistration,
  decision: AttendanceDecision,
  options: { now: Date; baseUrl: string },
): Promise<void> {
  if (decision === 'completed') {
    await completeLockedRegistration(tx, actor, session, row, options);
    return;
  }
  const after = await updateRegistration(tx, row.id, { status: decision });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    centerId: session.centerId,
    action: decision === 'attended' ? 'mark_attended' : 'mark_no_show',
    entityType: 'training_registration',
    entityId: row.id,
    before: { status: row.status },
    after: { status: after.status },
  });
}
