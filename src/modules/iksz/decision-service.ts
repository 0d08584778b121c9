import type { Database } from '../../db/database.js';
import type { Actor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { translator } from '../../platform/i18n.js';
import { enqueueMail } from '../../platform/mail.js';
import { FieldValidationError } from '../../platform/validation.js';
import { formatDayHu } from '../certificates/certificate-text.js';
import { hostAccess, schoolAccess } from './access.js';
import { audit } from './occasion-service.js';
import { findOccasion, findStudent, type OccasionRecord, type StudentRecord, updateOccasion } from './repo.js';

/**
 * The status machine of an occasion: logged → certified (by the host, which saw the work) →
 * accepted (by the school's coordinator); either may reject with a reason, and the student then
 * corrects and resubmits it (occasion-service.ts). Every decision is audited; a rejection is
 * e-mailed to the student (when they have an address), so the correction does not wait for a visit.
 */

type Decider = 'host' | 'school';

/** Which statuses each side decides from. */
const decidable: Record<Decider, ReadonlySet<string>> = { host: new Set(['logged']), school: new Set(['logged', 'certified']) };

async function decide(
  db: Database,
  actor: Actor | null,
  occasionId: string,
  side: Decider,
  change: (occasion: OccasionRecord, actor: Actor, now: Date) => Partial<OccasionRecord> | null,
  action: string,
  now: Date,
  baseUrl?: string,
): Promise<OccasionRecord> {
  const found = await findOccasion(db, occasionId);
  if (!found) throw new NotFoundError('iksz.occasion');
  let a: Actor;
  if (side === 'school') a = (await schoolAccess(db, actor, found.schoolId, 'manage')).actor;
  else if (found.organizationId) a = (await hostAccess(db, actor, found.organizationId)).actor;
  else throw new NotFoundError('iksz.occasion'); // preparation and closing have no host
  const student = await findStudent(db, found.studentId);
  if (!student) throw new NotFoundError('iksz.occasion');
  return db.transaction(async (tx) => {
    const before = await findOccasion(tx, occasionId, { lock: true });
    if (!before || !decidable[side].has(before.status)) throw new FieldValidationError({ _form: { key: 'iksz.error.alreadyDecided' } });
    const values = change(before, a, now);
    if (!values) throw new FieldValidationError({ _form: { key: 'iksz.error.alreadyDecided' } });
    const after = await updateOccasion(tx, occasionId, values);
    await audit(tx, { actor: a, student }, action, occasionId, before, after);
    if (after.status === 'rejected' && student.email && baseUrl) await enqueueMail(tx, rejectionMail(student.email, student, after, baseUrl));
    return after;
  });
}

/** The student's mail about a rejected occasion: which one, why, and where to correct it (informal, as to every volunteer). */
function rejectionMail(to: string, student: StudentRecord, occasion: OccasionRecord, baseUrl: string) {
  const t = translator('hu');
  const params = {
    name: student.givenName,
    day: formatDayHu(occasion.activityDay),
    activity: occasion.activity,
    reason: occasion.statusReason ?? '',
    url: `${baseUrl}/iksz/my`,
  };
  return { to, subject: t('iksz.mail.rejected.subject', params), text: t('iksz.mail.rejected.text', params) };
}

/** The host certifies: the student did what the log says, when it says. */
export function certifyOccasion(db: Database, actor: Actor | null, occasionId: string, now = new Date()) {
  return decide(
    db,
    actor,
    occasionId,
    'host',
    (_o, a) => ({ status: 'certified', certifiedBy: a.userId, certifiedAt: now, statusReason: null }),
    'iksz.occasion.certify',
    now,
  );
}

export type RejectOptions = { baseUrl: string; now?: Date };

/** The change a rejection makes, from either side. */
const rejection = (reason: string) => () => ({ status: 'rejected' as const, statusReason: reason });

export function rejectByHost(db: Database, actor: Actor | null, occasionId: string, reason: string, options: RejectOptions) {
  return decide(db, actor, occasionId, 'host', rejection(reason), 'iksz.occasion.hostReject', options.now ?? new Date(), options.baseUrl);
}

/** The school accepts a certified occasion into the student's record. */
export function acceptOccasion(db: Database, actor: Actor | null, occasionId: string, now = new Date()) {
  return decide(
    db,
    actor,
    occasionId,
    'school',
    (o, a) => (o.status === 'certified' ? { status: 'accepted', acceptedBy: a.userId, acceptedAt: now, statusReason: null } : null),
    'iksz.occasion.accept',
    now,
  );
}

export function rejectBySchool(db: Database, actor: Actor | null, occasionId: string, reason: string, options: RejectOptions) {
  return decide(db, actor, occasionId, 'school', rejection(reason), 'iksz.occasion.schoolReject', options.now ?? new Date(), options.baseUrl);
}
