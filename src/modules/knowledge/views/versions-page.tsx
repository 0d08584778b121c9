import { formatDateTime, formatPersonName, type Translate } from '../../../platform/i18n.js';
import { SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { SortableTable } from '../../../ui/table.js';
import type { ArticleOverview } from '../manage-service.js';
import type { VersionListRow, VersionRow } from '../repo.js';
import { ManageBreadcrumb } from './article-editor-page.js';
import { ArticleContentView } from './article-page.js';

/** "Kovács Anna", or "the starter content" for the versions the product shipped with. */
function editorName(t: Translate, v: Pick<VersionListRow, 'editorFamilyName' | 'editorGivenName'>): string {
  return v.editorFamilyName === null ? t('knowledge.versions.noEditor') : formatPersonName(v.editorFamilyName, v.editorGivenName ?? '');
}

/** Two selects to compare any two versions (a GET form: the comparison is a link); the latest two unless given. */
export function CompareForm(props: { articleId: string; versions: VersionListRow[]; from?: number; to?: number }) {
  const { t } = usePage();
  const options = props.versions.map((v) => ({ value: String(v.version), label: t('knowledge.manage.versionNumber', { version: v.version }) }));
  const [latest, previous] = props.versions;
  const from = props.from ?? previous?.version ?? latest?.version;
  const to = props.to ?? latest?.version;
  return (
    <form method="get" action={`/knowledge/manage/${props.articleId}/diff`} class="toolbar" aria-label={t('knowledge.versions.compare')}>
      <SelectField name="from" label={t('knowledge.diff.from')} options={options} value={String(from ?? '')} />
      <SelectField name="to" label={t('knowledge.diff.to')} options={options} value={String(to ?? '')} />
      <p>
        <button type="submit">{t('knowledge.versions.compare')}</button>
      </p>
    </form>
  );
}

/** A version's links: its changes against the one before, and its restore (not for the latest). */
function VersionActions(props: { base: string; version: number; latest: number }) {
  const { t } = usePage();
  const { base, version } = props;
  const which = () => <span class="visually-hidden"> ({t('knowledge.manage.versionNumber', { version })})</span>;
  return (
    <>
      {version > 1 && (
        <a href={`${base}/diff?from=${version - 1}&to=${version}`}>
          {t('knowledge.versions.changes')}
          {which()}
        </a>
      )}
      {version !== props.latest && (
        <>
          {version > 1 && ' · '}
          <a href={`${base}/versions/${version}/restore`}>
            {t('knowledge.versions.restore')}
            {which()}
          </a>
        </>
      )}
    </>
  );
}

/** GET /knowledge/manage/:articleId/versions: every saved version, newest first; view, compare, restore. */
export function VersionsPage(props: { overview: ArticleOverview; versions: VersionListRow[] }) {
  const { t, locale } = usePage();
  const { article, content } = props.overview;
  const base = `/knowledge/manage/${article.id}`;
  return (
    <>
      <ManageBreadcrumb article={{ id: article.id, title: content.title }} />
      <h1>{t('knowledge.versions.title', { title: content.title })}</h1>
      <p class="lead">{t('knowledge.versions.intro')}</p>
      {props.versions.length > 1 && <CompareForm articleId={article.id} versions={props.versions} />}
      <SortableTable
        caption={t('knowledge.versions.caption')}
        rows={props.versions}
        rowKey={(v) => v.version}
        // Newest first, always: the list is an article's history, not a table to reorder.
        sort=""
        dir="desc"
        emptyText=""
        columns={[
          {
            label: t('knowledge.manage.version'),
            rowHeader: true,
            cell: (v) => (
              <>
                <a href={`${base}/versions/${v.version}`}>{t('knowledge.manage.versionNumber', { version: v.version })}</a>
                {v.version === article.latestVersion && ` (${t('knowledge.versions.latest')})`}
                {v.version === article.publishedVersion && ` (${t('knowledge.versions.published')})`}
              </>
            ),
          },
          { label: t('knowledge.field.title'), cell: (v) => v.title },
          { label: t('knowledge.versions.editor'), cell: (v) => editorName(t, v) },
          { label: t('knowledge.versions.when'), cell: (v) => formatDateTime(locale, v.editedAt) },
          {
            label: t('knowledge.versions.restoredFrom'),
            cell: (v) => (v.restoredFrom === null ? '' : t('knowledge.manage.versionNumber', { version: v.restoredFrom })),
          },
          { label: t('list.actions'), cell: (v) => <VersionActions base={base} version={v.version} latest={article.latestVersion} /> },
        ]}
      />
    </>
  );
}

/** GET /knowledge/manage/:articleId/versions/:version: one saved version as the public would read it. */
export function VersionPage(props: { overview: ArticleOverview; version: VersionRow }) {
  const { t, locale } = usePage();
  const { article, content } = props.overview;
  const v = props.version;
  const base = `/knowledge/manage/${article.id}`;
  return (
    <>
      <ManageBreadcrumb article={{ id: article.id, title: content.title }} />
      <p class="muted">
        {t('knowledge.version.heading', { version: v.version, when: formatDateTime(locale, v.editedAt) })}
        {v.restoredFrom !== null && ` · ${t('knowledge.version.restoredFrom', { version: v.restoredFrom })}`}
      </p>
      <p class="toolbar">
        <a href={`${base}/versions`}>{t('knowledge.manage.versions')}</a>
        {v.version !== article.latestVersion && (
          <>
            {' · '}
            <a href={`${base}/diff?from=${v.version}&to=${article.latestVersion}`}>{t('knowledge.version.compareLatest')}</a>
            {' · '}
            <a href={`${base}/versions/${v.version}/restore`}>{t('knowledge.versions.restore')}</a>
          </>
        )}
      </p>
      <ArticleContentView content={v} />
    </>
  );
}
