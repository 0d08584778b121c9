import { formatPersonName, isLocale, type Locale, translator } from '../../platform/i18n.js';
import type { OutgoingMail } from '../../platform/mail.js';
import type { OrganizationStatus } from './schema.js';

/** A member an e-mail goes to, in their own language (Hungarian unless they chose English). */
export type MailRecipient = { email: string; familyName: string; givenName: string; locale: string };

function writerFor(recipient: MailRecipient) {
  const locale: Locale = isLocale(recipient.locale) ? recipient.locale : 'hu';
  return { t: translator(locale), name: formatPersonName(recipient.familyName, recipient.givenName) };
}

export function organizationLink(baseUrl: string, organizationId: string): string {
  return `${baseUrl}/organizations/${organizationId}`;
}

const subjectKey = {
  approved: 'organizations.mail.approved.subject',
  needs_changes: 'organizations.mail.needsChanges.subject',
  rejected: 'organizations.mail.rejected.subject',
  submitted: 'organizations.mail.submitted.subject',
} as const;
const bodyKey = {
  approved: 'organizations.mail.approved.body',
  needs_changes: 'organizations.mail.needsChanges.body',
  rejected: 'organizations.mail.rejected.body',
  submitted: 'organizations.mail.submitted.body',
} as const;

/** The center's decision (or the return to vetting), written formally ("Ön") to one member. */
export function vettingDecisionMail(
  recipient: MailRecipient,
  organization: { name: string; link: string },
  status: OrganizationStatus,
  reason: string | null,
): OutgoingMail {
  const { t, name } = writerFor(recipient);
  const reasonText = reason ? t('organizations.mail.reason', { reason }) : '';
  return {
    to: recipient.email,
    subject: t(subjectKey[status], { organization: organization.name }),
    text: t(bodyKey[status], { name, organization: organization.name, link: organization.link, reason: reasonText }),
  };
}

/** Tells the center a registration (or a resubmission) waits in its vetting queue. */
export function vettingQueueMail(to: string, organization: { name: string }, queueLink: string): OutgoingMail {
  const t = translator('hu');
  return {
    to,
    subject: t('organizations.mail.queue.subject', { organization: organization.name }),
    text: t('organizations.mail.queue.body', { organization: organization.name, link: queueLink }),
  };
}

/** Sent to a person added as a member of an organization. */
export function memberAddedMail(recipient: MailRecipient, organization: { name: string; link: string }): OutgoingMail {
  const { t, name } = writerFor(recipient);
  return {
    to: recipient.email,
    subject: t('organizations.mail.memberAdded.subject', { organization: organization.name }),
    text: t('organizations.mail.memberAdded.body', { name, organization: organization.name, link: organization.link }),
  };
}
