import { formatPersonName, translator } from '../../platform/i18n.js';
import type { OutgoingMail } from '../../platform/mail.js';
import { guardianLinkValidDays } from './link-rules.js';

/** Links in e-mails are absolute (BASE_URL) and carry the raw token, which is stored nowhere. */
export function invitationLink(baseUrl: string, token: string): string {
  return `${baseUrl}/guardian/invitation?token=${encodeURIComponent(token)}`;
}

/**
 * The invitation to link a guardian's account to a minor. Hungarian and formal ("Ön"): guardians are
 * adults, and the address may not have an account (so no language choice) yet.
 */
export function guardianInvitationMail(
  to: string,
  minor: { familyName: string; givenName: string },
  guardianName: string | null,
  link: string,
  hasAccount: boolean,
): OutgoingMail {
  const t = translator('hu');
  return {
    to,
    subject: t('guardians.mail.invitation.subject', { minor: formatPersonName(minor.familyName, minor.givenName) }),
    text: t('guardians.mail.invitation.body', {
      greeting: guardianName ? t('guardians.mail.greetingNamed', { name: guardianName }) : t('guardians.mail.greeting'),
      minor: formatPersonName(minor.familyName, minor.givenName),
      link,
      days: guardianLinkValidDays,
      account: t(hasAccount ? 'guardians.mail.invitation.hasAccount' : 'guardians.mail.invitation.noAccount'),
    }),
  };
}
