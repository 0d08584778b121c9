import type { ListParams, Page } from '../../../platform/list-params.js';
import { Field } from '../../../ui/forms.js';
import { ListFilters, ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { SchoolRow } from '../repo.js';
import type { SchoolSort } from '../schema.js';

/** GET /schools/manage: the schools of the center(s) for program staff, with search, sorting, paging and CSV/XLSX. */
export function ManageListPage(props: { page: Page<SchoolRow>; params: ListParams<SchoolSort>; q: string }) {
  const { t } = usePage();
  return (
    <ListPage
      title={t('schools.manage.title')}
      page={props.page}
      params={props.params}
      rowKey={(r) => r.id}
      emptyText={t(props.q ? 'schools.list.noMatch' : 'schools.manage.empty')}
      columns={[
        { label: t('schools.field.name'), sortKey: 'name', rowHeader: true, cell: (r) => <a href={`/schools/${r.id}`}>{r.name}</a> },
        { label: t('schools.field.omId'), sortKey: 'omId', cell: (r) => r.omId },
        { label: t('schools.field.place'), sortKey: 'settlement', cell: (r) => r.placeName },
        { label: t('schools.field.coordinator'), cell: (r) => r.coordinatorNames ?? t('schools.coordinator.none') },
        { label: t('schools.actions'), cell: (r) => <a href={`/schools/${r.id}/edit`}>{t('schools.edit.link', { name: r.name })}</a> },
      ]}
    >
      <p>
        <a href="/schools/manage/new" class="button">
          {t('schools.new.title')}
        </a>
      </p>
      <ListFilters action="/schools/manage" label={t('schools.list.filters')} params={props.params}>
        <Field name="q" type="search" label={t('schools.list.q')} value={props.q} maxLength={100} />
      </ListFilters>
    </ListPage>
  );
}
