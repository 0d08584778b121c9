import path from 'node:path';
import type { Config } from '../config.js';
import { type DatabaseHandle, openDatabase } from '../db/connection.js';

/** The database `npm start` would use: DATABASE_URL, or the embedded one under DATA_DIR. */
export function openConfiguredDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<DatabaseHandle> {
  return openDatabase(
    config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl, poolSize: 2 } : { kind: 'pglite', dataDir: path.join(config.dataDir, 'db') },
  );
}
