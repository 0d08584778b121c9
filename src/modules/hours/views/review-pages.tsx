import type { Page } from '../../../platform/list-params.js';
import { ExportLinks } from '../../../ui/export-links.js';
import { usePage } from '../../../ui/page-context.js';
import { Pagination } from '../../../ui/pagination.js';
import type { OrganizationHours } from '../list-service.js';
import type { ReviewRow } from '../repo.js';
import { ReviewTable } from './review-table.js';

/** The organization's entries awaiting its decision, across placements ("Ön"). */
export function OrganizationHoursPage(props: { data: OrganizationHours; sort: string; dir: 'asc' | 'desc' }) {
  const { t } = usePage();
  const title = t('hours.organization.title', { name: props.data.organization.name });
  return (
    <>
      <p class="breadcrumb">
        <a href={`/organizations/${props.data.organization.id}`}>{props.data.organization.name}</a>
      </p>
      <h1>{title}</h1>
      <p>{t('hours.organization.intro')}</p>
      <ReviewTable
        page={props.data.page}
        sort={props.sort}
        dir={props.dir}
        caption={title}
        emptyText={t('hours.organization.empty')}
        showOrganization={false}
        mayDecide={props.data.mayDecide}
      />
      {props.data.page.total > 0 && <Pagination page={props.data.page} />}
    </>
  );
}

/** The coordinators' list of entries submitted more than 14 days ago: sortable, paged, exportable. */
export function StaleHoursPage(props: { page: Page<ReviewRow>; sort: string; dir: 'asc' | 'desc' }) {
  const { t } = usePage();
  return (
    <>
      <h1>{t('hours.stale.title')}</h1>
      <p>{t('hours.stale.intro')}</p>
      <ReviewTable
        page={props.page}
        sort={props.sort}
        dir={props.dir}
        caption={t('hours.stale.title')}
        emptyText={t('hours.stale.empty')}
        showOrganization
        mayDecide={false}
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
