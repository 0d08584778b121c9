import type { Logger } from 'pino';
import type { SeedDemoMode } from '../config.js';
import type { DatabaseHandle } from '../db/connection.js';
import { applyMigrationsUnderLock, startupLockKey } from '../db/migrate.js';
import { seedDemoData, wantsDemoData } from '../modules/demo/seed.js';
import { loadStarterTopics } from '../modules/inquiries/starter-topics.js';
import { loadStarterArticles } from '../modules/knowledge/starter/load-starter-articles.js';
import { ensurePlacesImported, hasPlaces } from '../modules/places/import.js';

export type PreparedDatabase = {
  placesImported: number;
  demoSeeded: boolean;
  /** Set when the settlements' check was left for later (`deferPlacesCheck`): run it once serving. */
  checkPlaces?: () => Promise<number>;
};

/**
 * Brings a database up to date before the app serves: migrations, then the settlements and the
 * knowledge base's starter articles, then (when SEED_DEMO asks for it) the demo data. All of it runs under ONE PostgreSQL advisory lock, so app processes starting
 * at once on a fresh database take turns: the first does the work, the others find it done (the
 * import's fingerprint and the seed's marker) instead of inserting the same rows and crashing on a
 * duplicate key (ADR 015). On PGlite the data-directory lock already keeps out a second process.
 *
 * The lock holds one pool connection while the work uses others, so the pool needs at least two.
 */
export async function prepareDatabase(
  handle: DatabaseHandle,
  options: { seedDemo: SeedDemoMode; log?: Pick<Logger, 'info'>; deferPlacesCheck?: boolean },
): Promise<PreparedDatabase> {
  return handle.withAdvisoryLock(startupLockKey, async () => {
    await applyMigrationsUnderLock(handle);
    // On a database that has its settlements, checking them against the CSV (parse, derive every
    // name's forms, hash: ~0.3 s of a cold start) need not delay serving: the server runs it, under
    // the same lock, right after it starts listening. An empty table is filled before serving.
    const deferred = options.deferPlacesCheck === true && (await hasPlaces(handle.db));
    const placesImported = deferred ? 0 : await ensurePlacesImported(handle.db);
    if (placesImported) options.log?.info({ places: placesImported }, 'settlements imported');
    const articlesLoaded = await loadStarterArticles(handle.db);
    if (articlesLoaded) options.log?.info({ articles: articlesLoaded }, 'knowledge base starter articles loaded');
    const topicsLoaded = await loadStarterTopics(handle.db);
    if (topicsLoaded) options.log?.info({ topics: topicsLoaded }, 'inquiry log starter topics loaded');
    const demoSeeded = (await wantsDemoData(handle.db, options.seedDemo)) ? await seedDemoData(handle.db) : false;
    if (demoSeeded) options.log?.info('demo data seeded');
    if (!deferred) return { placesImported, demoSeeded };
    return { placesImported, demoSeeded, checkPlaces: () => handle.withAdvisoryLock(startupLockKey, () => ensurePlacesImported(handle.db)) };
  });
}
