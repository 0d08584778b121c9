import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/connection.js';
import { prepareDatabase } from '../startup/prepare-database.js';
import { createTemplateDatabase, dropDatabase } from './postgres-admin.js';

/**
 * Builds one migrated database with the settlements loaded, once per run; every test file then
 * starts from a copy (PGlite: a dumped data directory; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const kind = project.config.env?.KAPOCS_TEST_DB ?? 'pglite';
  if (kind === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('KAPOCS_TEST_DB=postgres needs TEST_DATABASE_URL');
    const template = await createTemplateDatabase(url);
    project.provide('postgresTemplate', template);
    return async () => {
      await dropDatabase(url, template);
    };
  }
  const handle = await openDatabase({ kind: 'pglite' });
  await prepareDatabase(handle, { seedDemo: 'never' });
  const client = (handle.db as unknown as { $client: { dumpDataDir(c: 'none'): Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir('none');
  await handle.close();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kapocs-test-')), 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}
