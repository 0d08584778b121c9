import type { Queryable } from '../../db/database.js';
import { formatDateTime, formatPersonName, translator } from '../../platform/i18n.js';
import { enqueueMail } from '../../platform/mail.js';
import { type ApplicationView, organizationMemberEmails } from './repo.js';
import type { ApplicationStatus } from './status-rules.js';

/**
 * E-mails on every status change, to the other side(s): the volunteer (informal "te"), the
 * organization's members and the coordinator who made the referral (formal "Ön"). Whoever made the
 * change gets no mail about it. In Hungarian: users' language is not known for walk-in volunteers.
 */
export async function notifyStatusChange(
  tx: Queryable,
  view: ApplicationView,
  change: { to: ApplicationStatus; note?: string | null; actorEmail: string | null; baseUrl: string },
): Promise<void> {
  const t = translator('hu');
  const link = `${change.baseUrl}/applications/${view.application.id}`;
  const status = t(`placements.status.${change.to}`);
  const volunteer = formatPersonName(view.volunteerFamilyName, view.volunteerGivenName);
  const shift = view.shiftStartsAt ? formatDateTime('hu', view.shiftStartsAt) : t('placements.mail.noShift');
  const params = { title: view.opportunityTitle, organization: view.organizationName, volunteer, status, shift, link, note: change.note ?? '–' };
  const subject = t('placements.mail.subject', { title: view.opportunityTitle, status });
  const sent = new Set<string>(change.actorEmail ? [change.actorEmail.toLowerCase()] : []);
  const send = async (to: string | null | undefined, text: string) => {
    if (!to || sent.has(to.toLowerCase())) return;
    sent.add(to.toLowerCase());
    await enqueueMail(tx, { to, subject, text });
  };
  await send(view.volunteerEmail, t('placements.mail.toVolunteer', params));
  for (const email of await organizationMemberEmails(tx, view.organizationId)) await send(email, t('placements.mail.toOrganization', params));
  if (view.application.origin === 'coordinator') await send(view.creatorEmail, t('placements.mail.toCoordinator', params));
}
