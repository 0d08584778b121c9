import { formatDate, formatPersonName } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { SelectField } from '../../../ui/forms.js';
import { ListFilters, ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import { deadlineDate } from '../deadline.js';
import { type ErasureSort, type ErasureStatus, erasureStatuses } from '../repo.js';
import { allStatuses } from '../schema.js';
import type { DataRequestListRow } from '../service.js';
import { DeadlineText } from './deadline-text.js';
import { statusLabelKey } from './status-label.js';

type Props = { page: Page<DataRequestListRow>; params: ListParams<ErasureSort>; status: ErasureStatus | undefined };

/** The center's list of data requests ("Ön"): open ones by default, soonest deadline first; status filter, sort, paging, export. */
export function RequestListPage({ page, params, status }: Props) {
  const { t, locale } = usePage();
  return (
    <ListPage
      title={t('erasure.list.title')}
      page={page}
      params={params}
      rowKey={(r) => r.request.id}
      emptyText={t('erasure.list.empty')}
      columns={[
        {
          label: t('erasure.list.name'),
          sortKey: 'name',
          rowHeader: true,
          cell: (r) => <a href={`/admin/erasure-requests/${r.request.id}`}>{formatPersonName(r.familyName, r.givenName)}</a>,
        },
        { label: t('erasure.list.kind'), cell: (r) => t(`erasure.kind.${r.request.kind}`) },
        { label: t('erasure.list.center'), cell: (r) => r.centerName ?? '–' },
        { label: t('erasure.list.requestedAt'), sortKey: 'requestedAt', cell: (r) => formatDate(locale, r.request.requestedAt) },
        {
          label: t('erasure.list.deadline'),
          sortKey: 'deadline',
          cell: (r) => (r.deadline ? formatDate(locale, deadlineDate(r.deadline.deadlineDay)) : '–'),
        },
        { label: t('erasure.list.daysLeft'), cell: (r) => (r.deadline ? <DeadlineText deadline={r.deadline} withDate={false} /> : '–') },
        { label: t('erasure.list.status'), cell: (r) => t(statusLabelKey(r.request)) },
        { label: t('erasure.list.decidedAt'), cell: (r) => (r.request.decidedAt ? formatDate(locale, r.request.decidedAt) : '–') },
      ]}
    >
      <p>{t('erasure.list.intro')}</p>
      <ListFilters action="/admin/erasure-requests" label={t('erasure.list.filters')} params={params}>
        <SelectField
          name="status"
          label={t('erasure.list.status')}
          value={status ?? allStatuses}
          options={[...erasureStatuses.map((s) => ({ value: s, label: t(`erasure.status.${s}`) })), { value: allStatuses, label: t('erasure.status.all') }]}
        />
      </ListFilters>
    </ListPage>
  );
}
