import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import type { Actor } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { formatDate, formatPersonName } from '../../platform/i18n.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { confidentialityQualificationName, healthFitnessQualificationName, healthFitnessValidUntil } from '../programs/requirements.js';
import { updateVolunteerRow } from '../volunteers/repo.js';
import { renderDeclarationPdf } from './declaration-pdf.js';
import { declarationParagraphs, fillDeclaration } from './declaration-text.js';
import { requireProgramStaff } from './policy.js';
import {
  countProgramVolunteers,
  deleteDeclaration,
  deleteQualificationById,
  deleteQualificationsNamed,
  findDeclaration,
  findProgramVolunteers,
  findVolunteerFacts,
  type HospitalProgram,
  insertQualification,
  isProgramVolunteer,
  lockVolunteerRow,
  type ProgramVolunteerRow,
  type ProgramVolunteerSort,
  qualificationsOfVolunteers,
  upsertDeclaration,
  userName,
  type VolunteerFacts,
  volunteerIdsByEmail,
} from './repo.js';
import { hospitalRequirementNames, type RequirementStatus, requirementStatuses } from './requirement-state.js';
import type { HealthCheckInput } from './schema.js';

export type VolunteerRequirementsRow = ProgramVolunteerRow & { statuses: RequirementStatus[] };

async function withStatuses(db: Queryable, program: HospitalProgram, rows: ProgramVolunteerRow[], now: Date): Promise<VolunteerRequirementsRow[]> {
  const held = await qualificationsOfVolunteers(
    db,
    rows.map((r) => r.id),
  );
  const today = budapestDay(now);
  return rows.map((r) => ({
    ...r,
    statuses: requirementStatuses(
      program,
      held.filter((q) => q.volunteerId === r.id),
      today,
    ),
  }));
}

const namesOf = (program: HospitalProgram) => hospitalRequirementNames(program).map((r) => r.name);

/** The program's volunteers with each requirement's state (ok, expiring: warned, expired or missing: blocked). */
export async function listRequirementVolunteers(
  db: Database,
  actor: Actor | null,
  programId: string,
  params: ListParams<ProgramVolunteerSort>,
  now = new Date(),
): Promise<{ program: HospitalProgram; page: Page<VolunteerRequirementsRow> }> {
  const { program } = await requireProgramStaff(db, actor, programId);
  const names = namesOf(program);
  const [rows, total] = await Promise.all([
    findProgramVolunteers(db, program.id, names, params, { limit: params.pageSize, offset: offsetOf(params) }),
    countProgramVolunteers(db, program.id, names),
  ]);
  return { program, page: pageOf(await withStatuses(db, program, rows, now), total, params) };
}

export async function exportRequirementVolunteers(
  db: Database,
  actor: Actor | null,
  programId: string,
  params: Pick<ListParams<ProgramVolunteerSort>, 'dir'>,
  now = new Date(),
): Promise<{ program: HospitalProgram; rows: VolunteerRequirementsRow[] }> {
  const { program } = await requireProgramStaff(db, actor, programId);
  const rows = await findProgramVolunteers(db, program.id, namesOf(program), params, { limit: maxExportRows, offset: 0 });
  return { program, rows: await withStatuses(db, program, rows, now) };
}

/**
 * The volunteer, for the program's staff: a volunteer of the program (see repo), or of the program's
 * center (so staff can record the first requirement of someone new to it). Anyone else: 404.
 */
export async function programVolunteer(db: Queryable, program: HospitalProgram, volunteerId: string): Promise<VolunteerFacts> {
  const v = await findVolunteerFacts(db, volunteerId);
  if (!v || v.erasedAt) throw new NotFoundError('volunteer');
  if (v.centerId === program.centerId || (await isProgramVolunteer(db, program.id, namesOf(program), v.id))) return v;
  throw new NotFoundError('volunteer');
}

