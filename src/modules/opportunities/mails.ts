import { formatDateTime, translator } from '../../platform/i18n.js';
import type { MailAttachment, OutgoingMail } from '../../platform/mail.js';
import type { VetDecision } from './status-rules.js';

/*
 * Mails go out in Hungarian: to organizations formally ("Ön"), to volunteers informally ("te"),
 * as the center writes to them.
 */
const t = translator('hu');

export function vettingDecisionMail(to: string, o: { title: string; id: string }, decision: VetDecision, reason: string | null, baseUrl: string): OutgoingMail {
  const link = `${baseUrl}/opportunities/${o.id}/edit`;
  const reasonText = reason ? t('opportunities.mail.reason', { reason }) : '';
  return {
    to,
    subject: t(`opportunities.mail.vet.${decision}.subject`, { title: o.title }),
    text: t(`opportunities.mail.vet.${decision}.body`, { title: o.title, reason: reasonText, link }),
  };
}

export function shiftCancelledMail(
  to: { email: string; givenName: string },
  shift: { startsAt: Date },
  opportunity: { title: string; organizationName: string },
  calendar?: MailAttachment,
): OutgoingMail {
  return {
    to: to.email,
    ...(calendar ? { attachments: [calendar] } : {}),
    subject: t('opportunities.mail.shiftCancelled.subject', { title: opportunity.title }),
    text: t('opportunities.mail.shiftCancelled.body', {
      name: to.givenName,
      title: opportunity.title,
      organization: opportunity.organizationName,
      when: formatDateTime('hu', shift.startsAt),
    }),
  };
}

/** The shift's time changed: a seat holder's mail carries the updated .ics of their entry (same UID, higher SEQUENCE). */
export function shiftChangedMail(
  to: { email: string; givenName: string },
  shift: { startsAt: Date; endsAt: Date },
  opportunity: { title: string; organizationName: string },
  calendar?: MailAttachment,
): OutgoingMail {
  return {
    to: to.email,
    ...(calendar ? { attachments: [calendar] } : {}),
    subject: t('opportunities.mail.shiftChanged.subject', { title: opportunity.title }),
    text: t('opportunities.mail.shiftChanged.body', {
      name: to.givenName,
      title: opportunity.title,
      organization: opportunity.organizationName,
      when: formatDateTime('hu', shift.startsAt),
      until: formatDateTime('hu', shift.endsAt),
    }),
  };
}
