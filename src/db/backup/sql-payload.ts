import fs from 'node:fs';
import { pgDump } from '@electric-sql/pglite-tools/pg_dump';
import { BackupError } from './backup-error.js';
import type { OpenedBackup } from './backup-file.js';
import { wipeAppSchemasScript } from './restore-guard.js';
import type { SqlSession } from './sql-session.js';

/**
 * PGlite backup payload: plain SQL from pg_dump compiled to WebAssembly (@electric-sql/pglite-tools),
 * with multi-row INSERTs instead of COPY … FROM stdin, so that any SQL connection, PGlite's or
 * PostgreSQL's, can run it: this is the move from PGlite to PostgreSQL (ADR 014).
 */
const pgDumpArgs = ['--column-inserts', '--rows-per-insert=500', '--no-owner', '--no-privileges'];

export async function dumpPgliteAsSql(session: SqlSession, payloadFile: string): Promise<void> {
  if (!session.pglite) throw new Error('dumpPgliteAsSql needs a PGlite session');
  const dump = await pgDump({ pg: session.pglite, args: pgDumpArgs });
  fs.writeFileSync(payloadFile, Buffer.from(await dump.arrayBuffer()));
}

/**
 * Makes pg_dump's script runnable over a plain connection: psql's \restrict/\unrestrict lines
 * (first and last line only, so no data is touched) are not SQL, and PGlite's pg_dump (PostgreSQL 18)
 * sets transaction_timeout, which PostgreSQL before 17 does not know.
 */
export function sqlForConnection(script: string): string {
  const lines = script.split('\n');
  const metaCommand = /^\\(un)?restrict\s+\S+\s*$/;
  if (lines.length > 0 && metaCommand.test(lines[0] as string)) lines.shift();
  let last = lines.length - 1;
  while (last >= 0 && (lines[last] as string).trim() === '') last--;
  if (last >= 0 && metaCommand.test(lines[last] as string)) lines.splice(last, 1);
  return lines.join('\n').replace(/^SET transaction_timeout = 0;$/m, '');
}

/** Runs the SQL payload as one transaction, after emptying the app's schemas when replacing. */
export async function restoreSqlPayload(session: SqlSession, backupFile: string, opened: OpenedBackup, replace: boolean): Promise<void> {
  const payload = readPayload(backupFile, opened);
  const script = sqlForConnection(payload.toString('utf8'));
  try {
    await session.exec(`BEGIN;\n${replace ? wipeAppSchemasScript() : ''}\n${script}\nCOMMIT;`);
  } catch (err) {
    await session.exec('ROLLBACK;').catch(() => {});
    throw new BackupError(`A visszaállítás nem sikerült, semmi nem változott / the restore failed and was rolled back: ${(err as Error).message}`);
  }
}

function readPayload(file: string, opened: OpenedBackup): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(opened.header.payloadLength);
    fs.readSync(fd, buffer, 0, buffer.length, opened.payloadOffset);
    return buffer;
  } finally {
    fs.closeSync(fd);
  }
}
