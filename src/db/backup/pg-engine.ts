import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { OpenedBackup } from './backup-file.js';
import { pgToolConnection, startPgTool } from './pg-tools.js';
import { wipeAppSchemasScript } from './restore-guard.js';

/** PostgreSQL backup payload: pg_dump's custom format (compressed, one consistent snapshot). */
export async function dumpPostgres(databaseUrl: string, payloadFile: string): Promise<void> {
  const { dbnameArg, env } = pgToolConnection(databaseUrl);
  const dump = startPgTool('pg_dump', ['--format=custom', '--no-password', '--file', payloadFile, '--dbname', dbnameArg], env, ['ignore', 'ignore', 'pipe']);
  await dump.done;
}

/**
 * Restores a custom-format payload: pg_restore turns it into SQL and psql runs that as ONE
 * transaction (after emptying the schemas when replacing), so a failure leaves the target as it was.
 * pg_restore --clean could not do that: it drops only the objects the dump knows.
 */
export async function restorePostgresDump(databaseUrl: string, backupFile: string, opened: OpenedBackup, replace: boolean): Promise<void> {
  const { dbnameArg, env } = pgToolConnection(databaseUrl);
  const toSql = startPgTool('pg_restore', ['--no-owner', '--no-privileges', '--file', '-'], env, ['pipe', 'pipe', 'pipe']);
  const run = startPgTool(
    'psql',
    ['--no-psqlrc', '--quiet', '--no-password', '--set', 'ON_ERROR_STOP=1', '--single-transaction', '--file', '-', '--dbname', dbnameArg],
    env,
    ['pipe', 'ignore', 'pipe'],
  );
  const psqlIn = run.child.stdin as NodeJS.WritableStream;
  const restoreIn = toSql.child.stdin as NodeJS.WritableStream;
  // A program that stops early closes its input; its exit code tells why, so ignore the broken pipe here.
  psqlIn.on('error', () => {});
  restoreIn.on('error', () => {});
  if (replace) psqlIn.write(`${wipeAppSchemasScript()}\n`);
  const payload = fs.createReadStream(backupFile, { start: opened.payloadOffset });
  await Promise.all([
    pipeline(payload, restoreIn).catch(() => {}),
    pipeline(toSql.child.stdout as NodeJS.ReadableStream, psqlIn).catch(() => {}),
    toSql.done,
    run.done,
  ]);
}
