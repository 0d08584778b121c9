import { formatDateTime, type Translate } from '../../../platform/i18n.js';
import type { ListParams, Page } from '../../../platform/list-params.js';
import { Field, SelectField } from '../../../ui/forms.js';
import { ListFilters, ListPage } from '../../../ui/list-page.js';
import { usePage } from '../../../ui/page-context.js';
import type { ManagedArticleRow, WritingPlaces } from '../manage-service.js';
import { knowledgeCategories, knowledgeKinds, knowledgeStatuses, type ManagedArticleFilter, type ManagedArticleSort } from '../schema.js';
import { categoryLabel, kindLabel, statusLabel } from './knowledge-labels.js';

/** The center an article belongs to, or "national". */
export function centerText(t: Translate, centerName: string | null): string {
  return centerName ?? t('knowledge.manage.national');
}

/** "3." or "3. (közzétéve: 2.)": the working copy's version and the public one when it differs. */
export function versionsText(t: Translate, row: Pick<ManagedArticleRow, 'latestVersion' | 'publishedVersion'>): string {
  if (row.publishedVersion === null) return t('knowledge.manage.versionOnly', { latest: row.latestVersion });
  return t('knowledge.manage.versionPublished', { latest: row.latestVersion, published: row.publishedVersion });
}

/** GET /knowledge/manage: the articles the editor may write, filtered, sorted, paged and exportable. */
export function ManagedArticlesPage(props: {
  page: Page<ManagedArticleRow>;
  params: ListParams<ManagedArticleSort>;
  filter: ManagedArticleFilter;
  places: WritingPlaces;
}) {
  const { t, locale } = usePage();
  const { filter, places } = props;
  const filtered = Boolean(filter.q || filter.status || filter.kind || filter.category || filter.center);
  const centerOptions = [
    ...(places.national ? [{ value: 'national', label: t('knowledge.manage.national') }] : []),
    ...places.centers.map((c) => ({ value: c.id, label: c.name })),
  ];
  return (
    <ListPage
      title={t('knowledge.manage.title')}
      breadcrumb={<a href="/knowledge">{t('knowledge.title')}</a>}
      page={props.page}
      params={props.params}
      rowKey={(a) => a.id}
      emptyText={filtered ? t('knowledge.manage.noMatch') : t('knowledge.manage.empty')}
      columns={[
        { label: t('knowledge.field.title'), sortKey: 'title', rowHeader: true, cell: (a) => <a href={`/knowledge/manage/${a.id}`}>{a.title}</a> },
        { label: t('knowledge.field.kind'), cell: (a) => t(kindLabel(a.kind)) },
        { label: t('knowledge.manage.status'), cell: (a) => <span class={`status-${a.status}`}>{t(statusLabel(a.status))}</span> },
        { label: t('knowledge.field.category'), cell: (a) => t(categoryLabel(a.category)) },
        { label: t('knowledge.manage.center'), sortKey: 'center', cell: (a) => centerText(t, a.centerName) },
        { label: t('knowledge.manage.version'), cell: (a) => versionsText(t, a) },
        { label: t('knowledge.manage.updated'), sortKey: 'updated', cell: (a) => formatDateTime(locale, a.updatedAt) },
      ]}
    >
      <p class="lead">{t('knowledge.manage.intro')}</p>
      <p>
        <a class="button" href="/knowledge/manage/new">
          {t('knowledge.manage.new')}
        </a>
      </p>
      <ListFilters action="/knowledge/manage" label={t('knowledge.manage.filters')} params={props.params}>
        <Field name="q" type="search" label={t('knowledge.manage.q')} value={filter.q} maxLength={200} />
        <SelectField
          name="status"
          label={t('knowledge.manage.status')}
          options={knowledgeStatuses.map((s) => ({ value: s, label: t(statusLabel(s)) }))}
          value={filter.status ?? ''}
          emptyLabel={t('knowledge.search.any')}
        />
        <SelectField
          name="kind"
          label={t('knowledge.field.kind')}
          options={knowledgeKinds.map((k) => ({ value: k, label: t(kindLabel(k)) }))}
          value={filter.kind ?? ''}
          emptyLabel={t('knowledge.search.any')}
        />
        <SelectField
          name="category"
          label={t('knowledge.field.category')}
          options={knowledgeCategories.map((c) => ({ value: c, label: t(categoryLabel(c)) }))}
          value={filter.category ?? ''}
          emptyLabel={t('knowledge.search.any')}
        />
        {centerOptions.length > 1 && (
          <SelectField
            name="center"
            label={t('knowledge.manage.center')}
            options={centerOptions}
            value={filter.center ?? ''}
            emptyLabel={t('knowledge.search.any')}
          />
        )}
      </ListFilters>
    </ListPage>
  );
}
