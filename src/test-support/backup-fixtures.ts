import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, inject } from 'vitest';
import { buildApp } from '../app.js';
import { type BackupTarget, openTargetSession } from '../db/backup/backup-target.js';
import { appSchemas } from '../db/backup/restore-guard.js';
import { type DatabaseHandle, openDatabase } from '../db/connection.js';
import { migrateDatabase } from '../db/migrate.js';
import { users } from '../db/schema/index.js';
import { seedDemoData } from '../modules/demo/seed.js';
import { ensurePlacesImported } from '../modules/places/import.js';
import { csrfCookieName } from '../platform/csrf.js';
import { sessionFor } from './factories.js';
import { createDatabaseFromTemplate, dropDatabase, urlForDatabase } from './postgres-admin.js';
import { testConfig } from './test-app.js';
import { TestClient } from './test-client.js';

/**
 * Real databases for the backup tests: the CLI works with DATA_DIR / DATABASE_URL, so PGlite
 * databases here live in temporary directories (not the in-memory copies of test-database.ts).
 */
export type TestTarget = { target: BackupTarget; env: Record<string, string>; dispose(): Promise<void> };

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `kapocs-${prefix}-`));
}

function pgliteTarget(dataDir: string): TestTarget {
  return {
    target: { kind: 'pglite', dir: path.join(dataDir, 'db') },
    env: { DATA_DIR: dataDir },
    dispose: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

function postgresTarget(name: string): TestTarget {
  const adminUrl = process.env.TEST_DATABASE_URL as string;
  const url = urlForDatabase(adminUrl, name);
  return { target: { kind: 'postgres', url }, env: { DATABASE_URL: url }, dispose: () => dropDatabase(adminUrl, name) };
}

/** An empty database (no tables) on the given engine: a restore's target. */
export async function createEmptyTarget(kind: BackupTarget['kind']): Promise<TestTarget> {
  if (kind === 'pglite') return pgliteTarget(tempDir('restore'));
  return postgresTarget(await createDatabaseFromTemplate(process.env.TEST_DATABASE_URL as string, 'template0'));
}

export function openTestTarget(target: BackupTarget): Promise<DatabaseHandle> {
  return target.kind === 'postgres' ? openDatabase({ kind: 'postgres', url: target.url, poolSize: 2 }) : openDatabase({ kind: 'pglite', dataDir: target.dir });
}

/**
 * A migrated database with the settlements and the demo data, plus one logged-in session of the
 * demo center admin (the session row travels with the backup). PGlite starts from the run's template
 * tarball when the project provides one, else migrates from scratch (the PostgreSQL project).
 */
export async function createSeededTarget(kind: BackupTarget['kind']): Promise<TestTarget & { sessionToken: string }> {
  let made: TestTarget;
  let handle: DatabaseHandle;
  if (kind === 'postgres') {
    made = postgresTarget(await createDatabaseFromTemplate(process.env.TEST_DATABASE_URL as string, inject('postgresTemplate')));
    handle = await openTestTarget(made.target);
  } else {
    made = pgliteTarget(tempDir('source'));
    const dir = (made.target as { dir: string }).dir;
    const template = inject('pgliteTemplate');
    if (template) {
      handle = await openDatabase({ kind: 'pglite', dataDir: dir, loadDataDir: new Blob([fs.readFileSync(template)]) });
    } else {
      handle = await openDatabase({ kind: 'pglite', dataDir: dir });
      await migrateDatabase(handle);
      await ensurePlacesImported(handle.db);
    }
  }
  try {
    await seedDemoData(handle.db);
    const [admin] = await handle.db.select().from(users).where(eq(users.email, 'kozpont.admin@kapocs.example'));
    const sessionToken = await sessionFor(handle.db, (admin as { id: string }).id);
    return { ...made, sessionToken };
  } finally {
    await handle.close();
  }
}

/** What a backup test works on: a seeded database to back up, an empty one to restore into, a folder for the files. */
export type BackupScene = { source: TestTarget & { sessionToken: string }; restored: TestTarget; files: string };

/**
 * Registers the `beforeAll` that makes a backup scene and the `afterAll` that removes it; the
 * returned object is filled in once `beforeAll` has run. The restore target's engine defaults to the source's.
 */
export function useBackupScene(sourceKind: BackupTarget['kind'], restoredKind: BackupTarget['kind'] = sourceKind): BackupScene {
  const scene = {} as BackupScene;
  beforeAll(async () => {
    scene.files = tempDir('backup-files');
    scene.source = await createSeededTarget(sourceKind);
    scene.restored = await createEmptyTarget(restoredKind);
  });
  afterAll(async () => {
    await scene.source?.dispose();
    await scene.restored?.dispose();
    if (scene.files) fs.rmSync(scene.files, { recursive: true, force: true });
  });
  return scene;
}

export type TableFingerprint = { rows: number; md5: string };

/** Every app table's row count and an md5 over its rows' text in a fixed order. */
export async function fingerprintTables(target: BackupTarget): Promise<Record<string, TableFingerprint>> {
  const session = await openTargetSession(target);
  try {
    // Row text of timestamps depends on the session's time zone; both sides must print alike.
    await session.exec(`SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET extra_float_digits = 1;`);
    const tables = await session.query<{ schemaname: string; tablename: string }>(
      `select schemaname, tablename from pg_catalog.pg_tables
        where schemaname in (${appSchemas.map((s) => `'${s}'`).join(', ')}) order by 1, 2`,
    );
    const result: Record<string, TableFingerprint> = {};
    for (const { schemaname, tablename } of tables) {
      const [row] = await session.query<{ rows: number; md5: string }>(
        `select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as md5
           from "${schemaname}"."${tablename}" t`,
      );
      result[`${schemaname}.${tablename}`] = row as TableFingerprint;
    }
    return result;
  } finally {
    await session.close();
  }
}

export type PageSnapshot = Record<string, { status: number; body: string }>;

/**
 * What the app serves over the database: public pages and one page behind the login. The CSRF
 * cookie is fixed so that two apps with the same secret render identical forms.
 */
export async function snapshotPages(target: BackupTarget, urls: string[], sessionToken: string): Promise<PageSnapshot> {
  const handle = await openTestTarget(target);
  const config = testConfig();
  const app = await buildApp({ db: handle.db, dbHandle: handle, config });
  try {
    await app.ready();
    const snapshot: PageSnapshot = {};
    for (const url of urls) {
      const client = new TestClient(app, config.secretKey);
      client.cookies.set(csrfCookieName, 'backup-test-csrf-seed-0123456789');
      if (url.startsWith('/admin')) client.setSession(sessionToken);
      const res = await client.get(url);
      snapshot[url] = { status: res.statusCode, body: res.body };
    }
    return snapshot;
  } finally {
    await app.close();
    await handle.close();
  }
}
