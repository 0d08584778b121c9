import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { Logger } from 'pino';
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

/** Where connection errors go: the app's pino logger (only `error` is used). */
export type DatabaseLog = Pick<Logger, 'error'>;

export type OpenOptions =
  | { kind: 'postgres'; url: string; poolSize?: number; log?: DatabaseLog }
  /** dataDir undefined = in memory (tests). loadDataDir = start from a dumped tarball (tests). */
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob };

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  return options.kind === 'postgres' ? openPostgres(options.url, options.poolSize, options.log) : openPglite(options);
}

/**
 * What is logged of a pool error: message and PostgreSQL fields, never the connection string. pg's
 * messages do not normally carry it, but a password must not reach the logs even if one did.
 */
export function poolErrorForLog(err: Error & { code?: string; severity?: string }, url: string) {
  const password = new URL(url).password;
  const hide = (text: string) => {
    let out = text.split(url).join('[database url]');
    if (password) for (const form of [password, safelyDecoded(password)]) out = out.split(form).join('[password]');
    return out;
  };
  return { message: hide(err.message), code: err.code, severity: err.severity };
}

function safelyDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

async function openPostgres(url: string, poolSize = 10, log?: DatabaseLog): Promise<DatabaseHandle> {
  // JIT off: the report queries (ADR 024) are estimated costly enough to be JIT-compiled, which costs
  // more (about 130 ms a query, measured) than the few thousand rows they read; a web app's queries never gain from it.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000, options: '-c jit=off' });
  // An idle client error (e.g. server restart, connection killed) must not crash the process, but
  // an operator must see it: the pool drops that client and opens a new one on the next query.
  pool.on('error', (err) => {
    log?.error({ err: poolErrorForLog(err, url) }, 'database connection error (idle client dropped)');
  });
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
