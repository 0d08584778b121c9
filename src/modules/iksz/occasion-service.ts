import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, refusalFor } from '../../platform/authz.js';
import { budapestDay, budapestToInstant } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';
import { type FieldErrors, FieldValidationError } from '../../platform/validation.js';
import { requirePlace } from '../places/service.js';
import { hasValidAgreement } from '../schools/facts.js';
import { loadSchoolCalendar } from '../volunteer-law/legal-data-service.js';
import { schoolYearOf } from '../volunteer-law/school-calendar.js';
import { type StudentAccess, studentAccess } from './access.js';
import {
  countingOccasions,
  deleteOccasionRow,
  findOccasion,
  findOpportunityForRule,
  findPlaceLatLon,
  findSchoolCaps,
  insertOccasion,
  lockStudent,
  nextSerial,
  type OccasionRecord,
  type OccasionValues,
  type StudentRecord,
  updateOccasion,
} from './repo.js';
import { checkOccasion, type OccasionKind, type RuleIssue } from './rules.js';
import type { OccasionInput, SessionInput } from './schema.js';

/** The i18n key of a rule's message: the Köt. 5. § ones are the volunteer-law module's. */
export function ruleMessageKey(issue: Pick<RuleIssue, 'code'>): MessageKey {
  return (issue.code.startsWith('minor.') ? `law.${issue.code}` : `iksz.rule.${issue.code}`) as MessageKey;
}

/** An occasion refused by the rules: every broken rule (shown as a list) and the first one of each field next to it. */
export class OccasionRefusedError extends FieldValidationError {
  constructor(readonly issues: RuleIssue[]) {
    const errors: FieldErrors = {};
    for (const i of issues) if (!errors[i.field]) errors[i.field] = { key: ruleMessageKey(i), params: i.params };
    super(errors);
  }
}

/** What one occasion is, before the rules: the same shape for the student's, the school's and a correction. */
type Draft = {
  kind: OccasionKind;
  loggedBy: 'student' | 'school';
  day: string;
  start: string;
  end: string;
  organizationId: string | null;
  opportunityId: string | null;
  placeText: string;
  placeId: number | null;
  area: string;
  activity: string;
  mentorName: string | null;
  distanceReason: string | null;
};

/**
 * The one check every path runs (HUNGARY.md §2, rules.ts): loads the facts (the student's other
 * occasions, the agreement, the calendar, the caps, the distances) and returns the row's values, or
 * throws with every broken rule. Runs inside the caller's transaction, after `lockStudent`.
 */
async function checkedValues(tx: Queryable, student: StudentRecord, draft: Draft, exceptId: string | null, now: Date) {
  if (draft.day > budapestDay(now)) throw new FieldValidationError({ day: { key: 'iksz.error.futureDay' } });
  const startsAt = budapestToInstant(draft.day, draft.start);
  const endsAt = budapestToInstant(draft.day, draft.end);
  if (endsAt.getTime() > now.getTime()) throw new FieldValidationError({ end: { key: 'iksz.error.futureTime' } });
  const hostIsSchool = draft.organizationId != null && draft.organizationId === student.schoolHostId;
  const [others, calendar, caps, hasAgreement, opportunity, placeLatLon] = await Promise.all([
    countingOccasions(tx, student.id, exceptId),
    loadSchoolCalendar(tx),
    findSchoolCaps(tx, student.schoolId),
    draft.organizationId && !hostIsSchool ? hasValidAgreement(tx, student.schoolId, draft.organizationId, draft.day) : Promise.resolve(false),
    draft.opportunityId ? findOpportunityForRule(tx, draft.opportunityId) : Promise.resolve(null),
    draft.placeId != null ? findPlaceLatLon(tx, draft.placeId) : Promise.resolve(null),
  ]);
  if (draft.opportunityId && !opportunity) throw new FieldValidationError({ opportunityId: { key: 'validation.choice' } });
  const check = checkOccasion({
    kind: draft.kind,
    loggedBy: draft.loggedBy,
    day: draft.day,
    startsAt,
    endsAt,
    area: draft.area,
    calendar,
    birthDate: student.birthDate,
    others,
    enrolled: student.leftOn == null,
    organizationId: draft.organizationId,
    hostIsSchool,
    hasAgreement,
    opportunity,
    place: placeLatLon,
    school: { lat: student.schoolLat, lon: student.schoolLon },
    home: student.homeLat != null && student.homeLon != null ? { lat: student.homeLat, lon: student.homeLon } : null,
    distanceReason: draft.distanceReason,
    caps,
  });
  if (check.refusals.length > 0) throw new OccasionRefusedError(check.refusals);
  const capWarning = check.warnings.find((w) => w.code === 'cap_at_school' || w.code === 'cap_per_host');
  const values = {
    kind: draft.kind,
    schoolYear: schoolYearOf(draft.day).label,
    activityDay: draft.day,
    startsAt,
    endsAt,
    minutes: check.minutes,
    organizationId: draft.organizationId,
    opportunityId: draft.opportunityId,
    placeText: draft.placeText,
    placeId: draft.placeId,
    area: draft.area,
    activity: draft.activity,
    mentorName: draft.mentorName,
    distanceReason: check.warnings.some((w) => w.code === 'distance_far') ? draft.distanceReason : null,
    capWarning: capWarning ? capWarning.code.replace('cap_', '') : null,
  } satisfies Partial<OccasionValues>;
  return { values, warnings: check.warnings };
}

