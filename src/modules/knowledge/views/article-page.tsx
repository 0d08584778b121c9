import { formatDate } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import { renderArticleBody } from '../markdown.js';
import type { ArticleRow, VersionRow } from '../repo.js';
import { audienceLabel, categoryLabel } from './knowledge-labels.js';

type Props = { article: ArticleRow; content: VersionRow; printable?: boolean };

/** GET /knowledge/:slug (and /print): the published version, its sources and when it was last checked. */
export function ArticlePage({ article, content, printable }: Props) {
  const { t, locale } = usePage();
  return (
    <article class="knowledge-article">
      {!printable && (
        <p class="toolbar">
          <a href="/knowledge">{t('knowledge.article.back')}</a> · <a href={`/knowledge/${article.slug}/print`}>{t('knowledge.article.print')}</a>
        </p>
      )}
      <h1>{content.title}</h1>
      <p class="lead">{content.summary}</p>
      <p class="muted small">
        {t(categoryLabel(content.category))} · {t('knowledge.article.audiences')}: {content.audiences.map((a) => t(audienceLabel(a))).join(', ')}
      </p>
      {/* markdown.ts escapes every text and attribute and renders no raw HTML. */}
      <div class="article-body" dangerouslySetInnerHTML={{ __html: renderArticleBody(content.body) }} />
      {content.sources.length > 0 && (
        <section aria-labelledby="knowledge-sources">
          <h2 id="knowledge-sources">{t('knowledge.article.sources')}</h2>
          <ul>
            {content.sources.map((s) => (
              <li>
                {s.citation}: {s.url ? <a href={s.url}>{s.label}</a> : s.label}
                {printable && s.url ? ` (${s.url})` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      {content.lastCheckedOn && (
        <p class="muted small">{t('knowledge.article.lastChecked', { date: formatDate(locale, new Date(`${content.lastCheckedOn}T12:00:00Z`)) })}</p>
      )}
    </article>
  );
}
