import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createEmptyTarget,
  createSeededTarget,
  fingerprintTables,
  openTestTarget,
  type TableFingerprint,
  type TestTarget,
  tempDir,
} from '../../test-support/backup-fixtures.js';
import { testDatabaseKind } from '../../test-support/test-database.js';
import { BackupError } from './backup-error.js';
import { readBackupHeader } from './backup-file.js';
import { createBackup } from './create-backup.js';
import { restoreBackup } from './restore-backup.js';

/** Restore refuses before it writes: a non-empty target without --force, and damaged or foreign files. */
const kind = testDatabaseKind();

let source: TestTarget;
let empty: TestTarget;
let files: string;
let good: string;
let original: Record<string, TableFingerprint>;
beforeAll(async () => {
  files = tempDir('backup-files');
  source = await createSeededTarget(kind);
  empty = await createEmptyTarget(kind);
  good = path.join(files, 'good.kapocs-backup');
  await createBackup(source.target, good);
  original = await fingerprintTables(source.target);
});
afterAll(async () => {
  await source?.dispose();
  await empty?.dispose();
  fs.rmSync(files, { recursive: true, force: true });
});

/** A copy of the good backup changed by `change`. */
function variant(name: string, change: (bytes: Buffer) => Buffer): string {
  const file = path.join(files, name);
  fs.writeFileSync(file, change(fs.readFileSync(good)));
  return file;
}

async function expectRefused(file: string, message: RegExp, force = false): Promise<void> {
  const refusal = restoreBackup(empty.target, file, { force });
  await expect(refusal).rejects.toThrow(BackupError);
  await expect(refusal).rejects.toThrow(message);
  expect(await fingerprintTables(empty.target)).toEqual({});
}

describe(`restore refusals on ${kind}`, () => {
  it('refuses a non-empty database without --force and leaves it as it was', async () => {
    await expect(restoreBackup(source.target, good, { force: false })).rejects.toThrow(/not empty .*--force/);
    expect(await fingerprintTables(source.target)).toEqual(original);
  });

  it('with --force replaces the contents: later changes are gone, every table is as backed up', async () => {
    const handle = await openTestTarget(source.target);
    await handle.db.execute(sql`truncate opportunities cascade`);
    await handle.db.execute(sql`create table stray_table (id int)`);
    await handle.close();
    expect((await fingerprintTables(source.target))['public.opportunities']?.rows).toBe(0);
    await restoreBackup(source.target, good, { force: true });
    expect(await fingerprintTables(source.target)).toEqual(original);
  });

  it('refuses a file with one flipped byte, even with --force, before touching the database', async () => {
    const flipped = variant('flipped', (b) => {
      b[Math.floor(b.length / 2)] = (b[Math.floor(b.length / 2)] as number) ^ 0x01;
      return b;
    });
    await expectRefused(flipped, /damaged \(the SHA-256 checksum does not match\)/, true);
  });

  it('refuses a truncated file', async () => {
    await expectRefused(
      variant('truncated', (b) => b.subarray(0, b.length - 100)),
      /damaged .*truncated/,
    );
  });

  it('refuses a file of another kind and an unknown format version', async () => {
    await expectRefused(
      variant('foreign', (b) => Buffer.concat([Buffer.from('PGDMP'), b.subarray(5)])),
      /not a Kapocs backup/,
    );
    const v2 = variant('v2', (b) => Buffer.from(b.toString('latin1').replace('KAPOCS-BACKUP 1\n', 'KAPOCS-BACKUP 2\n'), 'latin1'));
    await expectRefused(v2, /unknown backup format version 2/);
  });

  it('refuses a backup made by a newer Kapocs (a migration this code does not know)', async () => {
    const { header } = readBackupHeader(good);
    const newer = variant('newer', (b) => Buffer.from(b.toString('latin1').replace(header.migrations.lastHash as string, 'f'.repeat(64)), 'latin1'));
    await expectRefused(newer, /newer Kapocs version/);
  });
});
