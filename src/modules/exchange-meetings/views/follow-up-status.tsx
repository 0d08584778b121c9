import { formatDate } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { FollowUpRow } from '../follow-ups-repo.js';

/** Open, overdue (past its day, in words and in red) or done with the day. */
export function FollowUpStatus(props: { followUp: FollowUpRow; today: string }) {
  const { t, locale } = usePage();
  const { followUp } = props;
  if (followUp.doneAt) return <span class="status-approved">{t('exchange.followUps.doneOn', { date: formatDate(locale, followUp.doneAt) })}</span>;
  if (followUp.dueOn && followUp.dueOn < props.today) return <span class="deadline-overdue">{t('exchange.followUps.overdue')}</span>;
  return <span>{t('exchange.followUps.open')}</span>;
}