export type VolunteerRequirements = {
  program: HospitalProgram;
  volunteer: VolunteerFacts;
  statuses: RequirementStatus[];
  declaration: { signedOn: string } | null;
  healthCheckedByName: string | null;
};

/** One volunteer's requirements in the program, with what staff record for them. */
export async function getVolunteerRequirements(
  db: Database,
  actor: Actor | null,
  programId: string,
  volunteerId: string,
  now = new Date(),
): Promise<VolunteerRequirements> {
  const { program } = await requireProgramStaff(db, actor, programId);
  const volunteer = await programVolunteer(db, program, volunteerId);
  const [held, declaration, healthCheckedByName] = await Promise.all([
    qualificationsOfVolunteers(db, [volunteer.id]),
    findDeclaration(db, program.id, volunteer.id),
    userName(db, volunteer.healthCheckedBy),
  ]);
  return {
    program,
    volunteer,
    statuses: requirementStatuses(program, held, budapestDay(now)),
    declaration: declaration ? { signedOn: declaration.signedOn } : null,
    healthCheckedByName,
  };
}

/** Takes away the volunteer's qualifications of this name, each deletion audited. */
async function removeQualifications(tx: Queryable, a: Actor, program: HospitalProgram, volunteerId: string, name: string): Promise<void> {
  for (const removed of await deleteQualificationsNamed(tx, volunteerId, name)) {
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: program.centerId,
      action: 'delete',
      entityType: 'volunteer_qualification',
      entityId: removed.id,
      before: removed,
    });
  }
}

/** Grants the program's qualification (valid until the day given, null: no expiry), audited. */
async function grantQualification(tx: Queryable, a: Actor, program: HospitalProgram, volunteerId: string, name: string, validUntil: string | null) {
  const granted = await insertQualification(tx, { volunteerId, name, validUntil, recordedBy: a.userId });
  await recordAudit(tx, {
    actorUserId: a.userId,
    centerId: program.centerId,
    action: 'create',
    entityType: 'volunteer_qualification',
    entityId: granted.id,
    after: granted,
  });
  return granted;
}

/**
 * Staff record the health-fitness check: status and the day only, never the document (GDPR Art. 9,
 * HUNGARY.md §4), on the volunteer as the volunteers module keeps it, and as the program's
 * qualification valid for `health_valid_months` (Köt. 4. § (2)); "not fit" takes the qualification
 * away. One transaction, audited.
 */
export async function recordHealthCheck(db: Database, actor: Actor | null, programId: string, volunteerId: string, input: HealthCheckInput): Promise<void> {
  const { actor: a, program } = await requireProgramStaff(db, actor, programId);
  const volunteer = await programVolunteer(db, program, volunteerId);
  const name = healthFitnessQualificationName(program.slug);
  await db.transaction(async (tx) => {
    await lockVolunteerRow(tx, volunteer.id);
    const before = await findVolunteerFacts(tx, volunteer.id);
    const row = await updateVolunteerRow(tx, volunteer.id, { healthStatus: input.status, healthCheckedAt: input.checkedOn, healthCheckedBy: a.userId });
    const after = { id: row.id, healthStatus: row.healthStatus, healthCheckedAt: row.healthCheckedAt, healthCheckedBy: row.healthCheckedBy };
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: volunteer.centerId,
      action: 'record_health_check',
      entityType: 'volunteer',
      entityId: volunteer.id,
      before: before && { healthStatus: before.healthStatus, healthCheckedAt: before.healthCheckedAt, healthCheckedBy: before.healthCheckedBy },
      after: { ...after, programId: program.id },
    });
    await removeQualifications(tx, a, program, volunteer.id, name);
    if (input.status !== 'fit') return;
    await grantQualification(tx, a, program, volunteer.id, name, healthFitnessValidUntil(input.checkedOn, program.healthValidMonths));
  });
}

/**
 * Staff record the day the volunteer signed the printed declaration: the declaration row and the
 * program's confidentiality qualification without expiry, linked by qualification_id.
 */
