import { formatDateTime } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { ExportLinks } from '../../../ui/export-links.js';
import { usePage } from '../../../ui/page-context.js';
import { Pagination } from '../../../ui/pagination.js';
import { SortableTable, type TableColumn } from '../../../ui/table.js';
import type { QueueSort } from '../repo.js';
import type { CenterListStatus, OpportunityRow } from '../service.js';

type Props = {
  page: Page<OpportunityRow>;
  params: ListParams<QueueSort>;
  status?: CenterListStatus;
  /** The row's recommended volunteers, where the reader may open them (null: no link). */
  candidatesHref?: (o: OpportunityRow) => string | null;
};

/** The two views of the center's opportunities: waiting for review, and published. */
function StatusTabs(props: { status: CenterListStatus }) {
  const { t } = usePage();
  const tabs: [CenterListStatus, string, string][] = [
    ['submitted', '/center/opportunities', t('opportunities.queue.title')],
    ['published', '/center/opportunities?status=published', t('opportunities.centerList.publishedTitle')],
  ];
  return (
    <nav aria-label={t('opportunities.centerList.tabs')}>
      <ul class="toolbar">
        {tabs.map(([status, href, label]) => (
          <li>
            <a href={href} aria-current={props.status === status ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The center's opportunities: the vetting queue (submitted, oldest first; each opens its decision
 * page) or the published ones, whose rows lead coordinators to the recommended volunteers.
 */
export function VettingQueuePage(props: Props) {
  const { t, locale } = usePage();
  const status = props.status ?? 'submitted';
  const published = status === 'published';
  const title = t(published ? 'opportunities.centerList.publishedTitle' : 'opportunities.queue.title');
  const columns: TableColumn<OpportunityRow>[] = [
    { label: t('opportunities.field.title'), rowHeader: true, cell: (o) => <a href={`/opportunities/${o.id}/edit`}>{o.title}</a> },
    { label: t('opportunities.field.organization'), sortKey: 'organization', cell: (o) => o.organizationName },
    { label: t('opportunities.field.place'), cell: (o) => (o.remote ? t('opportunities.field.remote') : (o.placeName ?? '–')) },
    {
      label: t(published ? 'opportunities.field.updated' : 'opportunities.queue.submitted'),
      sortKey: 'submitted',
      cell: (o) => formatDateTime(locale, o.updatedAt),
    },
  ];
  const candidatesHref = props.candidatesHref;
  if (published && candidatesHref) {
    columns.push({
      label: t('matching.candidates.link'),
      cell: (o) => {
        const href = candidatesHref(o);
        if (!href) return '–';
        return (
          <a href={href}>
            {t('matching.candidates.link')}
            <span class="visually-hidden"> – {o.title}</span>
          </a>
        );
      },
    });
  }
  return (
    <>
      <h1>{title}</h1>
      <StatusTabs status={status} />
      <p>{t(published ? 'opportunities.centerList.publishedIntro' : 'opportunities.queue.intro')}</p>
      <SortableTable
        caption={title}
        rows={props.page.items}
        rowKey={(o) => o.id}
        sort={props.params.sort}
        dir={props.params.dir}
        emptyText={t(published ? 'opportunities.centerList.publishedEmpty' : 'opportunities.queue.empty')}
        columns={columns}
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
