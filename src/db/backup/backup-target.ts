import path from 'node:path';
import type { Config } from '../../config.js';
import { openPgliteSession, openPostgresSession, type SqlSession } from './sql-session.js';

/** Where a backup comes from or goes to: the database `npm start` would open with the same settings. */
export type BackupTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string };

export function backupTargetFromConfig(config: Pick<Config, 'databaseUrl' | 'dataDir'>): BackupTarget {
  return config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'pglite', dir: path.join(config.dataDir, 'db') };
}

/** A readable name without secrets, for messages. */
export function describeTarget(target: BackupTarget): string {
  if (target.kind === 'pglite') return `PGlite ${target.dir}`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

export function openTargetSession(target: BackupTarget): Promise<SqlSession> {
  return target.kind === 'postgres' ? openPostgresSession(target.url) : openPgliteSession(target.dir);
}
