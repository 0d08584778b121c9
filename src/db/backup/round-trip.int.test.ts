import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintTables, snapshotPages, useBackupScene } from '../../test-support/backup-fixtures.js';
import { testDatabaseKind } from '../../test-support/test-database.js';
import { readBackupHeader } from './backup-file.js';
import { createBackup } from './create-backup.js';
import { restoreBackup } from './restore-backup.js';

/** Back up a database with the demo data, restore it into an empty one: same rows, same pages. */
const kind = testDatabaseKind();
const pages = ['/opportunities', '/places?q=kecs', '/admin'];

const scene = useBackupScene(kind);

describe(`backup and restore on ${kind}`, () => {
  it('writes one file whose header names the engine, the migrations and the payload checksum', async () => {
    const file = path.join(scene.files, 'center.kapocs-backup');
    const header = await createBackup(scene.source.target, file);
    expect(readBackupHeader(file).header).toEqual(header);
    expect(header.engine).toBe(kind);
    expect(header.payloadFormat).toBe(kind === 'pglite' ? 'sql' : 'pg_dump-custom');
    expect(header.migrations.count).toBeGreaterThan(5);
    expect(header.migrations.lastHash).toMatch(/^[0-9a-f]{64}$/);
    expect(fs.statSync(file).size).toBeGreaterThan(header.payloadLength);
    expect(fs.readdirSync(scene.files)).toEqual(['center.kapocs-backup']);
  });

  it('restores into an empty database with every table identical, row for row', async () => {
    await restoreBackup(scene.restored.target, path.join(scene.files, 'center.kapocs-backup'), { force: false });
    const before = await fingerprintTables(scene.source.target);
    const after = await fingerprintTables(scene.restored.target);
    expect(Object.keys(before).length).toBeGreaterThan(20);
    expect(before['public.places']?.rows).toBeGreaterThan(3000);
    expect(before['public.opportunities']?.rows).toBeGreaterThan(0);
    expect(after).toEqual(before);
  });

  it('the restored app serves the same pages, including a logged-in one from a restored session', async () => {
    const before = await snapshotPages(scene.source.target, pages, scene.source.sessionToken);
    const after = await snapshotPages(scene.restored.target, pages, scene.source.sessionToken);
    expect(before['/opportunities']?.status).toBe(200);
    expect(before['/places?q=kecs']?.body).toContain('Kecskemét');
    expect(before['/admin']?.status).toBe(200);
    expect(after).toEqual(before);
  });
});
