import { desc, eq } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.js';
import { ikszStudents, ikszTransferCertificates, schools } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, refusalFor } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { newVerificationCode, normalizeVerificationCode } from '../certificates/verification-code.js';
import { studentAccess } from './access.js';
import { progressOf } from './progress.js';
import { findTransferCertificateByCode, insertTransferCertificate, minutesByYear } from './repo.js';
import { renderTransferPdf } from './transfer-pdf.js';

/**
 * The certificate of completed hours for a student changing school (HUNGARY.md §2.2): issued by the
 * school's coordinator from the accepted occasions, kept with a verification code (the certificates
 * module's generator), printed in two copies. Issuing it records that the student left the school.
 */
export async function issueTransferCertificate(db: Database, actor: Actor | null, studentId: string, now = new Date()): Promise<string> {
  const access = await studentAccess(db, actor, studentId);
  if (!access.schoolManages) throw refusalFor(true, 'iksz.transfer');
  const today = budapestDay(now);
  return db.transaction(async (tx) => {
    const progress = progressOf(await minutesByYear(tx, studentId));
    const row = await insertTransferCertificate(tx, {
      studentId,
      verificationCode: newVerificationCode(),
      minutes: progress.accepted,
      issuedOn: today,
      issuedBy: access.actor.userId,
    });
    if (!access.student.leftOn) await tx.update(ikszStudents).set({ leftOn: today, updatedAt: now }).where(eq(ikszStudents.id, studentId));
    await recordAudit(tx, {
      actorUserId: access.actor.userId,
      centerId: access.student.centerId,
      action: 'iksz.transfer.issue',
      entityType: 'iksz_transfer_certificate',
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
}

/** The student's certificates (the student, their guardians and the school see them). */
export async function transferCertificatesOf(db: Queryable, studentId: string) {
  return db
    .select({
      id: ikszTransferCertificates.id,
      code: ikszTransferCertificates.verificationCode,
      minutes: ikszTransferCertificates.minutes,
      issuedOn: ikszTransferCertificates.issuedOn,
    })
    .from(ikszTransferCertificates)
    .where(eq(ikszTransferCertificates.studentId, studentId))
    .orderBy(desc(ikszTransferCertificates.createdAt));
}

/** The PDF of one certificate, for whoever may see the student. */
export async function transferCertificatePdf(db: Queryable, actor: Actor | null, certificateId: string, baseUrl: string) {
  const [cert] = await db.select().from(ikszTransferCertificates).where(eq(ikszTransferCertificates.id, certificateId));
  if (!cert) throw new NotFoundError('iksz.transfer');
  const { student } = await studentAccess(db, actor, cert.studentId);
  const [school] = await db.select({ name: schools.name, omId: schools.omId }).from(schools).where(eq(schools.id, student.schoolId));
  if (!school) throw new NotFoundError('iksz.transfer');
  const progress = progressOf(await minutesByYear(db, student.id));
  const pdf = await renderTransferPdf({
    code: cert.verificationCode,
    issuedOn: cert.issuedOn,
    student: { familyName: student.familyName, givenName: student.givenName, className: student.className },
    school,
    minutes: cert.minutes,
    years: progress.years,
    baseUrl,
  });
  return { pdf, code: cert.verificationCode };
}

/** Public verification: only the student's name, the school, the hours and the date; null when no such code. */
export async function verifyTransferCertificate(db: Queryable, input: string) {
  const code = normalizeVerificationCode(input);
  if (!code) return null;
  const row = await findTransferCertificateByCode(db, code);
  if (!row) return null;
  return { familyName: row.familyName, givenName: row.givenName, schoolName: row.schoolName, minutes: row.minutes, issuedOn: row.issuedOn, code: row.code };
}
export type TransferVerification = NonNullable<Awaited<ReturnType<typeof verifyTransferCertificate>>>;
