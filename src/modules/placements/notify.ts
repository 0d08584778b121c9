import type { Queryable } from '../../db/database.js';
import { formatDateTime, formatPersonName, isLocale, type Locale, type MessageKey, translator } from '../../platform/i18n.js';
import { enqueueMail } from '../../platform/mail.js';
import { type ApplicationView, accountLocalesByEmail, organizationMemberEmails } from './repo.js';
import type { ApplicationStatus } from './status-rules.js';

/**
 * E-mails on every status change, to the other side(s): the volunteer (informal "te"), the
 * organization's members and the coordinator who made the referral (formal "Ön"). Whoever made the
 * change gets no mail about it. Each mail is in its recipient's language (the account's); a
 * walk-in volunteer's address without an account gets Hungarian.
 */
export async function notifyStatusChange(
  tx: Queryable,
  view: ApplicationView,
  change: { to: ApplicationStatus; note?: string | null; actorEmail: string | null; baseUrl: string },
): Promise<void> {
  const memberEmails = await organizationMemberEmails(tx, view.organizationId);
  const coordinatorEmail = view.application.origin === 'coordinator' ? view.creatorEmail : null;
  const recipients: { to: string | null | undefined; key: MessageKey }[] = [
    { to: view.volunteerEmail, key: 'placements.mail.toVolunteer' },
    ...memberEmails.map((to) => ({ to, key: 'placements.mail.toOrganization' as const })),
    { to: coordinatorEmail, key: 'placements.mail.toCoordinator' },
  ];
  const addresses = recipients.map((r) => r.to).filter((to): to is string => Boolean(to));
  const locales = await accountLocalesByEmail(tx, addresses);
  const sent = new Set<string>(change.actorEmail ? [change.actorEmail.toLowerCase()] : []);
  for (const { to, key } of recipients) {
    if (!to || sent.has(to.toLowerCase())) continue;
    sent.add(to.toLowerCase());
    const stored = locales.get(to.toLowerCase());
    const { subject, text } = statusMail(isLocale(stored) ? stored : 'hu', key, view, change);
    await enqueueMail(tx, { to, subject, text });
  }
}

function statusMail(
  locale: Locale,
  key: MessageKey,
  view: ApplicationView,
  change: { to: ApplicationStatus; note?: string | null; baseUrl: string },
): { subject: string; text: string } {
  const t = translator(locale);
  const status = t(`placements.status.${change.to}`);
  const params = {
    title: view.opportunityTitle,
    organization: view.organizationName,
    volunteer: formatPersonName(view.volunteerFamilyName, view.volunteerGivenName),
    status,
    shift: view.shiftStartsAt ? formatDateTime(locale, view.shiftStartsAt) : t('placements.mail.noShift'),
    link: `${change.baseUrl}/applications/${view.application.id}`,
    note: change.note ?? '–',
  };
  return { subject: t('placements.mail.subject', { title: view.opportunityTitle, status }), text: t(key, params) };
}
