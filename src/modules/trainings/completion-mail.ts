import type { Queryable } from '../../db/database.js';
import { formatDate, isLocale, translator } from '../../platform/i18n.js';
import { enqueueMail } from '../../platform/mail.js';
import { type AttendanceSession, type LockedRegistration, participantContact } from './attendance-repo.js';

/**
 * Tells the participant (informal "te") that their completion was recorded, inside the completing
 * transaction: the qualification it granted and until when, where the certificate is, and the
 * feedback form (for someone who can log in). Nothing is sent to a participant without an address.
 */
export async function mailCompletion(tx: Queryable, session: AttendanceSession, registration: LockedRegistration, validUntil: string | null, baseUrl: string) {
  const contact = await participantContact(tx, registration);
  if (!contact) return;
  const locale = isLocale(contact.locale) ? contact.locale : 'hu';
  const t = translator(locale);
  const parts = [t('trainingAttendance.mail.completed.body', { name: registration.participantName, course: session.courseTitle })];
  if (registration.qualificationId && session.qualificationName) {
    parts.push(
      validUntil
        ? t('trainingAttendance.mail.completed.qualificationUntil', {
            qualification: session.qualificationName,
            date: formatDate(locale, new Date(`${validUntil}T12:00:00Z`)),
          })
        : t('trainingAttendance.mail.completed.qualification', { qualification: session.qualificationName }),
    );
  }
  if (contact.hasAccount) {
    if (registration.volunteerId) parts.push(t('trainingAttendance.mail.completed.certificate', { link: `${baseUrl}/volunteer/my-volunteering#my-trainings` }));
    parts.push(t('trainingAttendance.mail.completed.feedback', { link: `${baseUrl}/trainings/feedback/${registration.id}` }));
  }
  parts.push(t('trainingAttendance.mail.signature'));
  await enqueueMail(tx, {
    to: contact.email,
    subject: t('trainingAttendance.mail.completed.subject', { course: session.courseTitle }),
    text: parts.join('\n\n'),
  });
}
