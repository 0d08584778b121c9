import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintTables, snapshotPages, useBackupScene } from '../../test-support/backup-fixtures.js';
import { testDatabaseKind } from '../../test-support/test-database.js';
import { createBackup } from './create-backup.js';
import { restoreBackup } from './restore-backup.js';

/**
 * The upgrade path of a center that outgrows one process: a PGlite backup restored into an empty
 * PostgreSQL database. Runs in the PostgreSQL project (it needs TEST_DATABASE_URL).
 */
describe.runIf(testDatabaseKind() === 'postgres')('PGlite backup restored into PostgreSQL', () => {
  const scene = useBackupScene('pglite', 'postgres');

  it('gives PostgreSQL identical tables and pages', async () => {
    const file = path.join(scene.files, 'pglite.kapocs-backup');
    await createBackup(scene.source.target, file);
    await restoreBackup(scene.restored.target, file, { force: false });
    const before = await fingerprintTables(scene.source.target);
    expect(before['public.places']?.rows).toBeGreaterThan(3000);
    expect(await fingerprintTables(scene.restored.target)).toEqual(before);
    const pages = ['/opportunities?q=onkentes', '/places?q=kecs', '/admin'];
    expect(await snapshotPages(scene.restored.target, pages, scene.source.sessionToken)).toEqual(
      await snapshotPages(scene.source.target, pages, scene.source.sessionToken),
    );
  });
});
