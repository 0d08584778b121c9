import { formatDate, translator } from '../../platform/i18n.js';
import type { OutgoingMail } from '../../platform/mail.js';

/**
 * The answer to an inquiry, as the asker asked for it on the "ask us" form (or staff noted for a
 * phone or e-mail inquiry). In Hungarian, formally ("Ön"): the asker may be anyone, and we write on
 * behalf of the center. The linked knowledge-base articles follow as absolute links.
 */
export function answerMail(
  inquiry: { askerName: string | null; askerEmail: string; question: string; answer: string; receivedAt: Date },
  centerName: string,
  articles: { slug: string; title: string | null }[],
  baseUrl: string,
): OutgoingMail {
  const t = translator('hu');
  const reading = articles.length
    ? `\n\n${t('inquiries.mail.articles')}\n${articles.map((a) => `– ${a.title ?? a.slug}: ${baseUrl}/knowledge/${a.slug}`).join('\n')}`
    : '';
  return {
    to: inquiry.askerEmail,
    subject: t('inquiries.mail.subject', { center: centerName }),
    text: t('inquiries.mail.body', {
      greeting: inquiry.askerName ? t('inquiries.mail.greetingName', { name: inquiry.askerName }) : t('inquiries.mail.greeting'),
      center: centerName,
      date: formatDate('hu', inquiry.receivedAt),
      question: inquiry.question,
      answer: inquiry.answer,
      reading,
    }),
  };
}
