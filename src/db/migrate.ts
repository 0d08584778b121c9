import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { DatabaseHandle } from './connection.js';

/**
 * Arbitrary constant key for pg_advisory_lock, shared by every Kapocs process: the one startup
 * lock under which migrations, the settlement import and the demo seed run (ADR 015).
 */
export const startupLockKey = 4_210_731;

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Applies every pending migration without taking the startup lock: only for a caller that already
 * holds it (src/startup/prepare-database.ts). Taking it again here would wait for ourselves, because
 * the lock belongs to the pool connection that took it, not to this process.
 */
export async function applyMigrationsUnderLock(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === 'pglite') {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migratePg(handle.db as unknown as NodePgDatabase, { migrationsFolder });
  }
}

/** Applies every pending migration; idempotent, so it runs on each start. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  // Several processes may start at once against one PostgreSQL: serialise their migrations.
  await handle.withAdvisoryLock(startupLockKey, () => applyMigrationsUnderLock(handle));
}