async function draftOfStudentInput(db: Queryable, input: OccasionInput): Promise<Draft> {
  const place = await requirePlace(db, 'place', input.place);
  return {
    kind: 'service',
    loggedBy: 'student',
    day: input.day,
    start: input.start,
    end: input.end,
    organizationId: input.organizationId,
    opportunityId: input.opportunityId,
    placeText: place.name,
    placeId: place.id,
    area: input.area,
    activity: input.activity,
    mentorName: input.mentorName,
    distanceReason: input.distanceReason,
  };
}

/** Only the student logs and corrects their own service occasions (the host certifies, the school accepts). */
function requireSelf(access: StudentAccess): void {
  if (!access.isSelf) throw refusalFor(true, 'iksz.log');
}

export type Saved = { id: string; warnings: RuleIssue[] };

/** A new occasion of the student's log: the rules first, then the next serial number, in one transaction with its audit record. */
function insertChecked(db: Database, access: StudentAccess, draft: Draft, status: Partial<OccasionValues>, action: string, now: Date): Promise<Saved> {
  const studentId = access.student.id;
  return db.transaction(async (tx) => {
    await lockStudent(tx, studentId);
    const { values, warnings } = await checkedValues(tx, access.student, draft, null, now);
    const row = await insertOccasion(tx, {
      ...values,
      ...status,
      studentId,
      schoolId: access.student.schoolId,
      serial: await nextSerial(tx, studentId),
      loggedBy: access.actor.userId,
    });
    await audit(tx, access, action, row.id, undefined, row);
    return { id: row.id, warnings };
  });
}

/** The student logs an occasion: status 'logged', the next serial number of their log, audited. */
export async function logOccasion(db: Database, actor: Actor | null, studentId: string, input: OccasionInput, now = new Date()): Promise<Saved> {
  const access = await studentAccess(db, actor, studentId);
  requireSelf(access);
  const draft = await draftOfStudentInput(db, input);
  return insertChecked(db, access, draft, { status: 'logged' }, 'iksz.occasion.log', now);
}

/**
 * The school's coordinator logs preparation or closing (133. § (5)): held by the school itself, so
 * there is no host to certify it; it is accepted as it is logged.
 */
export async function logSession(db: Database, actor: Actor | null, studentId: string, input: SessionInput, now = new Date()): Promise<Saved> {
  const access = await studentAccess(db, actor, studentId);
  if (!access.schoolManages) throw refusalFor(true, 'iksz.session');
  const draft: Draft = {
    kind: input.kind,
    loggedBy: 'school',
    day: input.day,
    start: input.start,
    end: input.end,
    organizationId: null,
    opportunityId: null,
    placeText: access.student.schoolName,
    placeId: null,
    area: input.area,
    activity: input.activity,
    mentorName: null,
    distanceReason: null,
  };
  const accepted = { status: 'accepted', acceptedBy: access.actor.userId, acceptedAt: now };
  return insertChecked(db, access, draft, accepted, 'iksz.occasion.session', now);
}

/** The occasion and the actor's access to its student (404 for strangers). */
export async function occasionAccess(db: Queryable, actor: Actor | null, occasionId: string) {
  const occasion = await findOccasion(db, occasionId);
  if (!occasion) throw new NotFoundError('iksz.occasion');
  const access = await studentAccess(db, actor, occasion.studentId);
  return { occasion, access };
}

/** Only a logged or rejected service occasion can be corrected by the student. */
const correctable: ReadonlySet<string> = new Set(['logged', 'rejected']);

/** The student corrects an occasion (a rejected one is resubmitted): the same rules, back to 'logged'. */
export async function correctOccasion(db: Database, actor: Actor | null, occasionId: string, input: OccasionInput, now = new Date()): Promise<Saved> {
  const { occasion, access } = await occasionAccess(db, actor, occasionId);
  requireSelf(access);
  const draft = await draftOfStudentInput(db, input);
  return db.transaction(async (tx) => {
    await lockStudent(tx, occasion.studentId);
    const before = await findOccasion(tx, occasionId, { lock: true });
    if (before?.kind !== 'service' || !correctable.has(before.status)) throw new FieldValidationError({ _form: { key: 'iksz.error.notCorrectable' } });
    const { values, warnings } = await checkedValues(tx, access.student, draft, occasionId, now);
    const row = await updateOccasion(tx, occasionId, { ...values, status: 'logged', statusReason: null, certifiedBy: null, certifiedAt: null });
    await audit(tx, access, 'iksz.occasion.correct', row.id, before, row);
    return { id: row.id, warnings };
  });
}

/** The student deletes an occasion while it is only logged (nobody has certified it yet). */
export async function deleteOccasion(db: Database, actor: Actor | null, occasionId: string): Promise<string> {
  const { occasion, access } = await occasionAccess(db, actor, occasionId);
  requireSelf(access);
  return db.transaction(async (tx) => {
    const before = await findOccasion(tx, occasionId, { lock: true });
    if (before?.status !== 'logged' || before.kind !== 'service') throw new FieldValidationError({ confirm: { key: 'iksz.error.notDeletable' } });
    await deleteOccasionRow(tx, occasionId);
    await audit(tx, access, 'iksz.occasion.delete', occasionId, before, undefined);
    return occasion.studentId;
  });
}

export function audit(
  tx: Queryable,
  access: { actor: Actor; student: { centerId: string } },
  action: string,
  id: string,
  before?: OccasionRecord,
  after?: OccasionRecord,
) {
  return recordAudit(tx, {
    actorUserId: access.actor.userId,
    centerId: access.student.centerId,
    action,
    entityType: 'iksz_occasion',
    entityId: id,
    before,
    after,
  });
}
