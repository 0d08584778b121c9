import type { ListParams, Page } from '../../../platform/list-params.js';
import { ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { EventDayRow } from '../repo.js';
import type { EventDaySort } from '../schema.js';
import { dayText, statusLabel } from './labels.js';

/** GET /event-days: the centers' event days, sortable, paged, CSV/XLSX. */
export function EventDayListPage(props: { page: Page<EventDayRow>; params: ListParams<EventDaySort> }) {
  const { t, locale } = usePage();
  return (
    <ListPage
      title={t('eventDay.title')}
      page={props.page}
      params={props.params}
      rowKey={(r) => r.id}
      emptyText={t('eventDay.empty')}
      columns={[
        { label: t('eventDay.field.name'), sortKey: 'name', rowHeader: true, cell: (r) => <a href={`/event-days/${r.id}`}>{r.name}</a> },
        { label: t('eventDay.field.day'), sortKey: 'day', cell: (r) => dayText(locale, r.day) },
        { label: t('eventDay.field.place'), cell: (r) => r.place ?? '–' },
        { label: t('eventDay.field.center'), cell: (r) => r.centerName },
        { label: t('eventDay.field.tasks'), cell: (r) => r.taskCount },
        { label: t('eventDay.field.volunteers'), cell: (r) => r.volunteerCount },
        { label: t('eventDay.field.status'), sortKey: 'status', cell: (r) => statusLabel(t, r.status) },
      ]}
    >
      <p>{t('eventDay.intro')}</p>
      <p>
        <a href="/event-days/new" class="button">
          {t('eventDay.new')}
        </a>
      </p>
    </ListPage>
  );
}
