import { formatDateTime } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import type { ShiftSummary } from '../engine.js';

/** "2026. 12. 02. 09:00 – 12:00, 3 szabad hely", or "ongoing" for an opportunity without shifts. */
export function ShiftTime(props: { shift: ShiftSummary | null }) {
  const { t, locale } = usePage();
  const { shift } = props;
  if (!shift) return <>{t('matching.ongoing')}</>;
  const end = formatDateTime(locale, shift.endsAt);
  const sameDay = end.slice(0, -5) === formatDateTime(locale, shift.startsAt).slice(0, -5);
  return (
    <>
      <time datetime={shift.startsAt.toISOString()}>{formatDateTime(locale, shift.startsAt)}</time>
      {' – '}
      <time datetime={shift.endsAt.toISOString()}>{sameDay ? end.slice(-5) : end}</time>
      {', '}
      {shift.waitlist ? t('matching.waitlist') : t('matching.seatsLeft', { count: shift.seatsLeft })}
    </>
  );
}
