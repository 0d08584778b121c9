import fs from 'node:fs';
import lockfile from 'proper-lockfile';

/**
 * PGlite has no lock of its own: a second process opening the same directory silently loses rows
 * (see docs/decisions/002-pglite-data-dir-lock.md). We hold an exclusive lock for the process's life.
 * A lock left by a killed process goes stale after STALE_MS and is then taken over.
 */
const STALE_MS = 4000;

export class DataDirLockedError extends Error {
  constructor(dir: string) {
    super(
      `The database directory ${dir} is in use by another Kapocs process. ` +
        'Stop that process first (only one process may open an embedded PGlite database).',
    );
  }
}

export async function lockDataDir(dir: string, waitForStaleMs = STALE_MS + 1500): Promise<() => Promise<void>> {
  fs.mkdirSync(dir, { recursive: true });
  try {
    return await lockfile.lock(dir, {
      stale: STALE_MS,
      update: 1000,
      realpath: false,
      lockfilePath: `${dir}.lock`,
      retries: { retries: Math.ceil(waitForStaleMs / 500), minTimeout: 500, maxTimeout: 500, factor: 1 },
      onCompromised: (err) => {
        // Another process took the lock over: continuing could lose data, so stop hard.
        console.error(`Lost the lock on ${dir}: ${err.message}`);
        process.exit(70);
      },
    });
  } catch (err) {
    if ((err as { code?: string }).code === 'ELOCKED') throw new DataDirLockedError(dir);
    throw err;
  }
}
