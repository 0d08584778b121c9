import type { Queryable } from '../../db/database.js';
import { formatDate, formatDateTime, isLocale, type Locale, type Translate, translator } from '../../platform/i18n.js';
import { enqueueMail } from '../../platform/mail.js';
import { deadlineDate, type RequestDeadline, requestDeadline } from './deadline.js';
import { type ErasureRequestRow, requestAdminRecipients } from './repo.js';

/**
 * The mails of a data request: to the center's admins ("Ön") when it arrives and a week before its
 * deadline, to the volunteer ("te") when it is decided. Each mail is queued in the caller's
 * transaction and written in its recipient's language (an account's; Hungarian without one).
 */

const localeOf = (stored: string | null | undefined): Locale => (isLocale(stored) ? stored : 'hu');

/** The time left as words, never as a colour only: "12 nap van hátra", "Ma jár le", "Határidőn túl: 3 napja lejárt". */
export function daysLeftText(t: Translate, daysLeft: number): string {
  if (daysLeft > 0) return t('erasure.deadline.daysLeft', { count: daysLeft });
  if (daysLeft === 0) return t('erasure.deadline.today');
  return t('erasure.deadline.overdue', { count: -daysLeft });
}

export const requestLink = (baseUrl: string, id: string) => `${baseUrl}/admin/erasure-requests/${id}`;

type AdminMail = { subjectKey: 'erasure.mail.newSubject' | 'erasure.mail.reminderSubject'; textKey: 'erasure.mail.newText' | 'erasure.mail.reminderText' };

async function mailAdmins(tx: Queryable, request: ErasureRequestRow, centerName: string | null, baseUrl: string, now: Date, mail: AdminMail) {
  const deadline: RequestDeadline = requestDeadline(request.requestedAt, now);
  const recipients = await requestAdminRecipients(tx, request.centerId);
  for (const r of recipients) {
    const locale = localeOf(r.locale);
    const t = translator(locale);
    const params = {
      kind: t(`erasure.kind.${request.kind}`),
      requestedAt: formatDateTime(locale, request.requestedAt),
      center: centerName ?? '–',
      deadline: formatDate(locale, deadlineDate(deadline.deadlineDay)),
      left: daysLeftText(t, deadline.daysLeft),
      link: requestLink(baseUrl, request.id),
    };
    await enqueueMail(tx, { to: r.email, subject: t(mail.subjectKey, params), text: t(mail.textKey, params) });
  }
  return recipients.length;
}

/** A new request: every admin of the volunteer's center (or, if it has none, every national admin) hears at once. */
export function notifyAdminsOfNewRequest(tx: Queryable, request: ErasureRequestRow, centerName: string | null, baseUrl: string, now: Date) {
  return mailAdmins(tx, request, centerName, baseUrl, now, { subjectKey: 'erasure.mail.newSubject', textKey: 'erasure.mail.newText' });
}

/** A week (or less) before the deadline of a request still open. */
export function remindAdminsOfDeadline(tx: Queryable, request: ErasureRequestRow, centerName: string | null, baseUrl: string, now: Date) {
  return mailAdmins(tx, request, centerName, baseUrl, now, { subjectKey: 'erasure.mail.reminderSubject', textKey: 'erasure.mail.reminderText' });
}

/** The volunteer's address and language, read before anything is erased. */
export type VolunteerContact = { email: string | null; locale: string | null };

/**
 * The completed erasure's notice. The anonymiser has erased the address and deleted the person's
 * unsent mail by now, so this is queued after it, to the address read before; the text names no
 * one, and the outbox forgets the address and the text once it is sent.
 */
export async function notifyErasureDone(tx: Queryable, contact: VolunteerContact): Promise<boolean> {
  if (!contact.email) return false;
  const t = translator(localeOf(contact.locale));
  await enqueueMail(
    tx,
    { to: contact.email, subject: t('erasure.mail.erasureDoneSubject'), text: t('erasure.mail.erasureDoneText') },
    { forgetRecipient: true },
  );
  return true;
}

/** The completed access request's notice, with the link to the self-service download. */
export async function notifyAccessDone(tx: Queryable, contact: VolunteerContact, baseUrl: string): Promise<boolean> {
  if (!contact.email) return false;
  const t = translator(localeOf(contact.locale));
  await enqueueMail(tx, {
    to: contact.email,
    subject: t('erasure.mail.accessDoneSubject'),
    text: t('erasure.mail.accessDoneText', { link: `${baseUrl}/volunteer/erasure` }),
  });
  return true;
}

/** A rejection, with the center's reason and where the volunteer may complain (GDPR Art. 12 (4)). */
export async function notifyRejected(tx: Queryable, contact: VolunteerContact, request: ErasureRequestRow, reason: string, baseUrl: string): Promise<boolean> {
  if (!contact.email) return false;
  const locale = localeOf(contact.locale);
  const t = translator(locale);
  const kind = request.kind;
  await enqueueMail(tx, {
    to: contact.email,
    subject: t('erasure.mail.rejectedSubject', { kind: t(`erasure.kind.${kind}`) }),
    text: t('erasure.mail.rejectedText', {
      at: formatDate(locale, request.requestedAt),
      asked: t(`erasure.mail.asked.${kind}`),
      reason,
      link: `${baseUrl}/volunteer/erasure`,
    }),
  });
  return true;
}
