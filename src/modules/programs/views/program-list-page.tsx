import type { ListParams, Page } from '../../../platform/list-params.js';
import { Field, SelectField } from '../../../ui/forms.js';
import { ListFilters, ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { ProgramRow } from '../repo.js';
import { type ProgramFilterInput, type ProgramSort, programKinds, programStatuses } from '../schema.js';
import { programKindLabel, programStatusLabel } from './labels.js';

/** GET /programs/manage: the programs of the staff member's center(s), with filters, sorting, paging and CSV/XLSX. */
export function ProgramListPage(props: { page: Page<ProgramRow>; params: ListParams<ProgramSort>; filter: ProgramFilterInput; showCenter: boolean }) {
  const { t } = usePage();
  const { filter } = props;
  const filtered = !!(filter.q || filter.kind || filter.status);
  return (
    <ListPage
      title={t('programs.manage.title')}
      page={props.page}
      params={props.params}
      rowKey={(r) => r.id}
      emptyText={t(filtered ? 'programs.list.noMatch' : 'programs.manage.empty')}
      columns={[
        { label: t('programs.field.name'), sortKey: 'name', rowHeader: true, cell: (r) => <a href={`/programs/manage/${r.id}`}>{r.name}</a> },
        { label: t('programs.field.kind'), sortKey: 'kind', cell: (r) => programKindLabel(t, r.kind) },
        { label: t('programs.field.status'), sortKey: 'status', cell: (r) => programStatusLabel(t, r.status) },
        { label: t('programs.field.opportunities'), cell: (r) => r.opportunityCount },
        { label: t('programs.field.partners'), cell: (r) => r.partnerCount },
        ...(props.showCenter ? [{ label: t('programs.field.center'), cell: (r: ProgramRow) => r.centerName }] : []),
      ]}
    >
      <p>{t('programs.manage.intro')}</p>
      <p>
        <a href="/programs/manage/new" class="button">
          {t('programs.manage.new')}
        </a>
      </p>
      <ListFilters action="/programs/manage" label={t('programs.list.filters')} params={props.params}>
        <Field name="q" type="search" label={t('programs.list.q')} value={filter.q} maxLength={100} />
        <SelectField
          name="kind"
          label={t('programs.field.kind')}
          options={programKinds.map((k) => ({ value: k, label: programKindLabel(t, k) }))}
          value={filter.kind}
          emptyLabel={t('programs.list.any')}
        />
        <SelectField
          name="status"
          label={t('programs.field.status')}
          options={programStatuses.map((s) => ({ value: s, label: programStatusLabel(t, s) }))}
          value={filter.status}
          emptyLabel={t('programs.list.any')}
        />
      </ListFilters>
    </ListPage>
  );
}
