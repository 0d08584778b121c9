import { formatPersonName } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { Field, SelectField } from '../../../ui/forms.js';
import { ListFilters, ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import { type StakeholderFilterInput, type StakeholderSort, stakeholderKinds } from '../schema.js';
import type { StakeholderRow } from '../stakeholders-repo.js';
import type { StaffChoice } from '../stakeholders-service.js';
import { AdvocacyNav, ownerText, placeText, stakeholderKindLabel } from './labels.js';

export type StakeholderListChoices = { places: { id: number; name: string; county: string }[]; staff: StaffChoice[] };

/** GET /advocacy/stakeholders: the stakeholders with filters (kind, settlement, owner, tag, name), sorting, paging and CSV/XLSX. */
export function StakeholderListPage(props: {
  page: Page<StakeholderRow>;
  params: ListParams<StakeholderSort>;
  filter: StakeholderFilterInput;
  choices: StakeholderListChoices;
}) {
  const { t } = usePage();
  const { filter, choices } = props;
  const filtered = Object.values(filter).some((v) => v !== undefined && v !== '');
  return (
    <ListPage
      title={t('advocacy.stakeholders.title')}
      page={props.page}
      params={props.params}
      rowKey={(r) => r.id}
      emptyText={t(filtered ? 'advocacy.list.noMatch' : 'advocacy.stakeholders.empty')}
      columns={[
        { label: t('advocacy.field.name'), sortKey: 'name', rowHeader: true, cell: (r) => <a href={`/advocacy/stakeholders/${r.id}`}>{r.name}</a> },
        { label: t('advocacy.field.stakeholderKind'), sortKey: 'kind', cell: (r) => stakeholderKindLabel(t, r.kind) },
        { label: t('advocacy.field.place'), sortKey: 'settlement', cell: (r) => placeText(r) ?? '–' },
        { label: t('advocacy.field.owner'), cell: (r) => ownerText(r) ?? '–' },
        { label: t('advocacy.field.tags'), cell: (r) => r.tags.join(', ') || '–' },
      ]}
    >
      <AdvocacyNav />
      <p>
        <a href="/advocacy/stakeholders/new" class="button">
          {t('advocacy.stakeholders.new')}
        </a>
      </p>
      <ListFilters action="/advocacy/stakeholders" label={t('advocacy.list.filters')} params={props.params}>
        <Field name="q" type="search" label={t('advocacy.list.q')} value={filter.q} maxLength={100} />
        <SelectField
          name="kind"
          label={t('advocacy.field.stakeholderKind')}
          options={stakeholderKinds.map((k) => ({ value: k, label: stakeholderKindLabel(t, k) }))}
          value={filter.kind}
          emptyLabel={t('advocacy.list.any')}
        />
        <SelectField
          name="place"
          label={t('advocacy.field.place')}
          options={choices.places.map((p) => ({ value: String(p.id), label: `${p.name} (${p.county})` }))}
          value={filter.place}
          emptyLabel={t('advocacy.list.any')}
        />
        <SelectField
          name="owner"
          label={t('advocacy.field.owner')}
          options={choices.staff.map((s) => ({ value: s.id, label: formatPersonName(s.familyName, s.givenName) }))}
          value={filter.owner}
          emptyLabel={t('advocacy.list.any')}
        />
        <Field name="tag" label={t('advocacy.list.tag')} value={filter.tag} maxLength={40} />
      </ListFilters>
    </ListPage>
  );
}
