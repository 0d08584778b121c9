import type { Database, Queryable } from '../../db/database.js';
import { type Actor, ForbiddenError, mayActForOrganization, refusalFor, requireActor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';
import { FieldValidationError } from '../../platform/validation.js';
import { approveHourEntry, logTimedHours, MinorLimitError } from '../hours/service.js';
import { organizationFacts } from '../organizations/service.js';
import { changeApplicationStatus } from '../placements/service.js';
import type { MinorTimeViolation } from '../volunteer-law/minor-time-limits.js';
import { type CheckInShift, findShiftById, listRoster, type RosterRow } from './repo.js';

/**
 * The shift's roster (jelenléti ív): after the shift the host organization marks each volunteer
 * signed up for it as attended or a no-show, in one go. Attended: the hour entry for the shift is
 * approved — the one a QR check-out logged, or a new one for the whole shift, logged through the
 * hours module so the Köt. 5. § minors' limits apply. No-show: the placement moves to 'no_show'
 * through the placements status machine (accepted only). Every step is its own audited write;
 * a row that cannot be done (a minors' limit, a status that cannot move) is reported, the rest go on.
 */
export type RosterDecision = 'attended' | 'no_show' | 'skip';
export type RosterLine = RosterRow & { choices: RosterDecision[] };
export type RosterPage = { shift: CheckInShift; lines: RosterLine[]; ended: boolean; mayConfirm: boolean };
export type RosterProblem = { name: { familyName: string; givenName: string }; key: MessageKey; violations?: MinorTimeViolation[] };
export type RosterResult = { attended: number; noShows: number; problems: RosterProblem[] };

/** What the organization may still decide for a row (an approved entry or a no-show is final here). */
export function rosterChoices(row: Pick<RosterRow, 'status' | 'entryStatus'>): RosterDecision[] {
  if (row.status === 'no_show' || row.entryStatus === 'approved') return [];
  return row.status === 'accepted' ? ['attended', 'no_show', 'skip'] : ['attended', 'skip'];
}

async function rosterShift(db: Queryable, actor: Actor | null, shiftId: string): Promise<{ actor: Actor; shift: CheckInShift }> {
  const a = requireActor(actor);
  const shift = await findShiftById(db, shiftId);
  if (!shift) throw new NotFoundError('shift');
  // Only the host organization's members keep its roster; the coordinators who follow its check-ins
  // see the shift (403), anyone else learns nothing (404).
  const facts = await organizationFacts(db, a, { id: shift.organizationId, centerId: shift.centerId, pointId: shift.organizationPointId });
  if (!mayActForOrganization(a, 'host', facts)) throw refusalFor(mayActForOrganization(a, 'followPlacements', facts), 'shift roster');
  return { actor: a, shift };
}

export async function getShiftRoster(db: Queryable, actor: Actor | null, shiftId: string, now = new Date()): Promise<RosterPage> {
  const { shift } = await rosterShift(db, actor, shiftId);
  const lines = (await listRoster(db, shift.id)).map((row) => ({ ...row, choices: rosterChoices(row) }));
  const ended = shift.endsAt.getTime() <= now.getTime();
  return { shift, lines, ended, mayConfirm: ended && !shift.cancelledAt && lines.some((l) => l.choices.length > 1) };
}

export async function confirmShiftRoster(
  db: Database,
  actor: Actor | null,
  shiftId: string,
  decisions: ReadonlyMap<string, RosterDecision>,
  options: { baseUrl: string; now?: Date },
): Promise<RosterResult> {
  const { shift } = await rosterShift(db, actor, shiftId);
  const now = options.now ?? new Date();
  if (shift.cancelledAt) throw new FieldValidationError({ _form: { key: 'checkIn.roster.error.cancelled' } });
  if (shift.endsAt.getTime() > now.getTime()) throw new FieldValidationError({ _form: { key: 'checkIn.roster.error.notEnded' } });
  const result: RosterResult = { attended: 0, noShows: 0, problems: [] };
  for (const row of await listRoster(db, shift.id)) {
    const decision = decisions.get(row.applicationId) ?? 'skip';
    if (decision === 'skip') continue;
    const name = { familyName: row.familyName, givenName: row.givenName };
    if (!rosterChoices(row).includes(decision)) {
      result.problems.push({ name, key: 'checkIn.roster.problem.notAllowed' });
      continue;
    }
    try {
      if (decision === 'no_show') {
        await changeApplicationStatus(db, actor, row.applicationId, { status: 'no_show', reason: null }, { baseUrl: options.baseUrl, now });
        result.noShows++;
      } else {
        const entryId =
          row.entryStatus === 'submitted' && row.entryId
            ? row.entryId
            : await logTimedHours(db, actor, row.applicationId, {
                startsAt: shift.startsAt,
                endsAt: shift.endsAt,
                activity: shift.opportunityTitle,
                shiftId: shift.id,
              });
        await approveHourEntry(db, actor, entryId);
        result.attended++;
      }
    } catch (err) {
      if (err instanceof MinorLimitError) result.problems.push({ name, key: 'checkIn.roster.problem.minorLimit', violations: err.violations });
      else if (err instanceof FieldValidationError || err instanceof ForbiddenError) result.problems.push({ name, key: 'checkIn.roster.problem.notAllowed' });
      else throw err;
    }
  }
  return result;
}
