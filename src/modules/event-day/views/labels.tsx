import { formatDate, type Locale, type Translate } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import { type EligibilityCode, eligibilityCodes } from '../../volunteer-law/eligibility.js';
import { timeOf } from '../service.js';
import type { AssignmentReason, PairRule, UnassignedReason } from '../solver-types.js';

const eligibilityCodeSet: ReadonlySet<string> = new Set<string>(eligibilityCodes);

/** A hard rule in the staff's words: the common eligibility texts (matching.reason.*) or the event day's own. */
export function ruleText(t: Translate, rule: PairRule): string {
  const params = { ...rule.params };
  if (eligibilityCodeSet.has(rule.code)) return t(`matching.reason.${rule.code as EligibilityCode}`, params);
  return t(`eventDay.rule.${rule.code as Exclude<PairRule['code'], EligibilityCode>}`, params);
}

/** Why an assignment was made, e.g. "1. helyen kért feladat · kötelező hely betöltve · a barátjával együtt". */
export function assignmentReasonText(t: Translate, reason: AssignmentReason): string {
  return [
    reason.rank == null ? t('eventDay.reason.unranked') : t('eventDay.reason.rank', { rank: reason.rank }),
    reason.requiredSeat ? t('eventDay.reason.requiredSeat') : null,
    reason.friendTogether ? t('eventDay.reason.friend') : null,
    reason.pinned ? t('eventDay.reason.pinned') : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Why a volunteer got no task-slot. */
export function unassignedReasonText(t: Translate, reason: UnassignedReason): string {
  switch (reason.code) {
    case 'not_eligible':
      return t('eventDay.reason.not_eligible', { rules: reason.rules.map((r) => ruleText(t, r)).join('; ') });
    case 'seats_taken':
      return reason.wanted.length ? t('eventDay.reason.seats_taken', { tasks: reason.wanted.join(', ') }) : t('eventDay.reason.seats_takenAny');
    default:
      return t(`eventDay.reason.${reason.code}`);
  }
}

export const statusLabel = (t: Translate, status: string) => t(`eventDay.status.${status as 'draft' | 'solved' | 'published'}`);
export const timeRange = (task: { startsAt: Date; endsAt: Date }) => `${timeOf(task.startsAt)}–${timeOf(task.endsAt)}`;
export const dayText = (locale: Locale, day: string) => formatDate(locale, new Date(`${day}T12:00:00Z`));

/** The way back: the event days' list and, on an event day's own pages, the event day. */
export function EventDayBreadcrumb(props: { eventDay?: { id: string; name: string } }) {
  const { t } = usePage();
  return (
    <p class="breadcrumb">
      <a href="/event-days">{t('eventDay.title')}</a>
      {props.eventDay && (
        <>
          {' › '}
          <a href={`/event-days/${props.eventDay.id}`}>{props.eventDay.name}</a>
        </>
      )}
    </p>
  );
}
