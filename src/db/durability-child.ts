import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { openDatabase } from './connection.js';

/**
 * The child of durability.int.test.ts: opens the database the way the app does (PGlite through
 * openDatabase, so the data-dir lock is taken), then commits one row per transaction and prints
 * each id on stdout only after its commit returned. The parent kills it with SIGKILL mid-stream and
 * checks that every acknowledged id survived.
 *
 * The acks go to a file with a synchronous write (DURABILITY_ACK_FILE), not to stdout: a write to
 * a pipe or socket may be queued in the process when the reader lags, and a SIGKILL drops the queue,
 * so the parent could see fewer acks than commits (a flaky failure under a loaded CI machine).
 *
 * Environment: DURABILITY_ACK_FILE, and DURABILITY_PGLITE_DIR (a data directory) or DURABILITY_POSTGRES_URL.
 */
async function main() {
  const dir = process.env.DURABILITY_PGLITE_DIR;
  const url = process.env.DURABILITY_POSTGRES_URL;
  const ackFile = process.env.DURABILITY_ACK_FILE;
  if (!dir && !url) throw new Error('set DURABILITY_PGLITE_DIR or DURABILITY_POSTGRES_URL');
  if (!ackFile) throw new Error('set DURABILITY_ACK_FILE');
  const acks = fs.openSync(ackFile, 'a');
  const handle = await openDatabase(url ? { kind: 'postgres', url, poolSize: 1 } : { kind: 'pglite', dataDir: dir });
  await handle.db.execute(sql`create table if not exists durability_probe (id integer primary key, at timestamptz not null default now())`);
  process.stdout.write('ready\n');
  for (let id = 1; ; id++) {
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`insert into durability_probe (id) values (${id})`);
    });
    // Once writeSync returns the ack is in the kernel's page cache: a killed process cannot lose it.
    fs.writeSync(acks, `${id}\n`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
