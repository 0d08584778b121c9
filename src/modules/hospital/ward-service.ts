import type { Database } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import type { Actor } from '../../platform/authz.js';
import { addDays, budapestDay, mondayOf } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { FieldValidationError } from '../../platform/validation.js';
import { requireProgramStaff, requireWardReader, requireWardStaff, type WardAccess } from './policy.js';
import type { HospitalProgram } from './repo.js';
import { type ProgramSlotRow, type SignupRow, signupsOf, slotsOfWardWithNames } from './roster-repo.js';
import { slotRunsInWeek } from './roster-weeks.js';
import type { SlotInput, WardInput } from './schema.js';
import {
  cancelSignupsAfter,
  findSlot,
  insertSlot,
  insertWard,
  programOrganizations,
  setSlotActiveUntil,
  userIdByEmail,
  type WardRow,
  wardsOfProgram,
} from './ward-repo.js';

export type WardsOverview = { program: HospitalProgram; wards: WardRow[]; organizations: { id: string; name: string }[] };

/** The program's wards and the hosts a new ward may belong to, for the center staff. */
export async function listWards(db: Database, actor: Actor | null, programId: string): Promise<WardsOverview> {
  const { program } = await requireProgramStaff(db, actor, programId);
  const [wards, organizations] = await Promise.all([wardsOfProgram(db, program.id), programOrganizations(db, program.id)]);
  return { program, wards, organizations };
}

/** A new ward at one of the program's host organizations, its supervisor an account (by e-mail) or a name. */
export async function createWard(db: Database, actor: Actor | null, programId: string, input: WardInput): Promise<string> {
  const { actor: a, program } = await requireProgramStaff(db, actor, programId);
  const organizations = await programOrganizations(db, program.id);
  if (!organizations.some((o) => o.id === input.organizationId)) throw new FieldValidationError({ organizationId: { key: 'validation.choice' } });
  const supervisorUserId = input.supervisorEmail ? await userIdByEmail(db, input.supervisorEmail) : undefined;
  if (input.supervisorEmail && !supervisorUserId) throw new FieldValidationError({ supervisorEmail: { key: 'hospital.error.noAccount' } });
  return db.transaction(async (tx) => {
    const ward = await insertWard(tx, {
      programId: program.id,
      organizationId: input.organizationId,
      name: input.name,
      supervisorUserId: supervisorUserId ?? null,
      supervisorName: input.supervisorName,
    });
    await recordAudit(tx, { actorUserId: a.userId, centerId: program.centerId, action: 'create', entityType: 'ward', entityId: ward.id, after: ward });
    return ward.id;
  });
}

export type WardWeek = {
  access: WardAccess;
  weekStart: string;
  slots: ProgramSlotRow[];
  /** The slots that run in the week, each with who signed up (Hungarian order). */
  grid: { slot: ProgramSlotRow; signups: SignupRow[] }[];
};

/** Who comes when to the ward in one week: for its supervisor, the program's staff and the host's members. */
export async function wardWeek(db: Database, actor: Actor | null, wardId: string, week: string | undefined, now = new Date()): Promise<WardWeek> {
  const access = await requireWardReader(db, actor, wardId);
  const weekStart = mondayOf(week ?? budapestDay(now));
  const slots = await slotsOfWardWithNames(db, access.ward.id);
  const running = slots.filter((s) => slotRunsInWeek(s, weekStart));
  const signups = await signupsOf(
    db,
    running.map((s) => s.id),
    [weekStart],
  );
  return { access, weekStart, slots, grid: running.map((slot) => ({ slot, signups: signups.filter((r) => r.slotId === slot.id) })) };
}

/** A recurring weekly slot on the ward's roster. */
export async function addSlot(db: Database, actor: Actor | null, wardId: string, input: SlotInput): Promise<void> {
  const { actor: a, ward, program } = await requireWardStaff(db, actor, wardId);
  await db.transaction(async (tx) => {
    const slot = await insertSlot(tx, {
      wardId: ward.id,
      weekday: input.weekday,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      capacity: input.capacity,
      task: input.task,
      activeFrom: input.activeFrom,
      activeUntil: input.activeUntil ?? null,
    });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: program.centerId,
      action: 'create',
      entityType: 'ward_roster_slot',
      entityId: slot.id,
      after: slot,
    });
  });
}

/**
 * Ends a slot today: it no longer runs after today, and the sign-ups of its later occurrences are
 * cancelled (kept, with the time, for the record).
 */
export async function endSlot(db: Database, actor: Actor | null, wardId: string, slotId: string, now = new Date()): Promise<void> {
  const { actor: a, ward, program } = await requireWardStaff(db, actor, wardId);
  const slot = await findSlot(db, slotId);
  if (!slot || slot.wardId !== ward.id) throw new NotFoundError('slot');
  const today = budapestDay(now);
  await db.transaction(async (tx) => {
    const after = await setSlotActiveUntil(tx, slot.id, slot.activeUntil && slot.activeUntil < today ? slot.activeUntil : today);
    // The occurrence of week W is on W + weekday - 1; those after today belong to weeks after this one.
    const cancelled = await cancelSignupsAfter(tx, slot.id, addDays(today, -(slot.weekday - 1)), now);
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: program.centerId,
      action: 'end',
      entityType: 'ward_roster_slot',
      entityId: slot.id,
      before: slot,
      after: { ...after, cancelledSignups: cancelled.map((c) => c.id) },
    });
  });
}

/** Refuses anyone but the program's staff before a roster form is even read (a stranger learns nothing from its messages). */
export async function assertWardStaff(db: Database, actor: Actor | null, wardId: string): Promise<void> {
  await requireWardStaff(db, actor, wardId);
}
