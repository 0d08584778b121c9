import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';
import type { Database, DatabaseKind } from './database.js';
import * as schema from './schema/index.js';

export type DatabaseHandle = {
  db: Database;
  kind: DatabaseKind;
  /** A short description without secrets, for logs. */
  label: string;
  ping(): Promise<void>;
  /** Runs fn while holding a cross-process lock (PostgreSQL advisory lock; PGlite is single-process). */
  withAdvisoryLock<T>(key: number, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export type OpenOptions =
  | { kind: 'postgres'; url: string; poolSize?: number }
  /** dataDir undefined = in memory (tests). loadDataDir = start from a dumped tarball (tests). */
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob };

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  return options.kind === 'postgres' ? openPostgres(options.url, options.poolSize) : openPglite(options);
}

async function openPostgres(url: string, poolSize = 10): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
  // An idle client error (e.g. server restart) must not crash the process.
  pool.on('error', () => {});
  const db = drizzlePg(pool, { schema }) as unknown as Database;
  const parsed = new URL(url);
  return {
    db,
    kind: 'postgres',
    label: `postgres://${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    withAdvisoryLock: async (key, fn) => {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [key]);
        return await fn();
      } finally {
        await client.query('select pg_advisory_unlock($1)', [key]).catch(() => {});
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(options: { dataDir?: string; loadDataDir?: Blob }): Promise<DatabaseHandle> {
  const dir = options.dataDir ? path.resolve(options.dataDir) : undefined;
  const unlock = dir ? await lockDataDir(dir) : async () => {};
  try {
    const client = await PGlite.create({
      dataDir: dir,
      loadDataDir: options.loadDataDir,
      extensions: { unaccent, pg_trgm },
    });
    const db = drizzlePglite(client, { schema }) as unknown as Database;
    return {
      db,
      kind: 'pglite',
      label: dir ? `pglite:${path.basename(dir)}` : 'pglite:memory',
      ping: async () => {
        await client.query('select 1');
      },
      withAdvisoryLock: (_key, fn) => fn(),
      close: async () => {
        await client.close();
        await unlock();
      },
    };
  } catch (err) {
    await unlock();
    throw err;
  }
}
