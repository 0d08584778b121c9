import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../db/connection.js';
import { migrateDatabase } from '../db/migrate.js';
import { ensurePlacesImported } from '../modules/places/import.js';

/** The same server URL pointing at another database name. */
export function urlForDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function withAdminClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

export async function createTemplateDatabase(url: string): Promise<string> {
  const name = uniqueDatabaseName('kapocs_tpl');
  await withAdminClient(url, (c) => c.query(`create database ${name}`));
  const handle = await openDatabase({ kind: 'postgres', url: urlForDatabase(url, name), poolSize: 2 });
  await migrateDatabase(handle);
  await ensurePlacesImported(handle.db);
  await handle.close();
  return name;
}

export async function createDatabaseFromTemplate(url: string, template: string): Promise<string> {
  const name = uniqueDatabaseName('kapocs_t');
  await withAdminClient(url, (c) => c.query(`create database ${name} template ${template}`));
  return name;
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  await withAdminClient(url, (c) => c.query(`drop database if exists ${name} with (force)`));
}
