import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../db/database.js';
import { appMeta, knowledgeArticles } from '../../../db/schema/index.js';
import { insertVersion } from '../repo.js';
import { lawArticles } from './law-articles.js';
import { practiceArticles } from './practice-articles.js';
import type { StarterArticle } from './starter-article.js';

export const starterArticles: StarterArticle[] = [...lawArticles, ...practiceArticles];

/** When the starter texts were last checked against their sources. */
export const starterCheckedOn = '2026-12-06';

/** Raised when a new set of starter articles should reach databases that loaded an earlier one. */
const starterSet = '1';
const markerKey = 'knowledge_starter_set';

/**
 * Loads the starter articles as published national articles, once per database (production too:
 * they are the product's content, not demo data). An article whose address is taken is left as it
 * is; once loaded, staff own the articles, and a later start never brings back one they withdrew.
 */
export async function loadStarterArticles(db: Database, now = new Date()): Promise<number> {
  const [marker] = await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, markerKey));
  if (marker?.value === starterSet) return 0;
  return db.transaction(async (tx) => {
    const slugs = starterArticles.map((a) => a.slug);
    const taken = new Set(
      (await tx.select({ slug: knowledgeArticles.slug }).from(knowledgeArticles).where(inArray(knowledgeArticles.slug, slugs))).map((r) => r.slug),
    );
    let loaded = 0;
    for (const article of starterArticles.filter((a) => !taken.has(a.slug))) {
      const [row] = await tx
        .insert(knowledgeArticles)
        .values({ centerId: null, slug: article.slug, kind: article.kind, status: 'published', latestVersion: 1, publishedVersion: 1, publishedAt: now })
        .returning({ id: knowledgeArticles.id });
      if (!row) throw new Error('starter article insert failed');
      await insertVersion(tx, row.id, 1, { ...article, lastCheckedOn: starterCheckedOn }, null);
      loaded += 1;
    }
    await tx
      .insert(appMeta)
      .values({ key: markerKey, value: starterSet })
      .onConflictDoUpdate({ target: appMeta.key, set: { value: starterSet, updatedAt: now } });
    return loaded;
  });
}
