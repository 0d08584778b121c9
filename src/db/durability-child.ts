import { sql } from 'drizzle-orm';
import { openDatabase } from './connection.js';

/**
 * The child of durability.int.test.ts: opens the database the way the app does (PGlite through
 * openDatabase, so the data-dir lock is taken), then commits one row per transaction and prints
 * each id on stdout only after its commit returned. The parent kills it with SIGKILL mid-stream and
 * checks that every printed (acknowledged) id survived.
 *
 * Environment: DURABILITY_PGLITE_DIR (a data directory) or DURABILITY_POSTGRES_URL.
 */
async function main() {
  const dir = process.env.DURABILITY_PGLITE_DIR;
  const url = process.env.DURABILITY_POSTGRES_URL;
  if (!dir && !url) throw new Error('set DURABILITY_PGLITE_DIR or DURABILITY_POSTGRES_URL');
  const handle = await openDatabase(url ? { kind: 'postgres', url, poolSize: 1 } : { kind: 'pglite', dataDir: dir });
  await handle.db.execute(sql`create table if not exists durability_probe (id integer primary key, at timestamptz not null default now())`);
  process.stdout.write('ready\n');
  for (let id = 1; ; id++) {
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`insert into durability_probe (id) values (${id})`);
    });
    // Writes to a pipe are synchronous on Linux: once this returns, the parent can read the ack.
    process.stdout.write(`${id}\n`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
