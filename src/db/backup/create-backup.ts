import fs from 'node:fs';
import { BackupError } from './backup-error.js';
import { type BackupHeader, writeBackupFile } from './backup-file.js';
import { type BackupTarget, openTargetSession } from './backup-target.js';
import { dumpPostgres } from './pg-engine.js';
import { readMigrationState } from './restore-guard.js';
import { dumpPgliteAsSql } from './sql-payload.js';
import { pgliteDatabaseExists } from './sql-session.js';

/**
 * Writes one backup file of the target database. On PGlite the command holds the data-directory
 * lock for the whole dump, so nothing writes meanwhile; pg_dump reads one snapshot on PostgreSQL.
 */
export async function createBackup(target: BackupTarget, outFile: string): Promise<BackupHeader> {
  if (target.kind === 'pglite' && !pgliteDatabaseExists(target.dir)) {
    // Opening would create an empty database; an empty backup is never what the operator meant.
    throw new BackupError(`Nincs adatbázis itt / no database in ${target.dir}: check DATA_DIR (the app keeps its database in DATA_DIR/db).`);
  }
  const payloadFile = `${outFile}.payload`;
  const session = await openTargetSession(target);
  try {
    const migrations = await readMigrationState(session);
    if (target.kind === 'pglite') await dumpPgliteAsSql(session, payloadFile);
    else await dumpPostgres(target.url, payloadFile);
    return await writeBackupFile(
      outFile,
      {
        engine: target.kind,
        payloadFormat: target.kind === 'pglite' ? 'sql' : 'pg_dump-custom',
        createdAt: new Date().toISOString(),
        migrations,
      },
      payloadFile,
    );
  } finally {
    fs.rmSync(payloadFile, { force: true });
    await session.close();
  }
}
