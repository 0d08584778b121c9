import { formatDate, formatPersonName } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { ExportLinks } from '../../../ui/export-links.js';
import { SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { Pagination } from '../../../ui/pagination.js';
import { SortableTable } from '../../../ui/table.js';
import { type ErasureListRow, type ErasureSort, type ErasureStatus, erasureStatuses } from '../repo.js';
import { allStatuses } from '../schema.js';

type Props = { page: Page<ErasureListRow>; params: ListParams<ErasureSort>; status: ErasureStatus | undefined };

/** The center's list of erasure requests ("Ön"): status filter, sort by date or name, paging, export. */
export function RequestListPage({ page, params, status }: Props) {
  const { t, locale } = usePage();
  return (
    <>
      <h1>{t('erasure.list.title')}</h1>
      <p>{t('erasure.list.intro')}</p>
      <form method="get" action="/admin/erasure-requests" class="filters" aria-label={t('erasure.list.filters')}>
        <SelectField
          name="status"
          label={t('erasure.list.status')}
          value={status ?? allStatuses}
          options={[...erasureStatuses.map((s) => ({ value: s, label: t(`erasure.status.${s}`) })), { value: allStatuses, label: t('erasure.status.all') }]}
        />
        <input type="hidden" name="sort" value={params.sort} />
        <input type="hidden" name="dir" value={params.dir} />
        <p class="toolbar">
          <button type="submit">{t('form.filter')}</button>
        </p>
      </form>
      <SortableTable
        caption={t('erasure.list.title')}
        rows={page.items}
        rowKey={(r) => r.request.id}
        sort={params.sort}
        dir={params.dir}
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
      />
      {page.total > 0 && (
        <>
          <Pagination page={page} />
          <ExportLinks />
        </>
      )}
    </>
  );
}
