import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/connection.js';
import { queryRows } from '../src/db/database.js';
import { parseKnowledgeSearch, searchKnowledge } from '../src/modules/knowledge/public-service.js';
import { createTestDatabase } from '../src/test-support/test-database.js';
import { generateKnowledgeDataSet } from './knowledge-data-set.js';

/** The knowledge-base generator at a tiny scale on both engines: published, searchable, once. */
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  expect(await generateKnowledgeDataSet(handle.db, 40)).toBe(true);
});
afterAll(async () => {
  await handle.close();
});

describe('knowledge bench data set', () => {
  it('adds published articles the public search finds, once', async () => {
    const [row] = await queryRows<{ n: string }>(
      handle.db,
      sql`select count(*) as n from knowledge_articles where slug like 'meresi-cikk-%' and published_version = 1`,
    );
    expect(Number(row?.n)).toBe(40);
    const found = await searchKnowledge(handle.db, parseKnowledgeSearch({ q: 'szerzodes' }));
    expect(found.page.items.some((a) => a.slug.startsWith('meresi-cikk-') && a.snippet?.includes('\u0001'))).toBe(true);
    expect(await generateKnowledgeDataSet(handle.db, 40)).toBe(false);
  });
});