export async function recordDeclaration(db: Database, actor: Actor | null, programId: string, volunteerId: string, signedOn: string): Promise<void> {
  const { actor: a, program } = await requireProgramStaff(db, actor, programId);
  const volunteer = await programVolunteer(db, program, volunteerId);
  const name = confidentialityQualificationName(program.slug);
  await db.transaction(async (tx) => {
    await lockVolunteerRow(tx, volunteer.id);
    const before = await findDeclaration(tx, program.id, volunteer.id);
    await removeQualifications(tx, a, program, volunteer.id, name);
    const granted = await grantQualification(tx, a, program, volunteer.id, name, null);
    const after = await upsertDeclaration(tx, {
      programId: program.id,
      volunteerId: volunteer.id,
      signedOn,
      qualificationId: granted.id,
      recordedBy: a.userId,
    });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: program.centerId,
      action: before ? 'update' : 'create',
      entityType: 'program_confidentiality_declaration',
      entityId: after.id,
      before,
      after,
    });
  });
}

/** The declaration is withdrawn (or was recorded by mistake): the row and its qualification go. */
export async function withdrawDeclaration(db: Database, actor: Actor | null, programId: string, volunteerId: string): Promise<void> {
  const { actor: a, program } = await requireProgramStaff(db, actor, programId);
  const volunteer = await programVolunteer(db, program, volunteerId);
  await db.transaction(async (tx) => {
    await lockVolunteerRow(tx, volunteer.id);
    const before = await findDeclaration(tx, program.id, volunteer.id);
    if (!before) throw new NotFoundError('declaration');
    await deleteDeclaration(tx, before.id);
    if (before.qualificationId) await deleteQualificationById(tx, before.qualificationId);
    const removed = await deleteQualificationsNamed(tx, volunteer.id, confidentialityQualificationName(program.slug));
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: program.centerId,
      action: 'delete',
      entityType: 'program_confidentiality_declaration',
      entityId: before.id,
      before: { ...before, removedQualifications: [before.qualificationId, ...removed.map((q) => q.id)].filter(Boolean) },
    });
  });
}

/** The declaration filled in for the volunteer, as a PDF to print and sign (formal Hungarian). */
export async function declarationPdf(
  db: Database,
  actor: Actor | null,
  programId: string,
  volunteerId: string,
  now = new Date(),
): Promise<{ pdf: Buffer; fileName: string }> {
  const { program } = await requireProgramStaff(db, actor, programId);
  const v = await programVolunteer(db, program, volunteerId);
  const name = formatPersonName(v.familyName, v.givenName);
  const day = (d: string) => formatDate('hu', new Date(`${d}T12:00:00Z`));
  const text = fillDeclaration(program.confidentialityTemplate, {
    nev: name,
    szuletesi_datum: v.birthDate ? day(v.birthDate) : '……………………',
    program: program.name,
    kozpont: program.centerName,
    datum: day(budapestDay(now)),
  });
  const pdf = await renderDeclarationPdf(
    { title: 'Titoktartási nyilatkozat', paragraphs: declarationParagraphs(text), signatureLabel: 'az önkéntes aláírása', volunteerName: name },
    now,
  );
  return { pdf, fileName: `titoktartasi-nyilatkozat-${budapestDay(now)}.pdf` };
}

/** A volunteer the program's staff may record requirements for, found by e-mail (see programVolunteer); undefined if none. */
export async function findProgramVolunteerByEmail(db: Database, actor: Actor | null, programId: string, email: string): Promise<string | undefined> {
  const { program } = await requireProgramStaff(db, actor, programId);
  for (const id of await volunteerIdsByEmail(db, email)) {
    const found = await programVolunteer(db, program, id).catch((err: unknown) => {
      if (err instanceof NotFoundError) return undefined;
      throw err;
    });
    if (found) return found.id;
  }
  return undefined;
}
