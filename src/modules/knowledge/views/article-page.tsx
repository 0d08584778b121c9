import { formatDate, type Locale } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import { renderArticleBody } from '../markdown.js';
import type { ArticleRow, VersionRow } from '../repo.js';
import { audienceLabel, categoryLabel } from './knowledge-labels.js';

/** A calendar day ("2026-11-24") as the reader writes dates; noon UTC is the same day in Budapest. */
export function formatCalendarDay(locale: Locale, day: string): string {
  return formatDate(locale, new Date(`${day}T12:00:00Z`));
}

type ContentProps = { content: VersionRow; printable?: boolean /** The center whose local article it is. */; centerName?: string | null };

/** One version's content as readers see it: the title, summary, body, sources and when it was last checked. */
export function ArticleContentView({ content, printable, centerName }: ContentProps) {
  const { t, locale } = usePage();
  return (
    <>
      <h1>{content.title}</h1>
      <p class="lead">{content.summary}</p>
      <p class="muted small">
        {t(categoryLabel(content.category))} · {t('knowledge.article.audiences')}: {content.audiences.map((a) => t(audienceLabel(a))).join(', ')}
      </p>
      {centerName && <p class="muted small">{t('knowledge.article.localOf', { center: centerName })}</p>}
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
      {content.lastCheckedOn && <p class="muted small">{t('knowledge.article.lastChecked', { date: formatCalendarDay(locale, content.lastCheckedOn) })}</p>}
    </>
  );
}

type Props = ContentProps & { article: ArticleRow };

/** GET /knowledge/:slug (and /print): the published version, its sources, when it was last checked, and whose local article it is. */
export function ArticlePage({ article, ...content }: Props) {
  const { t } = usePage();
  return (
    <article class="knowledge-article">
      {!content.printable && (
        <p class="toolbar">
          <a href="/knowledge">{t('knowledge.article.back')}</a> · <a href={`/knowledge/${article.slug}/print`}>{t('knowledge.article.print')}</a>
        </p>
      )}
      <ArticleContentView {...content} />
    </article>
  );
}
