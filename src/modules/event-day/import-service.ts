import { parse } from 'csv-parse/sync';
import type { Database } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, requireActor } from '../../platform/authz.js';
import type { MessageKey } from '../../platform/i18n.js';
import { centerVolunteersByEmail, eventVolunteerIds, lockEventDay, upsertEventVolunteers } from './repo.js';
import { eventVolunteerFormSchema } from './schema.js';
import { requireEventDay, wishValues } from './service.js';

/**
 * Volunteers' wishes from a spreadsheet: rows pasted from Excel or LibreOffice (tab-separated) or a
 * CSV (semicolon or comma). Columns in this order: e-mail, ranked tasks (comma-separated), available
 * from, available until, the friend's e-mail, at most this many task-slots; a first row without an
 * "@" is a header. Every row is checked as the single form checks it (the same zod schema), the
 * volunteers and friends are found by e-mail among the center's volunteers, and nothing is saved
 * unless every row is right: the coordinator fixes the sheet and pastes it again.
 */

export const maxImportRows = 5000;

/** One row's problem: a message key with its parameters; for a value the form would refuse, the field and the form's own message key. */
export type ImportProblem = { row: number; key: MessageKey; params?: Record<string, string | number>; field?: string; message?: string };

export class ImportRejectedError extends Error {
  readonly statusCode = 422;
  constructor(readonly problems: ImportProblem[]) {
    super('event-day import rejected');
  }
}

type Line = { row: number; cells: string[] };

/** The delimiter of the pasted text: a tab (a spreadsheet's copy), else semicolon (Hungarian CSV), else comma. */
function delimiterOf(text: string): string {
  const first = text.split('\n', 1)[0] ?? '';
  if (first.includes('\t')) return '\t';
  return first.includes(';') ? ';' : ',';
}

/** The non-empty rows with their 1-based row numbers in the pasted text; a header row is skipped. */
export function readLines(text: string): Line[] {
  const records = parse(text.replace(/^\uFEFF/, ''), {
    delimiter: delimiterOf(text),
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const lines = records.map((r) => ({ row: r.info.lines, cells: r.record })).filter((l) => l.cells.some((c) => c !== ''));
  return lines.length > 0 && !(lines[0]?.cells[0] ?? '').includes('@') ? lines.slice(1) : lines;
}

const lower = (s: string | undefined) => (s ?? '').trim().toLowerCase();

/** Imports the pasted rows into the event day; the number of volunteers saved. */
export async function importEventVolunteers(db: Database, actor: Actor | null, eventDayId: string, text: string): Promise<number> {
  const eventDay = await requireEventDay(db, actor, eventDayId);
  const a = requireActor(actor);
  let lines: Line[];
  try {
    lines = readLines(text);
  } catch {
    throw new ImportRejectedError([{ row: 0, key: 'eventDay.import.unreadable' }]);
  }
  if (lines.length === 0) throw new ImportRejectedError([{ row: 0, key: 'eventDay.import.empty' }]);
  if (lines.length > maxImportRows) throw new ImportRejectedError([{ row: 0, key: 'eventDay.import.tooMany', params: { max: maxImportRows } }]);

  const emails = lines.flatMap((l) => [lower(l.cells[0]), lower(l.cells[4])]).filter(Boolean);
  const [found, present] = await Promise.all([centerVolunteersByEmail(db, eventDay.centerId, [...new Set(emails)]), eventVolunteerIds(db, eventDayId)]);
  const inFile = new Set(lines.map((l) => lower(l.cells[0])));
  const seen = new Set<string>();
  const problems: ImportProblem[] = [];
  const rows: (ReturnType<typeof wishValues> & { volunteerId: string })[] = [];
  for (const { row, cells } of lines) {
    const [email = '', ranked = '', from = '', until = '', friendEmail = '', maxSlots = ''] = cells;
    const volunteerId = found.get(lower(email));
    if (!volunteerId) {
      problems.push({ row, key: 'eventDay.import.unknownVolunteer', params: { email } });
      continue;
    }
    if (seen.has(volunteerId)) {
      problems.push({ row, key: 'eventDay.import.repeated', params: { email } });
      continue;
    }
    seen.add(volunteerId);
    const friendId = friendEmail ? found.get(lower(friendEmail)) : undefined;
    if (friendEmail && (!friendId || !(inFile.has(lower(friendEmail)) || present.has(friendId)))) {
      problems.push({ row, key: 'eventDay.import.unknownFriend', params: { email: friendEmail } });
      continue;
    }
    const parsed = eventVolunteerFormSchema.safeParse({
      volunteerId,
      rankedTasks: ranked,
      availableFrom: from,
      availableUntil: until,
      friendVolunteerId: friendId ?? '',
      maxSlots,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ row, key: 'eventDay.import.invalid', field: String(issue.path[0] ?? ''), message: issue.message });
      continue;
    }
    rows.push({ volunteerId, ...wishValues(eventDay, parsed.data) });
  }
  if (problems.length > 0) throw new ImportRejectedError(problems);

  await db.transaction(async (tx) => {
    await lockEventDay(tx, eventDayId);
    await upsertEventVolunteers(tx, eventDayId, rows);
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: eventDay.centerId,
      action: 'import',
      entityType: 'event_day_volunteer',
      entityId: eventDayId,
      after: { count: rows.length, volunteerIds: rows.map((r) => r.volunteerId) },
    });
  });
  return rows.length;
}
