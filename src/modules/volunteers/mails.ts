import { formatPersonName, translator } from '../../platform/i18n.js';
import type { OutgoingMail } from '../../platform/mail.js';
import { claimLinkValidDays } from './choices.js';

/** Links in e-mails are absolute (BASE_URL) and carry the raw token, which is stored nowhere. */
export function claimLink(baseUrl: string, token: string): string {
  return `${baseUrl}/volunteer/claim?token=${encodeURIComponent(token)}`;
}

/**
 * The invitation to take over a profile staff registered. Hungarian: a walk-in volunteer has no
 * account, so no language choice yet; addressed informally, as every text to volunteers.
 */
export function claimInvitationMail(
  volunteer: { email: string; familyName: string; givenName: string },
  centerName: string | null,
  link: string,
): OutgoingMail {
  const t = translator('hu');
  return {
    to: volunteer.email,
    subject: t('volunteers.mail.claim.subject'),
    text: t('volunteers.mail.claim.body', {
      name: formatPersonName(volunteer.familyName, volunteer.givenName),
      center: centerName ?? t('app.name'),
      link,
      days: claimLinkValidDays,
    }),
  };
}
