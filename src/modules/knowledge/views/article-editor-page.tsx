import { formatDateTime } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { ArticleFormValues } from '../article-form.js';
import type { ArticleOverview, ReviewerRow, WritingPlaces } from '../manage-service.js';
import { renderArticleBody } from '../markdown.js';
import { ArticleForm } from './article-form.js';
import { kindLabel, statusLabel } from './knowledge-labels.js';
import { centerText } from './managed-articles-page.js';

/** The breadcrumb of every editor page: the list, and the article when there is one. */
export function ManageBreadcrumb(props: { article?: { id: string; title: string } }) {
  const { t } = usePage();
  return (
    <p class="breadcrumb">
      <a href="/knowledge/manage">{t('knowledge.manage.title')}</a>
      {props.article && (
        <>
          {' › '}
          <a href={`/knowledge/manage/${props.article.id}`}>{props.article.title}</a>
        </>
      )}
    </p>
  );
}

/** Where the article stands: its status, the working copy's and the public version, and the steps it can take next. */
function WorkflowPanel({ overview }: { overview: ArticleOverview }) {
  const { t, locale } = usePage();
  const { article } = overview;
  const base = `/knowledge/manage/${article.id}`;
  return (
    <section class="card" aria-labelledby="article-state">
      <h2 id="article-state">{t('knowledge.manage.state')}</h2>
      <dl>
        <dt>{t('knowledge.manage.status')}</dt>
        <dd>
          <span class={`status-${article.status}`}>{t(statusLabel(article.status))}</span>
        </dd>
        <dt>{t('knowledge.manage.center')}</dt>
        <dd>{centerText(t, overview.centerName)}</dd>
        <dt>{t('knowledge.field.kind')}</dt>
        <dd>{t(kindLabel(article.kind))}</dd>
        <dt>{t('knowledge.manage.latestVersion')}</dt>
        <dd>{t('knowledge.manage.versionNumber', { version: article.latestVersion })}</dd>
        <dt>{t('knowledge.manage.publishedVersion')}</dt>
        <dd>
          {article.publishedVersion === null ? (
            t('knowledge.manage.notPublished')
          ) : (
            <>
              {t('knowledge.manage.versionNumber', { version: article.publishedVersion })}
              {article.publishedAt && ` (${formatDateTime(locale, article.publishedAt)})`} –{' '}
              <a href={`/knowledge/${article.slug}`}>{t('knowledge.manage.publicPage')}</a>
            </>
          )}
        </dd>
      </dl>
      <p class="hint">{t(`knowledge.manage.next.${article.status}`)}</p>
      <div class="toolbar">
        {article.status === 'draft' && (
          <PostForm action={`${base}/submit`} class="inline-form">
            <button type="submit">{t('knowledge.manage.submit')}</button>
          </PostForm>
        )}
        {article.status === 'review' && (
          <PostForm action={`${base}/publish`} class="inline-form">
            <button type="submit">{t('knowledge.manage.publish')}</button>
          </PostForm>
        )}
        {article.publishedVersion !== null && (
          <a class="button button-secondary" href={`${base}/withdraw`}>
            {t('knowledge.manage.withdraw')}
          </a>
        )}
        <a class="button button-secondary" href={`${base}/versions`}>
          {t('knowledge.manage.versions')}
        </a>
      </div>
    </section>
  );
}

/** The rendered body as the public will read it (server-side: no JavaScript needed). */
function Preview(props: { values: ArticleFormValues }) {
  const { t } = usePage();
  return (
    <section class="card article-preview" aria-labelledby="article-preview">
      <h2 id="article-preview">{t('knowledge.manage.previewHeading')}</h2>
      <p class="lead">{props.values.summary}</p>
      {/* markdown.ts escapes every text and attribute and renders no raw HTML. */}
      <div class="article-body" dangerouslySetInnerHTML={{ __html: renderArticleBody(props.values.body) }} />
    </section>
  );
}

type EditorProps = {
  values: ArticleFormValues;
  errors?: FieldErrors;
  reviewers: ReviewerRow[];
  preview?: boolean;
  /** Someone saved since the editor opened the form: from which version to which (the form is based on the latest now). */
  changed?: { from: number; to: number };
};

/** GET /knowledge/manage/:articleId: the article's state, its workflow steps, and the form to edit the working copy. */
export function ArticleEditorPage(props: EditorProps & { overview: ArticleOverview }) {
  const { t } = usePage();
  const { overview, changed } = props;
  const { article, content } = overview;
  return (
    <>
      <ManageBreadcrumb />
      <h1>{content.title}</h1>
      <WorkflowPanel overview={overview} />
      <ErrorSummary errors={props.errors} />
      {changed && (
        <p>
          <a href={`/knowledge/manage/${article.id}/diff?from=${changed.from}&to=${changed.to}`}>
            {t('knowledge.manage.changedDiff', { from: changed.from, to: changed.to })}
          </a>
        </p>
      )}
      {props.preview && <Preview values={props.values} />}
      <h2>{t('knowledge.manage.editHeading')}</h2>
      <ArticleForm action={`/knowledge/manage/${article.id}`} values={props.values} errors={props.errors} reviewers={props.reviewers} />
    </>
  );
}

/** GET /knowledge/manage/new: a new article's form (saved as a draft). */
export function NewArticlePage(props: EditorProps & { places: WritingPlaces }) {
  const { t } = usePage();
  return (
    <>
      <ManageBreadcrumb />
      <h1>{t('knowledge.manage.newTitle')}</h1>
      <p class="lead">{t('knowledge.manage.newIntro')}</p>
      <ErrorSummary errors={props.errors} />
      {props.preview && <Preview values={props.values} />}
      <ArticleForm action="/knowledge/manage/new" values={props.values} errors={props.errors} reviewers={props.reviewers} places={props.places} />
    </>
  );
}
