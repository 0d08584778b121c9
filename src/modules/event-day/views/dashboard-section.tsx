import { usePage } from '../../../ui/page-context.js';
import type { EventDayDashboard } from '../dashboard-part.js';
import { dayText, statusLabel } from './labels.js';

/** The dashboard card of event days: the next ones of the staff member's centers, each with its status. */
export function EventDaySection(props: { data: EventDayDashboard }) {
  const { t, locale } = usePage();
  const { next, count, draft } = props.data;
  return (
    <section class="card" aria-labelledby="dash-event-day">
      <h2 id="dash-event-day">{t('eventDay.dashboard.title')}</h2>
      <p>{t('eventDay.dashboard.upcoming', { count, draft })}</p>
      <ul>
        {next.map((e) => (
          <li key={e.id}>
            <a href={`/event-days/${e.id}`}>{e.name}</a> – {dayText(locale, e.day)} ({statusLabel(t, e.status)})
          </li>
        ))}
      </ul>
      <p>
        <a href="/event-days">{t('eventDay.dashboard.all')}</a>
      </p>
    </section>
  );
}
