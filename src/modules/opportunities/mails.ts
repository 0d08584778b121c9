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

type ShiftMailTo = { email: string; givenName: string };
type ShiftMailOpportunity = { title: string; organizationName: string };

/** A mail to a volunteer about one shift (cancelled, or its time changed), with their .ics when they had a seat. */
function shiftMail(
  kind: 'shiftCancelled' | 'shiftChanged',
  to: ShiftMailTo,
  shift: { startsAt: Date; endsAt?: Date },
  opportunity: ShiftMailOpportunity,
  calendar?: MailAttachment,
): OutgoingMail {
  const params = {
    name: to.givenName,
    title: opportunity.title,
    organization: opportunity.organizationName,
    when: formatDateTime('hu', shift.startsAt),
    until: shift.endsAt ? formatDateTime('hu', shift.endsAt) : '',
  };
  return {
    to: to.email,
    ...(calendar ? { attachments: [calendar] } : {}),
    subject: t(`opportunities.mail.${kind}.subject`, params),
    text: t(`opportunities.mail.${kind}.body`, params),
  };
}

export function shiftCancelledMail(to: ShiftMailTo, shift: { startsAt: Date }, opportunity: ShiftMailOpportunity, calendar?: MailAttachment): OutgoingMail {
  return shiftMail('shiftCancelled', to, shift, opportunity, calendar);
}

/** The shift's time changed: a seat holder's mail carries the updated .ics of their entry (same UID, higher SEQUENCE). */
export function shiftChangedMail(
  to: ShiftMailTo,
  shift: { startsAt: Date; endsAt: Date },
  opportunity: ShiftMailOpportunity,
  calendar?: MailAttachment,
): OutgoingMail {
  return shiftMail('shiftChanged', to, shift, opportunity, calendar);
}
