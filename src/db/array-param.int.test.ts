import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test-support/test-database.js';
import type { DatabaseHandle } from './connection.js';
import { arrayParam, queryRows } from './database.js';

/** arrayParam sends a list as one array literal: every value must arrive exactly as it was, on both engines. */
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => {
  await handle.close();
});

const roundTrip = async (items: string[], type: 'text' | 'uuid') =>
  (await queryRows<{ item: string }>(handle.db, sql`select unnest(${arrayParam(items, type)}) as item`)).map((r) => r.item);

describe('arrayParam', () => {
  it('keeps commas, quotes, backslashes, braces, spaces, NULL-like words and accents', async () => {
    const hostile = ['a,b', '"quoted"', 'back\\slash', '{braces}', ' spaced ', 'NULL', '', 'árvíztűrő tükörfúrógép', "it's", '\\"'];
    expect(await roundTrip(hostile, 'text')).toEqual(hostile);
  });

  it('passes uuids and an empty list', async () => {
    const ids = ['0b9d6f4e-1c2a-4e5b-8f00-123456789abc', 'ffffffff-ffff-4fff-bfff-ffffffffffff'];
    expect(await roundTrip(ids, 'uuid')).toEqual(ids);
    expect(await roundTrip([], 'uuid')).toEqual([]);
  });

  it('is one parameter whatever the length', () => {
    const query = new PgDialect().sqlToQuery(sql`select ${arrayParam(['a', 'b', 'c'], 'text')}`);
    expect(query.params).toEqual(['{"a","b","c"}']);
  });
});
