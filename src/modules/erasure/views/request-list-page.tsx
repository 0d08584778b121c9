import { formatDate, formatPersonName } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { SelectField } from '../../../ui/forms.js';
import { ListFilters, ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import { type ErasureListRow, type ErasureSort, type ErasureStatus, erasureStatuses } from '../repo.js';
import { allStatuses } from '../schema.js';

type Props = { page: Page<ErasureListRow>; params: ListParams<ErasureSort>; status: ErasureStatus | undefined };

/** The center's list of erasure requests ("Ön"): status filter, sort by date or name, paging, export. */
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
        { label: t('erasure.list.center'), cell: (r) => r.centerName ?? '–' },
        { label: t('erasure.list.requestedAt'), sortKey: 'requestedAt', cell: (r) => formatDate(locale, r.request.requestedAt) },
        { label: t('erasure.list.status'), cell: (r) => t(`erasure.status.${r.request.status as ErasureStatus}`) },
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
