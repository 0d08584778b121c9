import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeTarget } from '../db/backup/backup-target.js';
import { restoreBackup } from '../db/backup/restore-backup.js';
import { configuredTarget, runCommand, UsageError } from './run-command.js';

/**
 * `npm run restore -- --in FILE [--force]`: restores a backup into the configured database; --force
 * replaces a non-empty database (docs/backup-and-restore.md). Stop the app first.
 */
const usage = 'Használat / usage: npm run restore -- --in FILE [--force]';

await runCommand(usage, async () => {
  const { inFile, force } = parseRestoreArgs(process.argv.slice(2));
  const target = configuredTarget();
  const header = await restoreBackup(target, inFile, { force });
  return `Visszaállítás kész / restored: ${inFile} (${header.engine} backup of ${header.createdAt}) into ${describeTarget(target)}`;
});

function parseRestoreArgs(args: string[]): { inFile: string; force: boolean } {
  let values: { in?: string; force?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { in: { type: 'string' }, force: { type: 'boolean', default: false } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (!values.in) throw new UsageError('Hiányzik az --in / --in FILE is required.');
  return { inFile: path.resolve(values.in), force: values.force === true };
}
