import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeTarget } from '../db/backup/backup-target.js';
import { createBackup } from '../db/backup/create-backup.js';
import { configuredTarget, runCommand, UsageError } from './run-command.js';

/** `npm run backup -- --out FILE`: one backup file of the configured database (docs/backup-and-restore.md). */
const usage = 'Használat / usage: npm run backup -- --out FILE';

await runCommand(usage, async () => {
  const outFile = parseOutFile(process.argv.slice(2));
  const target = configuredTarget();
  const header = await createBackup(target, outFile);
  return `Mentés kész / backup written: ${outFile} (${describeTarget(target)}, ${header.payloadLength} bytes, ${header.migrations.count} migrations)`;
});

function parseOutFile(args: string[]): string {
  let values: { out?: string };
  try {
    ({ values } = parseArgs({ args, options: { out: { type: 'string' } }, strict: true, allowPositionals: false }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (!values.out) throw new UsageError('Hiányzik a --out / --out FILE is required.');
  return path.resolve(values.out);
}
