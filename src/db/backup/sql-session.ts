import fs from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase } from '../connection.js';
import { BackupError } from './backup-error.js';

/**
 * One connection to the database being backed up or restored, the same shape on both engines.
 * One connection, not a pool: a restore script changes session settings (search_path) and runs as
 * one transaction.
 */
export type SqlSession = {
  kind: 'postgres' | 'pglite';
  query<T>(text: string): Promise<T[]>;
  /** Runs a script of several statements (simple query protocol). */
  exec(script: string): Promise<void>;
  /** The PGlite instance itself (for pg_dump compiled to WASM); undefined on PostgreSQL. */
  pglite?: PGlite;
  close(): Promise<void>;
};

export async function openPostgresSession(url: string): Promise<SqlSession> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (err) {
    throw new BackupError(
      `Nem érem el a PostgreSQL-t / cannot connect to PostgreSQL (${(err as Error).message}): check DATABASE_URL and that the server runs.`,
    );
  }
  client.on('error', () => {});
  return {
    kind: 'postgres',
    query: async <T>(text: string) => (await client.query(text)).rows as T[],
    exec: async (script) => {
      await client.query(script);
    },
    close: () => client.end(),
  };
}

/** True when dir holds a PostgreSQL data directory (PGlite writes PG_VERSION on creation). */
export function pgliteDatabaseExists(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'PG_VERSION'));
}

/**
 * Opens the PGlite directory through openDatabase, so the command holds the same data-directory
 * lock as the app (ADR 002): a running app makes this throw DataDirLockedError.
 */
export async function openPgliteSession(dir: string): Promise<SqlSession> {
  const handle = await openDatabase({ kind: 'pglite', dataDir: dir });
  const client = (handle.db as unknown as { $client: PGlite }).$client;
  return {
    kind: 'pglite',
    query: async <T>(text: string) => (await client.query<T>(text)).rows,
    exec: async (script) => {
      await client.exec(script);
    },
    pglite: client,
    close: () => handle.close(),
  };
}
