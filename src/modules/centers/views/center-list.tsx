import { can } from '../../../platform/authz.js';
import { formatDate } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { CenterSort } from '../schema.js';
import type { Center } from '../service.js';

export function CenterListPage(props: { page: Page<Center>; params: ListParams<CenterSort> }) {
  const { t, locale, actor } = usePage();
  return (
    <ListPage
      title={t('centers.list.title')}
      breadcrumb={<a href="/admin">{t('nav.admin')}</a>}
      page={props.page}
      params={props.params}
      rowKey={(c) => c.id}
      emptyText={t('centers.list.empty')}
      columns={[
        { label: t('centers.field.name'), sortKey: 'name', rowHeader: true, cell: (c) => <a href={`/admin/centers/${c.id}`}>{c.name}</a> },
        { label: t('centers.field.county'), cell: (c) => c.county },
        { label: t('centers.field.place'), cell: (c) => c.placeName ?? '' },
        { label: t('centers.list.points'), cell: (c) => c.pointCount },
        { label: t('centers.list.created'), sortKey: 'created', cell: (c) => formatDate(locale, c.createdAt) },
      ]}
    >
      {can(actor, 'centers.manage') && (
        <p>
          <a class="button" href="/admin/centers/new">
            {t('centers.new.title')}
          </a>
        </p>
      )}
    </ListPage>
  );
}
