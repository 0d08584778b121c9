import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { NotFoundError } from '../../platform/errors.js';
import { sendPage } from '../../platform/page.js';
import { matchEnd, matchStart } from './public-repo.js';
import { faqGroups, parseKnowledgeSearch, searchKnowledge } from './public-service.js';
import { maxSlugLength, slugPattern } from './schema.js';
import { getPublishedArticle } from './service.js';
import { ArticlePage } from './views/article-page.js';
import { FaqPage } from './views/faq-page.js';
import { KnowledgeIndexPage } from './views/knowledge-index-page.js';

/** The knowledge base is public information: every route here is open to everyone. */
const publicRoute = { config: { access: 'public' as const } };

/** An article's address; anything else cannot name one (404, not a database query). */
function slugOf(params: unknown): string {
  const slug = (params as { slug?: unknown }).slug;
  if (typeof slug !== 'string' || slug.length > maxSlugLength || !slugPattern.test(slug)) throw new NotFoundError('article');
  return slug;
}

export function knowledgeRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/knowledge', publicRoute, async (req, reply) => {
      const results = await searchKnowledge(db, parseKnowledgeSearch(req.query));
      return sendPage(req, reply, req.t('knowledge.title'), <KnowledgeIndexPage results={results} />);
    });

    app.get('/knowledge/faq', publicRoute, async (req, reply) => {
      return sendPage(req, reply, req.t('knowledge.faq.title'), <FaqPage groups={await faqGroups(db)} />);
    });

    app.get('/knowledge/:slug', publicRoute, async (req, reply) => {
      const { article, content } = await getPublishedArticle(db, slugOf(req.params));
      return sendPage(req, reply, content.title, <ArticlePage article={article} content={content} />);
    });

    app.get('/knowledge/:slug/print', publicRoute, async (req, reply) => {
      const { article, content } = await getPublishedArticle(db, slugOf(req.params));
      return sendPage(req, reply, content.title, <ArticlePage article={article} content={content} printable />);
    });

    /** The same search as JSON: the page of articles, the total and the suggestion when nothing was found. */
    app.get('/api/v1/knowledge', publicRoute, async (req, reply) => {
      const { page, search, suggestion } = await searchKnowledge(db, parseKnowledgeSearch(req.query));
      return reply.send({
        query: search,
        total: page.total,
        page: page.page,
        pages: page.pages,
        items: page.items.map((a) => ({
          slug: a.slug,
          url: `/knowledge/${a.slug}`,
          kind: a.kind,
          title: a.title,
          summary: a.summary,
          category: a.category,
          audiences: a.audiences,
          // The matches between « and », as plain text.
          snippet: a.snippet?.replaceAll(matchStart, '«').replaceAll(matchEnd, '»') ?? null,
        })),
        suggestion: suggestion ?? null,
      });
    });
  };
}
