import type { ListParams, Page } from '../../../platform/list-params.js';
import { SelectField } from '../../../ui/forms.js';
import { ListFilters, ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { TableColumn } from '../../../ui/table.js';
import { dayText } from '../meeting-text.js';
import type { MeetingListRow } from '../repo.js';
import { type MeetingFilter, type MeetingSort, meetingWhens } from '../schema.js';

type Props = { page: Page<MeetingListRow>; params: ListParams<MeetingSort>; filter: MeetingFilter; centers: { id: string; name: string }[] };

/** `/exchange-meetings`: the meetings of the actor's centers with their figures, filters, paging and CSV/XLSX. */
export function MeetingListPage({ page, params, filter, centers }: Props) {
  const { t, locale } = usePage();
  const filtered = !!(filter.when || filter.followUps || filter.centerId);
  const columns: TableColumn<MeetingListRow>[] = [
    { label: t('exchange.field.heldOn'), sortKey: 'date', cell: (m) => dayText(locale, m.heldOn) },
    { label: t('exchange.field.theme'), rowHeader: true, cell: (m) => <a href={`/exchange-meetings/${m.id}`}>{m.theme}</a> },
    { label: t('exchange.field.place'), cell: (m) => m.place ?? '–' },
    ...(centers.length > 0 ? [{ label: t('exchange.field.center'), cell: (m: MeetingListRow) => m.centerName }] : []),
    { label: t('exchange.field.invited'), sortKey: 'invited', cell: (m) => m.invited },
    { label: t('exchange.field.attended'), sortKey: 'attended', cell: (m) => m.attended },
    { label: t('exchange.field.openFollowUps'), sortKey: 'open', cell: (m) => m.openFollowUps },
    {
      label: t('exchange.field.overdueFollowUps'),
      cell: (m) => (m.overdueFollowUps > 0 ? <span class="deadline-overdue">{m.overdueFollowUps}</span> : 0),
    },
  ];
  return (
    <ListPage
      title={t('exchange.title')}
      page={page}
      params={params}
      rowKey={(m) => m.id}
      emptyText={filtered ? t('exchange.noMatch') : t('exchange.empty')}
      columns={columns}
    >
      <p class="lead">{t('exchange.intro')}</p>
      <p>
        <a class="button" href="/exchange-meetings/new">
          {t('exchange.new')}
        </a>
      </p>
      <ListFilters action="/exchange-meetings" label={t('exchange.filter.label')} params={params}>
        <SelectField
          name="when"
          label={t('exchange.filter.when')}
          options={meetingWhens.map((w) => ({ value: w, label: t(`exchange.when.${w}`) }))}
          value={filter.when}
          emptyLabel={t('exchange.filter.anyWhen')}
        />
        <SelectField
          name="followUps"
          label={t('exchange.filter.followUps')}
          options={[{ value: 'overdue', label: t('exchange.filter.overdue') }]}
          value={filter.followUps}
          emptyLabel={t('exchange.filter.anyFollowUps')}
        />
        {centers.length > 0 && (
          <SelectField
            name="centerId"
            label={t('exchange.filter.center')}
            options={centers.map((c) => ({ value: c.id, label: c.name }))}
            value={filter.centerId}
            emptyLabel={t('exchange.filter.anyCenter')}
          />
        )}
      </ListFilters>
    </ListPage>
  );
}
