import { formatDate, isLocale, type Locale, translator } from '../../platform/i18n.js';
import type { OutgoingMail } from '../../platform/mail.js';

/**
 * The inactivity warning in the person's language (informal "te" in Hungarian: it is written to a
 * volunteer): since when they have been inactive, the date of the anonymisation, how to keep the
 * data (log in; a walk-in without a login tells their center) and what is kept anyway (Köt. 14. §).
 */
export function inactivityWarningMail(input: {
  to: string;
  locale: string;
  givenName: string;
  warning: 1 | 2;
  lastActiveAt: Date;
  anonymiseAt: Date;
  years: number;
  hasLogin: boolean;
  centerName: string | null;
  baseUrl: string;
}): OutgoingMail {
  const locale: Locale = isLocale(input.locale) ? input.locale : 'hu';
  const t = translator(locale);
  const date = formatDate(locale, input.anonymiseAt);
  const keep = input.hasLogin
    ? t('retention.mail.keepLogin', { date, url: `${input.baseUrl}/login` })
    : input.centerName
      ? t('retention.mail.keepCenter', { date, center: input.centerName })
      : t('retention.mail.keepCenterUnknown', { date });
  const text = [
    t('retention.mail.greeting', { name: input.givenName }),
    '',
    ...(input.warning === 2 ? [t('retention.mail.second')] : []),
    t('retention.mail.inactive', { since: formatDate(locale, input.lastActiveAt) }),
    t('retention.mail.rule', { years: input.years, date, account: input.hasLogin ? t('retention.mail.ruleAccount') : '' }),
    '',
    keep,
    '',
    t('retention.mail.kept'),
    t('retention.mail.nothingToDo'),
  ].join('\n');
  return { to: input.to, subject: t(input.warning === 1 ? 'retention.mail.subject1' : 'retention.mail.subject2', { date }), text };
}
