import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../db/connection.js';
import { prepareDatabase } from '../startup/prepare-database.js';

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
  await prepareDatabase(handle, { seedDemo: 'never' });
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

/** A new database with nothing in it (no migrations), as a first start in production finds it. */
export async function createEmptyDatabase(url: string): Promise<string> {
  const name = uniqueDatabaseName('kapocs_empty');
  await withAdminClient(url, (c) => c.query(`create database ${name}`));
  return name;
}
