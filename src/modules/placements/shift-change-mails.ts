import type { Queryable } from '../../db/database.js';
import { formatDateTime, isLocale, translator } from '../../platform/i18n.js';
import { enqueueMail, type MailAttachment } from '../../platform/mail.js';
import { accountLocalesByEmail, findApplicationView } from './repo.js';

/** What a shift change tells one volunteer (placements.shiftMail.<kind>.subject / .body). */
export type ShiftChangeMailKind = 'offer' | 'offerExpired' | 'movedToWaitlist' | 'removed' | 'waitlistClosed';

/**
 * The volunteer's own mail (informal "te", in their account's language) about a change to their
 * place on a shift, with the .ics of their entry when it goes away; nothing without an address.
 */
export async function mailVolunteerAboutShift(
  tx: Queryable,
  applicationId: string,
  kind: ShiftChangeMailKind,
  extra: { baseUrl: string; until?: Date; reason?: string; calendar?: MailAttachment },
): Promise<void> {
  const view = await findApplicationView(tx, applicationId);
  if (!view?.volunteerEmail) return;
  const stored = (await accountLocalesByEmail(tx, [view.volunteerEmail])).get(view.volunteerEmail.toLowerCase());
  const locale = isLocale(stored) ? stored : 'hu';
  const t = translator(locale);
  const params = {
    name: view.volunteerGivenName,
    title: view.opportunityTitle,
    organization: view.organizationName,
    when: view.shiftStartsAt ? formatDateTime(locale, view.shiftStartsAt) : '–',
    until: extra.until ? formatDateTime(locale, extra.until) : '–',
    reason: extra.reason ?? '–',
    link: kind === 'offer' ? `${extra.baseUrl}/applications/${applicationId}/offer` : `${extra.baseUrl}/applications/${applicationId}`,
  };
  await enqueueMail(tx, {
    to: view.volunteerEmail,
    subject: t(`placements.shiftMail.${kind}.subject`, params),
    text: t(`placements.shiftMail.${kind}.body`, params),
    ...(extra.calendar ? { attachments: [extra.calendar] } : {}),
  });
}
