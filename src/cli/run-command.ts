import { loadConfig } from '../config.js';
import { BackupError } from '../db/backup/backup-error.js';
import { type BackupTarget, backupTargetFromConfig } from '../db/backup/backup-target.js';
import { DataDirLockedError } from '../db/data-dir-lock.js';

/** Exit codes of the operator commands: 0 done, 1 refused or failed, 2 wrong arguments. */
export const exitCodes = { ok: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {}

/** The database `npm start` would open with the same environment. */
export function configuredTarget(): BackupTarget {
  return backupTargetFromConfig(loadConfig());
}

/**
 * Runs one operator command and turns every known refusal into one line on stderr and an exit code, without a stack trace.
 */
export async function runCommand(usage: string, command: () => Promise<string>): Promise<never> {
  try {
    console.log(await command());
    process.exit(exitCodes.ok);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`${err.message}\n${usage}`);
      process.exit(exitCodes.usage);
    }
    if (err instanceof DataDirLockedError) {
      console.error(`Az adatbázist egy futó Kapocs használja / ${err.message}`);
    } else if (err instanceof BackupError) {
      console.error(err.message);
    } else {
      // Configuration and connection errors are for the operator: the message, not a stack trace.
      console.error(`Hiba / error: ${err instanceof Error ? err.message : String(err)}`);
    }
    process.exit(exitCodes.failed);
  }
}
