import { formatDateTime } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { ExportLinks } from '../../../ui/export-links.js';
import { usePage } from '../../../ui/page-context.js';
import { Pagination } from '../../../ui/pagination.js';
import { SortableTable } from '../../../ui/table.js';
import type { QueueSort } from '../repo.js';
import type { OpportunityRow } from '../service.js';

/** The center's vetting queue: submitted opportunities, oldest first; each opens its decision page. */
export function VettingQueuePage(props: { page: Page<OpportunityRow>; params: ListParams<QueueSort> }) {
  const { t, locale } = usePage();
  return (
    <>
      <h1>{t('opportunities.queue.title')}</h1>
      <p>{t('opportunities.queue.intro')}</p>
      <SortableTable
        caption={t('opportunities.queue.title')}
        rows={props.page.items}
        rowKey={(o) => o.id}
        sort={props.params.sort}
        dir={props.params.dir}
        emptyText={t('opportunities.queue.empty')}
        columns={[
          { label: t('opportunities.field.title'), rowHeader: true, cell: (o) => <a href={`/opportunities/${o.id}/edit`}>{o.title}</a> },
          { label: t('opportunities.field.organization'), sortKey: 'organization', cell: (o) => o.organizationName },
          { label: t('opportunities.field.place'), cell: (o) => (o.remote ? t('opportunities.field.remote') : (o.placeName ?? '–')) },
          { label: t('opportunities.queue.submitted'), sortKey: 'submitted', cell: (o) => formatDateTime(locale, o.updatedAt) },
        ]}
      />
      {props.page.total > 0 && (
        <>
          <Pagination page={props.page} />
          <ExportLinks />
        </>
      )}
    </>
  );
}
