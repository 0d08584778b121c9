import { formatDateTime, isLocale, translator } from '../../platform/i18n.js';
import type { OutgoingMail } from '../../platform/mail.js';
import type { DigestOpportunity } from './repo.js';

/** How many opportunities a digest lists; the rest are reachable through the search link. */
export const digestListLimit = 10;

/**
 * The digest e-mail in the volunteer's language (informal "te" in Hungarian: it is addressed to
 * a volunteer). It ends with the unsubscribe link, and carries the same URL in List-Unsubscribe
 * with List-Unsubscribe-Post (RFC 8058): the mail client's own "unsubscribe" button then POSTs
 * `List-Unsubscribe=One-Click` to it, which alerts/routes accepts without login or CSRF token.
 * (A GET of the URL only shows a confirmation page, so link scanners unsubscribe nobody.)
 */
export function digestMail(input: {
  to: string;
  locale: string;
  givenName: string;
  frequency: 'daily' | 'weekly';
  opportunities: DigestOpportunity[];
  moreCount: number;
  baseUrl: string;
  unsubscribeUrl: string;
}): OutgoingMail {
  const locale = isLocale(input.locale) ? input.locale : 'hu';
  const t = translator(locale);
  const lines = input.opportunities.slice(0, digestListLimit).map((o) => {
    const where = o.remote ? t('alerts.mail.remote') : (o.place_name ?? '');
    const when = o.next_shift_at ? ` — ${t('alerts.mail.nextShift', { date: formatDateTime(locale, new Date(o.next_shift_at)) })}` : '';
    return `• ${o.title} (${o.organization_name}, ${where})${when}\n  ${input.baseUrl}/opportunities/${o.id}`;
  });
  const more = input.moreCount > 0 ? [``, t('alerts.mail.more', { count: input.moreCount, url: `${input.baseUrl}/opportunities` })] : [];
  const text = [
    t('alerts.mail.greeting', { name: input.givenName }),
    '',
    t(input.frequency === 'daily' ? 'alerts.mail.introDaily' : 'alerts.mail.introWeekly'),
    '',
    ...lines,
    ...more,
    '',
    t('alerts.mail.why'),
    t('alerts.mail.unsubscribe', { url: input.unsubscribeUrl }),
    t('alerts.mail.settings', { url: `${input.baseUrl}/volunteer/profile` }),
  ].join('\n');
  const count = input.opportunities.length + input.moreCount;
  return {
    to: input.to,
    subject: t('alerts.mail.subject', { count }),
    text,
    headers: { 'List-Unsubscribe': `<${input.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
