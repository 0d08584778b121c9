import { budapestDay } from '../../../platform/budapest-time.js';
import { formatDateTime } from '../../../platform/i18n.js';
import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { UpcomingShift } from '../service.js';

const budapestTime = new Intl.DateTimeFormat('hu-HU', { timeZone: 'Europe/Budapest', hour: '2-digit', minute: '2-digit' });

/** "2026. 11. 24. 09:00 – 12:00", or both full dates when the shift runs past midnight. */
export function ShiftTime(props: { shift: UpcomingShift }) {
  const { locale } = usePage();
  const { startsAt, endsAt } = props.shift;
  const sameDay = budapestDay(startsAt) === budapestDay(endsAt);
  const end = sameDay ? budapestTime.format(endsAt) : formatDateTime(locale, endsAt);
  return (
    <>
      <time datetime={startsAt.toISOString()}>{formatDateTime(locale, startsAt)}</time>
      {' – '}
      <time datetime={endsAt.toISOString()}>{end}</time>
    </>
  );
}

/** The sign-up button of one shift (placements handle the POST), or why there is none. */
function ShiftAction(props: { shift: UpcomingShift }) {
  const { t, locale } = usePage();
  const { shift } = props;
  const when = formatDateTime(locale, shift.startsAt);
  if (shift.seatsLeft === 0 && !shift.waitlistEnabled) return <span>{t('search.shift.full')}</span>;
  return (
    <PostForm action={`/shifts/${shift.id}/signup`} class="inline-form">
      <button type="submit">
        {shift.seatsLeft > 0 ? t('search.shift.signUp') : t('search.shift.waitlist')}
        <span class="visually-hidden"> ({when})</span>
      </button>
    </PostForm>
  );
}

/** Upcoming shifts with the seats left; logged-in visitors get a sign-up button per shift. */
export function ShiftList(props: { shifts: UpcomingShift[]; signedIn: boolean }) {
  const { t } = usePage();
  if (props.shifts.length === 0) return <p class="empty-state">{t('search.shift.none')}</p>;
  return (
    <div class="table-scroll">
      <table>
        <caption class="visually-hidden">{t('search.shift.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('search.shift.when')}</th>
            <th scope="col" class="numeric">
              {t('search.shift.seatsLeft')}
            </th>
            {props.signedIn && <th scope="col">{t('search.shift.action')}</th>}
          </tr>
        </thead>
        <tbody>
          {props.shifts.map((s) => (
            <tr id={`shift-${s.id}`}>
              <td>
                <ShiftTime shift={s} />
              </td>
              <td class="numeric">{s.seatsLeft > 0 ? t('search.shift.seats', { left: s.seatsLeft, capacity: s.capacity }) : t('search.shift.noSeats')}</td>
              {props.signedIn && (
                <td>
                  <ShiftAction shift={s} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
