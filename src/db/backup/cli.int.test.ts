import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintTables, openTestTarget, useBackupScene } from '../../test-support/backup-fixtures.js';
import { testDatabaseKind } from '../../test-support/test-database.js';

/** The two commands as real processes: arguments, exit codes (0 ok, 1 refused, 2 usage) and messages. */
const kind = testDatabaseKind();
const tsx = path.resolve('node_modules/.bin/tsx');
// Each command is a fresh Node process that opens its own database: allow for a busy machine.

type Exit = { code: number | null; stdout: string; stderr: string };

function run(command: 'backup' | 'restore', args: string[], env: Record<string, string>): Promise<Exit> {
  return new Promise((resolve, reject) => {
    // A clean environment with only the test's database: nothing of vitest's or a developer's leaks in.
    const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'test' };
    const child = spawn(tsx, [`src/cli/${command}.ts`, ...args], { env: { ...base, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const scene = useBackupScene(kind);

describe(`npm run backup / restore on ${kind}`, () => {
  const file = () => path.join(scene.files, 'cli.kapocs-backup');

  it('exits 2 with the usage line when --out / --in is missing or an option is unknown', async () => {
    const noOut = await run('backup', [], scene.source.env);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('npm run backup -- --out FILE');
    const unknown = await run('restore', ['--in', file(), '--yes'], scene.restored.env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('npm run restore -- --in FILE [--force]');
  });

  it('backs up, restores into an empty database (exit 0), and refuses the now non-empty one (exit 1)', async () => {
    const backup = await run('backup', ['--out', file()], scene.source.env);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain('backup written');
    const restore = await run('restore', ['--in', file()], scene.restored.env);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(await fingerprintTables(scene.restored.target)).toEqual(await fingerprintTables(scene.source.target));
    const again = await run('restore', ['--in', file()], scene.restored.env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^A céladatbázis nem üres .*add --force to replace its contents\.\n$/);
    expect((await run('restore', ['--in', file(), '--force'], scene.restored.env)).code).toBe(0);
  }, 180_000);

  it.runIf(kind === 'pglite')(
    'refuses a PGlite directory that a running app holds, naming the cause',
    async () => {
      const app = await openTestTarget(scene.source.target); // holds the data-directory lock, as `npm start` does
      try {
        const backup = await run('backup', ['--out', path.join(scene.files, 'locked.kapocs-backup')], scene.source.env);
        expect(backup.code).toBe(1);
        expect(backup.stderr).toMatch(/in use by another Kapocs process\. Stop that process first/);
        expect(fs.existsSync(path.join(scene.files, 'locked.kapocs-backup'))).toBe(false);
        const restore = await run('restore', ['--in', file(), '--force'], scene.source.env);
        expect(restore.code).toBe(1);
        expect(restore.stderr).toMatch(/in use by another Kapocs process/);
      } finally {
        await app.close();
      }
    },
    120_000,
  );
});
