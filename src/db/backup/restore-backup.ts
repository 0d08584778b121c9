import { BackupError } from './backup-error.js';
import { type BackupHeader, openVerifiedBackup } from './backup-file.js';
import { type BackupTarget, openTargetSession } from './backup-target.js';
import { restorePostgresDump } from './pg-engine.js';
import { assertMigrationsKnown, assertTargetMayBeReplaced, countAppTables } from './restore-guard.js';
import { restoreSqlPayload } from './sql-payload.js';

/**
 * Restores FILE into the target. Every check that can refuse (file intact, made by a known
 * version, restorable on this engine, target empty or --force) runs before the first write.
 */
export async function restoreBackup(target: BackupTarget, inFile: string, options: { force: boolean }): Promise<BackupHeader> {
  const opened = await openVerifiedBackup(inFile);
  const { header } = opened;
  assertMigrationsKnown(header.migrations);
  if (header.payloadFormat === 'pg_dump-custom' && target.kind !== 'postgres') {
    throw new BackupError('PostgreSQL-mentés csak PostgreSQL-be állítható vissza / a PostgreSQL backup restores only into PostgreSQL: set DATABASE_URL.');
  }
  const session = await openTargetSession(target);
  try {
    await assertTargetMayBeReplaced(session, options.force);
    const replace = (await countAppTables(session)) > 0;
    if (header.payloadFormat === 'sql') {
      await restoreSqlPayload(session, inFile, opened, replace);
    } else if (target.kind === 'postgres') {
      await restorePostgresDump(target.url, inFile, opened, replace);
    }
  } finally {
    await session.close();
  }
  return header;
}
