import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabaseFromTemplate, dropDatabase, urlForDatabase } from '../test-support/postgres-admin.js';
import { testDatabaseKind } from '../test-support/test-database.js';
import { type DatabaseHandle, openDatabase } from './connection.js';
import { DataDirLockedError } from './data-dir-lock.js';
import { queryRows } from './database.js';

/**
 * Acknowledged writes survive a killed process: a child commits one row per transaction and
 * acknowledges each id after its commit (in a file); we SIGKILL it mid-stream, reopen the database (on PGlite taking
 * over the stale lock the dead child left) and look for every acknowledged id.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const childScript = path.join(here, 'durability-child.ts');
const kind = testDatabaseKind();

let tempDir: string;
let postgresDb: string | undefined;
beforeAll(() => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kapocs-durability-'));
});
afterAll(async () => {
  fs.rmSync(tempDir, { recursive: true, force: true });
  if (postgresDb) await dropDatabase(process.env.TEST_DATABASE_URL as string, postgresDb);
});

type Run = { acked: number[]; exit: { code: number | null; signal: NodeJS.Signals | null }; stderr: string };

/** The ids the child acknowledged so far (one per line in its ack file). */
function readAcks(ackFile: string): number[] {
  if (!fs.existsSync(ackFile)) return [];
  return fs
    .readFileSync(ackFile, 'utf8')
    .split('\n')
    .filter((line) => /^\d+$/.test(line))
    .map(Number);
}

/** Starts the child, lets it write for `writeMs` after it is ready, then kills it without warning. */
function runAndKill(env: Record<string, string>, writeMs: number, minAcks: number): Promise<Run> {
  const ackFile = path.join(tempDir, `acks-${Date.now()}.txt`);
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', childScript], {
      env: { ...process.env, ...env, DURABILITY_ACK_FILE: ackFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let readyAt: number | undefined;
    const giveUp = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const killWhenDone = () => {
      if (readyAt !== undefined && Date.now() - readyAt >= writeMs && readAcks(ackFile).length >= minAcks) child.kill('SIGKILL');
    };
    const poll = setInterval(killWhenDone, 50);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (readyAt === undefined && chunk.toString().includes('ready')) readyAt = Date.now();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(giveUp);
      clearInterval(poll);
      resolve({ acked: readAcks(ackFile), exit: { code, signal }, stderr });
    });
  });
}

async function idsIn(handle: DatabaseHandle): Promise<Set<number>> {
  const rows = await queryRows<{ id: number }>(handle.db, sql`select id from durability_probe`);
  return new Set(rows.map((r) => Number(r.id)));
}

describe(`durability on ${kind}`, () => {
  it('keeps every acknowledged row when the writing process is killed (SIGKILL)', { timeout: 120_000 }, async () => {
    let env: Record<string, string>;
    let reopen: () => Promise<DatabaseHandle>;
    if (kind === 'postgres') {
      const url = process.env.TEST_DATABASE_URL as string;
      postgresDb = await createDatabaseFromTemplate(url, 'template0');
      const dbUrl = urlForDatabase(url, postgresDb);
      env = { DURABILITY_POSTGRES_URL: dbUrl };
      reopen = () => openDatabase({ kind: 'postgres', url: dbUrl, poolSize: 1 });
    } else {
      const dataDir = path.join(tempDir, 'db');
      env = { DURABILITY_PGLITE_DIR: dataDir };
      reopen = () => openDatabase({ kind: 'pglite', dataDir });
    }

    const run = await runAndKill(env, 1500, 200);
    expect(run.exit.signal, run.stderr).toBe('SIGKILL');
    expect(run.acked.length, run.stderr).toBeGreaterThanOrEqual(200);
    expect(run.acked).toEqual(run.acked.map((_, i) => i + 1));

    // On PGlite the dead child's lock is still on disk: openDatabase must take it over once stale.
    const started = Date.now();
    const handle = await reopen();
    try {
      const reopenMs = Date.now() - started;
      const present = await idsIn(handle);
      const lost = run.acked.filter((id) => !present.has(id));
      expect(lost, `${lost.length} of ${run.acked.length} acknowledged rows lost`).toEqual([]);
      // Rows may exceed acks by the one in flight when the kill came, never by more.
      expect(present.size).toBeLessThanOrEqual(run.acked.length + 1);
      expect(reopenMs).toBeLessThan(15_000);
    } finally {
      await handle.close();
    }
  });

  it.skipIf(kind !== 'pglite')('refuses a second open of the same PGlite directory (DataDirLockedError)', { timeout: 60_000 }, async () => {
    const dataDir = path.join(tempDir, 'locked');
    const first = await openDatabase({ kind: 'pglite', dataDir });
    try {
      await expect(openDatabase({ kind: 'pglite', dataDir })).rejects.toBeInstanceOf(DataDirLockedError);
      // The first holder is unharmed and still works.
      await first.db.execute(sql`select 1`);
    } finally {
      await first.close();
    }
    // Once closed, the directory opens again at once.
    const again = await openDatabase({ kind: 'pglite', dataDir });
    await again.close();
  });
});
