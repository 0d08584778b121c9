import { formatDate } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import { deadlineDate, type RequestDeadline, reminderDaysBefore } from '../deadline.js';
import { daysLeftText } from '../notify.js';

/**
 * An open request's deadline: the date and the days left in words ("12 nap van hátra", "Határidőn
 * túl: 3 napja lejárt"); overdue and the last week are also set in colour, never by colour alone.
 */
export function DeadlineText({ deadline, withDate = true }: { deadline: RequestDeadline; withDate?: boolean }) {
  const { t, locale } = usePage();
  const left = daysLeftText(t, deadline.daysLeft);
  const cls = deadline.daysLeft < 0 ? 'deadline-overdue' : deadline.daysLeft <= reminderDaysBefore ? 'deadline-soon' : undefined;
  return <span class={cls}>{withDate ? `${formatDate(locale, deadlineDate(deadline.deadlineDay))} (${left})` : left}</span>;
}
