import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createEmptyTarget,
  createSeededTarget,
  fingerprintTables,
  snapshotPages,
  type TestTarget,
  tempDir,
} from '../../test-support/backup-fixtures.js';
import { testDatabaseKind } from '../../test-support/test-database.js';
import { createBackup } from './create-backup.js';
import { restoreBackup } from './restore-backup.js';

/**
 * The upgrade path of a center that outgrows one process: a PGlite backup restored into an empty
 * PostgreSQL database. Runs in the PostgreSQL project (it needs TEST_DATABASE_URL).
 */
describe.runIf(testDatabaseKind() === 'postgres')('PGlite backup restored into PostgreSQL', () => {
  let pglite: TestTarget & { sessionToken: string };
  let postgres: TestTarget;
  let files: string;
  beforeAll(async () => {
    files = tempDir('backup-files');
    pglite = await createSeededTarget('pglite');
    postgres = await createEmptyTarget('postgres');
  });
  afterAll(async () => {
    await pglite?.dispose();
    await postgres?.dispose();
    fs.rmSync(files, { recursive: true, force: true });
  });

  it('gives PostgreSQL identical tables and pages', async () => {
    const file = path.join(files, 'pglite.kapocs-backup');
    await createBackup(pglite.target, file);
    await restoreBackup(postgres.target, file, { force: false });
    const before = await fingerprintTables(pglite.target);
    expect(before['public.places']?.rows).toBeGreaterThan(3000);
    expect(await fingerprintTables(postgres.target)).toEqual(before);
    const pages = ['/opportunities?q=onkentes', '/places?q=kecs', '/admin'];
    expect(await snapshotPages(postgres.target, pages, pglite.sessionToken)).toEqual(
      await snapshotPages(pglite.target, pages, pglite.sessionToken),
    );
  });
});
