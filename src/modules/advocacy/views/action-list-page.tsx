import type { ListParams, Page } from '../../../platform/list-params.js';
import { Field, SelectField } from '../../../ui/forms.js';
import { ListFilters, ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { ActionRow } from '../actions-repo.js';
import { type ActionFilterInput, type ActionSort, actionKinds } from '../schema.js';
import { AdvocacyNav, actionKindLabel, dayText, placeText } from './labels.js';

export type ActionListChoices = { places: { id: number; name: string; county: string }[]; stakeholders: { id: string; name: string }[] };

/** GET /advocacy/actions: the advocacy actions with filters (kind, days, settlement, stakeholder), sorting, paging and CSV/XLSX. */
export function ActionListPage(props: { page: Page<ActionRow>; params: ListParams<ActionSort>; filter: ActionFilterInput; choices: ActionListChoices }) {
  const { t, locale } = usePage();
  const { filter, choices } = props;
  const filtered = Object.values(filter).some((v) => v !== undefined && v !== '');
  return (
    <ListPage
      title={t('advocacy.actions.title')}
      page={props.page}
      params={props.params}
      rowKey={(r) => r.id}
      emptyText={t(filtered ? 'advocacy.list.noMatch' : 'advocacy.actions.empty')}
      columns={[
        { label: t('advocacy.field.heldOn'), sortKey: 'day', cell: (r) => dayText(locale, r.heldOn) },
        { label: t('advocacy.field.title'), sortKey: 'title', rowHeader: true, cell: (r) => <a href={`/advocacy/actions/${r.id}`}>{r.title}</a> },
        { label: t('advocacy.field.actionKind'), sortKey: 'kind', cell: (r) => actionKindLabel(t, r.kind) },
        {
          label: t('advocacy.field.place'),
          sortKey: 'settlement',
          cell: (r) => (r.placeId ? <a href={`/advocacy/settlements/${r.placeId}`}>{placeText(r)}</a> : '–'),
        },
        { label: t('advocacy.field.stakeholders'), cell: (r) => r.stakeholderNames ?? '–' },
        { label: t('advocacy.field.outcome'), cell: (r) => r.outcome ?? '–' },
      ]}
    >
      <AdvocacyNav />
      <p>
        <a href="/advocacy/actions/new" class="button">
          {t('advocacy.actions.new')}
        </a>{' '}
        <a href="/advocacy/evidence">{t('advocacy.evidence.link')}</a>
      </p>
      <ListFilters action="/advocacy/actions" label={t('advocacy.list.filters')} params={props.params}>
        <SelectField
          name="kind"
          label={t('advocacy.field.actionKind')}
          options={actionKinds.map((k) => ({ value: k, label: actionKindLabel(t, k) }))}
          value={filter.kind}
          emptyLabel={t('advocacy.list.any')}
        />
        <Field name="from" type="date" label={t('advocacy.list.from')} value={filter.from} />
        <Field name="to" type="date" label={t('advocacy.list.to')} value={filter.to} />
        <SelectField
          name="place"
          label={t('advocacy.field.place')}
          options={choices.places.map((p) => ({ value: String(p.id), label: `${p.name} (${p.county})` }))}
          value={filter.place}
          emptyLabel={t('advocacy.list.any')}
        />
        <SelectField
          name="stakeholder"
          label={t('advocacy.field.stakeholder')}
          options={choices.stakeholders.map((s) => ({ value: s.id, label: s.name }))}
          value={filter.stakeholder}
          emptyLabel={t('advocacy.list.any')}
        />
        <SelectField
          name="followUp"
          label={t('advocacy.field.followUp')}
          options={[{ value: 'due', label: t('advocacy.list.followUpDue') }]}
          value={filter.followUp}
          emptyLabel={t('advocacy.list.any')}
        />
      </ListFilters>
    </ListPage>
  );
}
