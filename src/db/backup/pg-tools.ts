import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BackupError } from './backup-error.js';

export type PgTool = 'pg_dump' | 'pg_restore' | 'psql';

/**
 * Finds a PostgreSQL client program: on PATH first (Debian's wrapper picks the right version), else
 * the newest /usr/lib/postgresql/<version>/bin.
 */
export function findPgTool(name: PgTool, searchPath = process.env.PATH ?? ''): string {
  const onPath = searchPath
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, name));
  const debianRoot = '/usr/lib/postgresql';
  const versions = fs.existsSync(debianRoot) ? fs.readdirSync(debianRoot).sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a)) : [];
  const candidates = [...onPath, ...versions.map((v) => path.join(debianRoot, v, 'bin', name))];
  const found = candidates.find((file) => {
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  });
  if (!found) {
    throw new BackupError(
      `A(z) ${name} nem található / ${name} not found: install the PostgreSQL client programs (Debian: apt-get install postgresql-client) or put them on PATH.`,
    );
  }
  return found;
}

/**
 * The connection for a client program: the URL without its password on the command line (where
 * every user of the machine could read it in the process list), the password in PGPASSWORD.
 */
export function pgToolConnection(databaseUrl: string): { dbnameArg: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { dbnameArg: url.toString(), env: password ? { ...process.env, PGPASSWORD: password } : { ...process.env } };
}

export type RunningTool = { child: ChildProcess; done: Promise<void> };

/** Starts a client program; `done` rejects with its stderr when it exits non-zero. */
export function startPgTool(name: PgTool, args: string[], env: NodeJS.ProcessEnv, stdio: ['pipe' | 'ignore', 'pipe' | 'ignore', 'pipe']): RunningTool {
  const child = spawn(findPgTool(name), args, { env, stdio });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (err) => reject(new BackupError(`${name}: ${err.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else {
        const detail = stderr.trim().split('\n').slice(-3).join(' | ') || `exit ${code ?? signal}`;
        reject(new BackupError(`A(z) ${name} hibával leállt / ${name} failed: ${detail}`));
      }
    });
  });
  return { child, done };
}
