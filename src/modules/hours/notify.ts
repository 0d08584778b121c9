import type { Queryable } from '../../db/database.js';
import { formatDate, formatDuration, isLocale, translator } from '../../platform/i18n.js';
import { enqueueMail } from '../../platform/mail.js';
import type { HourEntryRecord, Placement } from './repo.js';

/**
 * The volunteer hears when the organization rejects an entry (informal "te"), in their account's
 * language; a walk-in volunteer's address without an account gets Hungarian. No address, no mail.
 */
export async function notifyRejection(tx: Queryable, placement: Placement, entry: HourEntryRecord, baseUrl: string): Promise<void> {
  if (!placement.volunteerEmail) return;
  const locale = isLocale(placement.volunteerLocale) ? placement.volunteerLocale : 'hu';
  const t = translator(locale);
  await enqueueMail(tx, {
    to: placement.volunteerEmail,
    subject: t('hours.mail.rejectedSubject', { title: placement.opportunityTitle }),
    text: t('hours.mail.rejected', {
      title: placement.opportunityTitle,
      organization: placement.organizationName,
      day: formatDate(locale, new Date(`${entry.activityDay}T12:00:00Z`)),
      duration: formatDuration(t, locale, entry.minutes),
      activity: entry.activity,
      reason: entry.decisionReason ?? '–',
      link: `${baseUrl}/applications/${placement.id}/hours`,
    }),
  });
}
