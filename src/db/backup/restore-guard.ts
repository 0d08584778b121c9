import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrationsFolder } from '../migrate.js';
import { BackupError } from './backup-error.js';
import type { BackupHeader } from './backup-file.js';
import type { SqlSession } from './sql-session.js';

/** The schemas Kapocs owns: its tables (public) and drizzle's migration record (drizzle). */
export const appSchemas = ['public', 'drizzle'] as const;
const schemaList = appSchemas.map((s) => `'${s}'`).join(', ');

export type MigrationState = BackupHeader['migrations'];

/** How many migrations the database has applied, and the last one's hash (for the backup header). */
export async function readMigrationState(session: SqlSession): Promise<MigrationState> {
  const [exists] = await session.query<{ found: boolean }>(`select to_regclass('drizzle.__drizzle_migrations') is not null as found`);
  if (!exists?.found) return { count: 0, lastHash: null };
  const [row] = await session.query<{ count: number; last_hash: string | null }>(
    `select count(*)::int as count,
            (select hash from drizzle.__drizzle_migrations order by created_at desc, id desc limit 1) as last_hash
       from drizzle.__drizzle_migrations`,
  );
  return { count: row?.count ?? 0, lastHash: row?.last_hash ?? null };
}

export async function countAppTables(session: SqlSession): Promise<number> {
  const [row] = await session.query<{ count: number }>(`select count(*)::int as count from pg_catalog.pg_tables where schemaname in (${schemaList})`);
  return row?.count ?? 0;
}

/**
 * A restore goes only into an empty database unless the operator said --force: replacing a
 * center's live data by mistake is the one error a restore must not make easy.
 */
export async function assertTargetMayBeReplaced(session: SqlSession, force: boolean): Promise<void> {
  const tables = await countAppTables(session);
  if (tables > 0 && !force) {
    throw new BackupError(
      `A céladatbázis nem üres (${tables} tábla), semmi nem változott / the target database is not empty (${tables} tables); nothing was changed: restore into an empty database, or add --force to replace its contents.`,
    );
  }
}

/**
 * A backup made by a newer Kapocs holds migrations this code does not know; restoring it would
 * leave a schema the code cannot use, and starting the app would not repair it.
 */
export function assertMigrationsKnown(state: MigrationState): void {
  if (!state.lastHash) return;
  const known = readMigrationFiles({ migrationsFolder }).some((m) => m.hash === state.lastHash);
  if (!known) {
    throw new BackupError(
      'A mentést újabb Kapocs-verzió készítette / this backup was made by a newer Kapocs version (unknown migration): restore it with that version or newer.',
    );
  }
}

/**
 * Statements that empty the app's schemas, run in the restore's own transaction (--force), so a
 * failed restore leaves the old contents in place. Extensions living in public go with it; the
 * backup recreates them.
 */
export function wipeAppSchemasScript(): string {
  return ['DROP SCHEMA IF EXISTS drizzle CASCADE;', 'DROP SCHEMA IF EXISTS public CASCADE;', 'CREATE SCHEMA public;'].join('\n');
}
