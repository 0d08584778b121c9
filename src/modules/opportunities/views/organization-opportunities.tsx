import { formatDate } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { ExportLinks } from '../../../ui/export-links.js';
import { usePage } from '../../../ui/page-context.js';
import { Pagination } from '../../../ui/pagination.js';
import { SortableTable } from '../../../ui/table.js';
import type { OpportunitySort } from '../schema.js';
import type { OpportunityRow, OrganizationRef } from '../service.js';

/** An organization's opportunities with their status; members can add one (approved organizations). */
export function OrganizationOpportunitiesPage(props: {
  organization: OrganizationRef;
  isMember: boolean;
  page: Page<OpportunityRow>;
  params: ListParams<OpportunitySort>;
}) {
  const { t, locale } = usePage();
  const { organization } = props;
  return (
    <>
      <p class="breadcrumb">
        <a href={`/organizations/${organization.id}`}>{organization.name}</a>
      </p>
      <h1>{t('opportunities.orgList.title', { name: organization.name })}</h1>
      {props.isMember &&
        (organization.status === 'approved' ? (
          <p>
            <a class="button" href={`/organizations/${organization.id}/opportunities/new`}>
              {t('opportunities.new.title')}
            </a>
          </p>
        ) : (
          <p class="empty-state">{t('opportunities.orgList.notApproved')}</p>
        ))}
      <SortableTable
        caption={t('opportunities.orgList.title', { name: organization.name })}
        rows={props.page.items}
        rowKey={(o) => o.id}
        sort={props.params.sort}
        dir={props.params.dir}
        emptyText={t('opportunities.orgList.empty')}
        columns={[
          { label: t('opportunities.field.title'), sortKey: 'title', rowHeader: true, cell: (o) => <a href={`/opportunities/${o.id}/edit`}>{o.title}</a> },
          { label: t('opportunities.field.status'), sortKey: 'status', cell: (o) => t(`opportunities.status.${o.status as 'draft'}`) },
          { label: t('opportunities.field.kind'), cell: (o) => t(`opportunities.kind.${o.kind as 'one_off'}`) },
          { label: t('opportunities.field.place'), cell: (o) => (o.remote ? t('opportunities.field.remote') : (o.placeName ?? '–')) },
          { label: t('opportunities.shifts.title'), cell: (o) => <a href={`/opportunities/${o.id}/shifts`}>{t('opportunities.orgList.shiftsLink')}</a> },
          { label: t('opportunities.field.updated'), sortKey: 'updated', cell: (o) => formatDate(locale, o.updatedAt) },
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
