import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/database.js';

const marker = 'bench_knowledge_data_set';

/** Issue 14's size: the knowledge base searched over 5,000 published articles (a tenth of them FAQ entries). */
export const knowledgeArticleCount = 5000;

const topics = ['szerződés', 'nyilvántartás', 'juttatás', 'biztosítás', 'közösségi szolgálat', 'adatvédelem', 'kiskorú önkéntes', 'fogadó szervezet'];
const categories = ['law', 'law', 'benefits', 'hosting', 'school', 'data-protection', 'minors', 'hosting'];

/**
 * Published national articles next to the starter ones, one statement (a data-modifying CTE, on
 * both engines): each has a topic in its title and a body of a few hundred words, so a search ranks
 * and marks real matches. Marked in app_meta; a database that has them is left as it is.
 */
export async function generateKnowledgeDataSet(db: Database, count = knowledgeArticleCount): Promise<boolean> {
  const done = (await db.execute(sql`select 1 from app_meta where key = ${marker}`)) as unknown as { rows: unknown[] };
  if (done.rows.length > 0) return false;
  const topicList = sql.raw(`array[${topics.map((t) => `'${t}'`).join(', ')}]`);
  const categoryList = sql.raw(`array[${categories.map((c) => `'${c}'`).join(', ')}]`);
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      with a as (
        insert into knowledge_articles (slug, kind, status, latest_version, published_version, published_at)
        select 'meresi-cikk-' || g, case when g % 10 = 0 then 'faq' else 'article' end, 'published', 1, 1, now() - (g % 400) * interval '1 day'
        from generate_series(1, ${count}) g
        returning id, slug
      )
      insert into knowledge_article_versions (article_id, version, title, sort_key, summary, body, category, audiences, sources, edited_at)
      select a.id, 1,
        'Mérési cikk ' || x.n || ': ' || (${topicList})[1 + x.n % 8],
        lpad(x.n::text, 8, '0'),
        'Rövid összefoglaló a(z) ' || (${topicList})[1 + (x.n + 3) % 8] || ' kérdéséről.',
        repeat('A közérdekű önkéntes tevékenységről szóló törvény szerint a fogadó szervezet és az önkéntes megállapodik a tevékenység tartalmáról, helyéről és idejéről. ', 3)
          || 'Ez a cikk a(z) ' || (${topicList})[1 + x.n % 8] || ' részleteit mutatja be, példákkal és a jogszabályhelyekkel. '
          || repeat('Az önkéntesek felkészítése, kísérése és elismerése a jó program alapja. ', 2),
        (${categoryList})[1 + x.n % 8],
        array['volunteer', 'organization'],
        '[{"citation": "Köt. 6. §", "label": "Köt."}]'::jsonb,
        now()
      from a cross join lateral (select substring(a.slug from 13)::int as n) x`);
    await tx.execute(sql`insert into app_meta (key, value) values (${marker}, ${String(count)})`);
  });
  await db.execute(sql`analyze knowledge_articles`);
  await db.execute(sql`analyze knowledge_article_versions`);
  return true;
}
