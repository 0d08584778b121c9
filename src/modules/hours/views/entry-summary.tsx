import { formatDuration, formatPersonName } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { HourEntryRecord, Placement } from '../repo.js';
import { dayText, timeRangeText } from './entry-text.js';

/** The facts of one entry, as the reject and delete pages show them before the action. */
export function EntrySummary({ entry, placement }: { entry: HourEntryRecord; placement: Placement }) {
  const { t, locale } = usePage();
  return (
    <dl class="details">
      <dt>{t('hours.field.volunteer')}</dt>
      <dd>{formatPersonName(placement.volunteerFamilyName, placement.volunteerGivenName)}</dd>
      <dt>{t('hours.field.opportunity')}</dt>
      <dd>{placement.opportunityTitle}</dd>
      <dt>{t('hours.field.day')}</dt>
      <dd>{dayText(locale, entry.activityDay)}</dd>
      <dt>{t('hours.field.time')}</dt>
      <dd>{timeRangeText(entry.startsAt, entry.endsAt) ?? t('hours.entries.noTime')}</dd>
      <dt>{t('hours.field.duration')}</dt>
      <dd>{formatDuration(t, locale, entry.minutes)}</dd>
      <dt>{t('hours.field.activity')}</dt>
      <dd>{entry.activity}</dd>
    </dl>
  );
}
