import fs from 'node:fs';
import { inject } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../db/connection.js';
import { createDatabaseFromTemplate, dropDatabase, urlForDatabase } from './postgres-admin.js';

export type TestDatabaseKind = 'pglite' | 'postgres';

export function testDatabaseKind(): TestDatabaseKind {
  return process.env.KAPOCS_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

/**
 * A fresh, migrated database with the settlements loaded, for one test file (or one test).
 * Runs on whichever engine the vitest project selected (see vitest.config.ts).
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  if (testDatabaseKind() === 'postgres') {
    const url = process.env.TEST_DATABASE_URL as string;
    const name = await createDatabaseFromTemplate(url, inject('postgresTemplate'));
    const handle = await openDatabase({ kind: 'postgres', url: urlForDatabase(url, name), poolSize: 5 });
    return {
      ...handle,
      close: async () => {
        await handle.close();
        await dropDatabase(url, name);
      },
    };
  }
  const tar = fs.readFileSync(inject('pgliteTemplate'));
  return openDatabase({ kind: 'pglite', loadDataDir: new Blob([tar]) });
}
