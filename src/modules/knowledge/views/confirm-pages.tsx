import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { ArticleOverview } from '../manage-service.js';
import { ManageBreadcrumb } from './article-editor-page.js';

/** GET /knowledge/manage/:articleId/withdraw: the question before the article leaves the public site (a page: works without JavaScript). */
export function WithdrawConfirmPage(props: { overview: ArticleOverview }) {
  const { t } = usePage();
  const { article, content } = props.overview;
  const back = `/knowledge/manage/${article.id}`;
  return (
    <>
      <ManageBreadcrumb article={{ id: article.id, title: content.title }} />
      <h1>{t('knowledge.withdraw.title')}</h1>
      {article.publishedVersion === null ? (
        <p>
          {t('knowledge.withdraw.notPublished')} <a href={back}>{t('knowledge.confirm.back')}</a>
        </p>
      ) : (
        <>
          <p>{t('knowledge.withdraw.question', { title: content.title })}</p>
          <PostForm action={`${back}/withdraw`}>
            <p class="toolbar">
              <button type="submit" class="button-danger">
                {t('knowledge.withdraw.confirm')}
              </button>
              <a href={back}>{t('form.cancel')}</a>
            </p>
          </PostForm>
        </>
      )}
    </>
  );
}

/**
 * GET /knowledge/manage/:articleId/versions/:version/restore: the question before an earlier version
 * is saved as the newest. `baseVersion` is the version the restore builds on; a 409 shows it again
 * with the newest one and the reason.
 */
export function RestoreConfirmPage(props: { overview: ArticleOverview; version: number; errors?: FieldErrors }) {
  const { t } = usePage();
  const { article, content } = props.overview;
  const base = `/knowledge/manage/${article.id}`;
  return (
    <>
      <ManageBreadcrumb article={{ id: article.id, title: content.title }} />
      <h1>{t('knowledge.restore.title', { version: props.version })}</h1>
      <ErrorSummary errors={props.errors} />
      {props.version === article.latestVersion ? (
        <p>
          {t('knowledge.restore.isLatest')} <a href={`${base}/versions`}>{t('knowledge.confirm.back')}</a>
        </p>
      ) : (
        <>
          <p>{t('knowledge.restore.question', { version: props.version, next: article.latestVersion + 1 })}</p>
          <p>
            <a href={`${base}/diff?from=${props.version}&to=${article.latestVersion}`}>{t('knowledge.version.compareLatest')}</a>
          </p>
          <PostForm action={`${base}/versions/${props.version}/restore`}>
            <input type="hidden" name="baseVersion" value={String(article.latestVersion)} />
            <p class="toolbar">
              <button type="submit">{t('knowledge.restore.confirm')}</button>
              <a href={`${base}/versions`}>{t('form.cancel')}</a>
            </p>
          </PostForm>
        </>
      )}
    </>
  );
}
