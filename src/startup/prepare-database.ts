import type { Logger } from 'pino';
import type { SeedDemoMode } from '../config.js';
import type { DatabaseHandle } from '../db/connection.js';
import { applyMigrationsUnderLock, startupLockKey } from '../db/migrate.js';
import { seedDemoData, wantsDemoData } from '../modules/demo/seed.js';
import { ensurePlacesImported } from '../modules/places/import.js';

export type PreparedDatabase = { placesImported: number; demoSeeded: boolean };

/**
 * Brings a database up to date before the app serves: migrations, then the settlements, then (when
 * SEED_DEMO asks for it) the demo data. All three run under ONE PostgreSQL advisory lock, so app processes starting
 * at once on a fresh database take turns: the first does the work, the others find it done (the
 * import's fingerprint and the seed's marker) instead of inserting the same rows and crashing on a
 * duplicate key (ADR 015). On PGlite the data-directory lock already keeps out a second process.
 *
 * The lock holds one pool connection while the work uses others, so the pool needs at least two.
 */
export async function prepareDatabase(handle: DatabaseHandle, options: { seedDemo: SeedDemoMode; log?: Pick<Logger, 'info'> }): Promise<PreparedDatabase> {
  return handle.withAdvisoryLock(startupLockKey, async () => {
    await applyMigrationsUnderLock(handle);
    const placesImported = await ensurePlacesImported(handle.db);
    if (placesImported) options.log?.info({ places: placesImported }, 'settlements imported');
    const demoSeeded = (await wantsDemoData(handle.db, options.seedDemo)) ? await seedDemoData(handle.db) : false;
    if (demoSeeded) options.log?.info('demo data seeded');
    return { placesImported, demoSeeded };
  });
}
