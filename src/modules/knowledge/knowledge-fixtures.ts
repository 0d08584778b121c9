import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/database.js';
import type { FixtureBase } from '../../test-support/fixture-base.js';
import { insertArticle, insertVersion, updateArticleState } from './repo.js';
import type { ArticleContent } from './schema.js';

const content = (title: string): ArticleContent => ({
  title,
  summary: 'A központ helyi tájékoztatója.',
  body: '## Helyi tudnivalók\n\nAz önkéntes szerződés írásban készül.',
  category: 'law',
  audiences: ['volunteer'],
  sources: [{ citation: 'Köt. 6. §', label: '2005. évi LXXXVIII. törvény', url: 'https://njt.hu/jogszabaly/2005-88-00-00' }],
  lastCheckedOn: '2026-11-24',
});

/**
 * Path fixtures of the knowledge base for the route matrix and hostile-input tests: articleId (a local
 * article of center A whose version 1 is published and version 2 is a draft) and version ('1', an
 * earlier version that can be viewed, compared and restored).
 */
export async function createKnowledgeFixtures(db: Database, base: FixtureBase): Promise<Record<string, string>> {
  const article = await insertArticle(db, {
    centerId: base.centerId,
    slug: `helyi-cikk-${randomBytes(4).toString('hex')}`,
    kind: 'article',
    createdBy: base.memberUserId,
  });
  await insertVersion(db, article.id, 1, content('Helyi cikk'), base.memberUserId);
  await insertVersion(db, article.id, 2, content('Helyi cikk, javítva'), base.memberUserId);
  await updateArticleState(db, article.id, { status: 'draft', latestVersion: 2, publishedVersion: 1, publishedAt: new Date() });
  return { articleId: article.id, version: '1' };
}
