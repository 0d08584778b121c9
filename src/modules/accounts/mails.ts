import { formatDateTime, formatPersonName, isLocale, type Locale, translator } from '../../platform/i18n.js';
import type { OutgoingMail } from '../../platform/mail.js';

/** How long the one-time links live: long enough to find the mail, short enough to limit a leak. */
export const confirmLinkValidHours = 48;
export const resetLinkValidMinutes = 60;

/** The person an e-mail is written to, in their own language (Hungarian unless they chose English). */
export type Recipient = { email: string; familyName: string; givenName: string; locale: string };

function writerFor(recipient: Recipient) {
  const locale: Locale = isLocale(recipient.locale) ? recipient.locale : 'hu';
  return { locale, t: translator(locale), name: formatPersonName(recipient.familyName, recipient.givenName) };
}

/** Links in e-mails are absolute, built from BASE_URL, and carry the raw token (it exists nowhere else). */
export function confirmLink(baseUrl: string, token: string): string {
  return `${baseUrl}/confirm-email?token=${encodeURIComponent(token)}`;
}

export function resetLink(baseUrl: string, token: string): string {
  return `${baseUrl}/reset-password?token=${encodeURIComponent(token)}`;
}

export function confirmationMail(recipient: Recipient, link: string): OutgoingMail {
  const { t, name } = writerFor(recipient);
  return {
    to: recipient.email,
    subject: t('accounts.mail.confirm.subject'),
    text: t('accounts.mail.confirm.body', { name, link, hours: confirmLinkValidHours }),
  };
}

/** Sent instead of a second account, so the sign-up page never reveals that an address is registered. */
export function duplicateSignupMail(recipient: Recipient, baseUrl: string): OutgoingMail {
  const { t, name } = writerFor(recipient);
  return {
    to: recipient.email,
    subject: t('accounts.mail.duplicate.subject'),
    text: t('accounts.mail.duplicate.body', { name, loginLink: `${baseUrl}/login`, forgotLink: `${baseUrl}/forgot-password` }),
  };
}

export function passwordResetMail(recipient: Recipient, link: string): OutgoingMail {
  const { t, name } = writerFor(recipient);
  return {
    to: recipient.email,
    subject: t('accounts.mail.reset.subject'),
    text: t('accounts.mail.reset.body', { name, link, minutes: resetLinkValidMinutes }),
  };
}

/** Tells the owner about a change they may not have made, with the way to take the account back. */
export function passwordChangedMail(recipient: Recipient, baseUrl: string, when: Date): OutgoingMail {
  const { t, name, locale } = writerFor(recipient);
  return {
    to: recipient.email,
    subject: t('accounts.mail.passwordChanged.subject'),
    text: t('accounts.mail.passwordChanged.body', {
      name,
      when: formatDateTime(locale, when),
      forgotLink: `${baseUrl}/forgot-password`,
    }),
  };
}
