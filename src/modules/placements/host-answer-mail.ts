import type { Queryable } from '../../db/database.js';
import { formatDate, formatPersonName, isLocale, translator } from '../../platform/i18n.js';
import { enqueueMail, systemMailHeaders } from '../../platform/mail.js';
import { hostAnswerDeadline } from './host-answer-rules.js';
import { type ApplicationView, accountLocalesByEmail, organizationMemberEmails } from './repo.js';

/**
 * Reminds the host organization's members (formal "Ön") that an application or referral waits for
 * their answer: the automatic reminder at the deadline, or a coordinator's nudge. Inside the
 * caller's transaction; each member in their account's language. Returns how many were mailed.
 */
export async function mailHostAnswerReminder(
  tx: Queryable,
  view: ApplicationView,
  wait: { kind: 'reminder' | 'nudge'; startDay: string; workingDays: number; baseUrl: string },
): Promise<number> {
  const emails = await organizationMemberEmails(tx, view.organizationId);
  const locales = await accountLocalesByEmail(tx, emails);
  const deadline = hostAnswerDeadline(wait.startDay, wait.workingDays);
  for (const to of emails) {
    const stored = locales.get(to.toLowerCase());
    const locale = isLocale(stored) ? stored : 'hu';
    const t = translator(locale);
    const params = {
      volunteer: formatPersonName(view.volunteerFamilyName, view.volunteerGivenName),
      title: view.opportunityTitle,
      organization: view.organizationName,
      since: formatDate(locale, new Date(`${wait.startDay}T12:00:00Z`)),
      deadline: formatDate(locale, new Date(`${deadline}T12:00:00Z`)),
      link: `${wait.baseUrl}/applications/${view.application.id}`,
    };
    const text = t(wait.kind === 'nudge' ? 'placements.hostAnswers.mail.nudge' : 'placements.hostAnswers.mail.reminder', params);
    await enqueueMail(tx, { to, subject: t('placements.hostAnswers.mail.subject', params), text, headers: systemMailHeaders });
  }
  return emails.length;
}
