import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { NotFoundError } from '../../platform/errors.js';
import { sendPage } from '../../platform/page.js';
import { knowledgeManageRoutes } from './manage-routes.js';
import { matchEnd, matchStart } from './public-repo.js';
import { centersWithLocalArticles, faqGroups, parseKnowledgeSearch, searchKnowledge } from './public-service.js';
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

export function knowledgeRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (app) => {
    app.get('/knowledge', publicRoute, async (req, reply) => {
      const [results, centers] = await Promise.all([searchKnowledge(db, parseKnowledgeSearch(req.query)), centersWithLocalArticles(db)]);
      return sendPage(req, reply, req.t('knowledge.title'), <KnowledgeIndexPage results={results} centers={centers} />);
    });

    app.get('/knowledge/faq', publicRoute, async (req, reply) => {
      return sendPage(req, reply, req.t('knowledge.faq.title'), <FaqPage groups={await faqGroups(db)} />);
    });

    app.get('/knowledge/:slug', publicRoute, async (req, reply) => {
      const { article, content, centerName } = await getPublishedArticle(db, slugOf(req.params));
      return sendPage(req, reply, content.title, <ArticlePage article={article} content={content} centerName={centerName} />);
    });

    app.get('/knowledge/:slug/print', publicRoute, async (req, reply) => {
      const { article, content, centerName } = await getPublishedArticle(db, slugOf(req.params));
      return sendPage(req, reply, content.title, <ArticlePage article={article} content={content} centerName={centerName} printable />);
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
          /** The center whose local article it is; null for a national article. */
          center: a.centerId === null ? null : { id: a.centerId, name: a.centerName },
          // The matches between « and », as plain text.
          snippet: a.snippet?.replaceAll(matchStart, '«').replaceAll(matchEnd, '»') ?? null,
        })),
        suggestion: suggestion ?? null,
      });
    });

    // The editors' pages (/knowledge/manage…): static paths, which win over /knowledge/:slug ("manage" is no slug).
    await app.register(knowledgeManageRoutes(deps));
  };
}
