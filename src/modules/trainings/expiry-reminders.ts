import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { addDays, budapestDay } from '../../platform/budapest-time.js';
import { formatDate, formatDateTime, isLocale, type Locale, translator } from '../../platform/i18n.js';
import { enqueueMail } from '../../platform/mail.js';
import { claimExpiringQualifications, type ExpiringQualification, markReminded, nextOpenSessions, type OpenSession } from './expiry-repo.js';
import { courseForQualification, coursePath, coursesGranting, type QualificationCourse } from './qualification-courses.js';

/**
 * Expiry reminders (issue 14): when a qualification expires within 60 days, the volunteer gets one
 * e-mail (qualification_reminders remembers it) with the next sessions of the course that grants
 * it that still have a free seat, through the outbox. The background job runs this periodically;
 * rows are claimed SKIP LOCKED and marked in the same transaction as the mail, so two processes
 * or two ticks never send it twice, and a crash sends nothing half-way.
 */
export const expiryReminderDays = 60;
/** How many upcoming sessions a reminder lists. */
export const sessionsPerReminder = 3;

function sessionLine(locale: Locale, session: OpenSession): string {
  const t = translator(locale);
  const where = session.online ? t('trainingAttendance.mail.expiry.online') : (session.placeName ?? '');
  return t('trainingAttendance.mail.expiry.session', { when: formatDateTime(locale, session.startsAt), where, seats: session.freeSeats });
}

/** The reminder's text in the volunteer's language (informal "te"). */
export function expiryReminderMail(
  q: ExpiringQualification,
  course: QualificationCourse | undefined,
  sessions: readonly OpenSession[],
  baseUrl: string,
): { to: string; subject: string; text: string } {
  const locale: Locale = isLocale(q.locale) ? q.locale : 'hu';
  const t = translator(locale);
  const date = formatDate(locale, new Date(`${q.validUntil}T12:00:00Z`));
  const parts = [t('trainingAttendance.mail.expiry.body', { name: q.givenName, qualification: q.name, date })];
  if (course && sessions.length > 0) {
    parts.push(t('trainingAttendance.mail.expiry.sessions', { course: course.title }));
    parts.push(sessions.map((s) => `- ${sessionLine(locale, s)}`).join('\n'));
    parts.push(t('trainingAttendance.mail.expiry.register', { link: `${baseUrl}${coursePath(course)}` }));
  } else if (course) {
    parts.push(t('trainingAttendance.mail.expiry.noSessions', { course: course.title, link: `${baseUrl}${coursePath(course)}` }));
  } else {
    parts.push(t('trainingAttendance.mail.expiry.noCourse', { link: `${baseUrl}/trainings` }));
  }
  parts.push(t('trainingAttendance.mail.signature'));
  return { to: q.email, subject: t('trainingAttendance.mail.expiry.subject', { qualification: q.name, date }), text: parts.join('\n\n') };
}

async function remind(tx: Queryable, claimed: ExpiringQualification[], now: Date, baseUrl: string): Promise<void> {
  const courses = await coursesGranting(
    tx,
    claimed.map((q) => q.name),
  );
  const sessions = await nextOpenSessions(
    tx,
    [...courses.values()].map((c) => c.id),
    now,
    sessionsPerReminder,
  );
  for (const q of claimed) {
    const course = courseForQualification(courses, q.name);
    const offered = course ? sessions.filter((s) => s.courseId === course.id) : [];
    await enqueueMail(tx, expiryReminderMail(q, course, offered, baseUrl));
    await markReminded(tx, q.id, now);
    await recordAudit(tx, {
      actorUserId: null,
      centerId: q.centerId,
      action: 'expiry_reminded',
      entityType: 'volunteer_qualification',
      entityId: q.id,
      after: { validUntil: q.validUntil, courseId: course?.id ?? null, sessionsOffered: offered.length },
    });
  }
}

export type ExpiryReminderRun = { reminded: number };

/** One run of the job: every qualification that expires within 60 days of `now`'s Budapest day, reminded once. */
export async function runExpiryReminders(db: Database, options: { baseUrl: string }, now = new Date(), batchSize = 50): Promise<ExpiryReminderRun> {
  const today = budapestDay(now);
  const until = addDays(today, expiryReminderDays);
  let reminded = 0;
  for (;;) {
    const claimed = await db.transaction(async (tx) => {
      const rows = await claimExpiringQualifications(tx, today, until, batchSize);
      if (rows.length > 0) await remind(tx, rows, now, options.baseUrl);
      return rows.length;
    });
    reminded += claimed;
    if (claimed < batchSize) return { reminded };
  }
}
