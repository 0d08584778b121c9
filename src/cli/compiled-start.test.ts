import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection.js';
import { queryRows } from '../db/database.js';
import { startServerProcess, waitUntilHealthy } from '../test-support/server-process.js';

/**
 * The production path as an operator runs it: `npm run build`, then the compiled JavaScript with
 * plain node (no TypeScript loader), NODE_ENV=production on an empty embedded database. Engine-
 * independent (the PostgreSQL start is in production-start.int.test.ts), so it runs once, here.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
let dataDir: string;
const secret = 'p'.repeat(48);

const productionEnv = () => ({
  PATH: process.env.PATH ?? '',
  NODE_ENV: 'production',
  SECRET_KEY: secret,
  BASE_URL: 'https://onkentes.example.hu',
  DATA_DIR: dataDir,
  PORT: '0',
  LOG_LEVEL: 'warn',
});

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kapocs-compiled-'));
  execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'pipe' });
}, 120_000);
afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the compiled app in production mode', () => {
  it('builds plain JavaScript: no .ts file, no tsx import, migrations beside migrate.js', () => {
    const files = fs.readdirSync(dist, { recursive: true }).map(String);
    expect(files).toContain('server.js');
    expect(files.filter((f) => /\.tsx?$/.test(f))).toEqual([]);
    expect(files.some((f) => f.startsWith(path.join('db', 'migrations')) && f.endsWith('.sql'))).toBe(true);
    expect(fs.readFileSync(path.join(dist, 'server.js'), 'utf8')).not.toMatch(/from ["']tsx/);
  });

  it('loads drizzle-orm from its bundle in dist/vendor, not from node_modules (scripts/vendor-bundles.mjs)', () => {
    const compiled = fs
      .readdirSync(dist, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.js') && !f.startsWith('vendor'));
    const bare = compiled.filter((f) => /(from\s*|import\s*\(\s*)["']drizzle-orm/.test(fs.readFileSync(path.join(dist, f), 'utf8')));
    expect(bare).toEqual([]);
    expect(fs.readFileSync(path.join(dist, 'db/connection.js'), 'utf8')).toMatch(/from "\.\.\/vendor\/drizzle-orm\/node-postgres\.js"/);
  });

  it('starts with plain node, creates no demo account, and stops cleanly on SIGTERM', async () => {
    const { PORT: _port, ...env } = productionEnv();
    const server = await startServerProcess({ ...env, SHUTDOWN_GRACE_SECONDS: '0' }, { compiled: true });
    try {
      await waitUntilHealthy(server, 90_000);
      expect(server.output()).not.toMatch(/demo/i);
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).toBe(0);
    const handle = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'db') });
    try {
      const [row] = await queryRows<{ users: string; places: string }>(
        handle.db,
        sql`select (select count(*) from users) as users, (select count(*) from places) as places`,
      );
      expect(Number(row?.users)).toBe(0);
      expect(Number(row?.places)).toBeGreaterThan(3000);
    } finally {
      await handle.close();
    }
  }, 120_000);

  it('refuses SEED_DEMO=auto and an http BASE_URL with a clear message', () => {
    const refused = spawnSync(process.execPath, [path.join(dist, 'server.js')], {
      env: { ...productionEnv(), SEED_DEMO: 'auto' },
      encoding: 'utf8',
    });
    expect(refused.status).toBe(78);
    expect(refused.stderr).toMatch(/SEED_DEMO=auto is refused in production/);
    const http = spawnSync(process.execPath, [path.join(dist, 'server.js')], {
      env: { ...productionEnv(), BASE_URL: 'http://onkentes.example.hu' },
      encoding: 'utf8',
    });
    expect(http.status).toBe(78);
    expect(http.stderr).toMatch(/BASE_URL must be an https:\/\/ address/);
  });

  it('admin:create prints a one-time link and never a password; a second run changes nothing', () => {
    const run = () =>
      spawnSync(process.execPath, [path.join(dist, 'cli/admin-create.js'), '--email', 'Elso.Admin@Kozpont.example', '--name', 'Első Admin Anna'], {
        env: productionEnv(),
        encoding: 'utf8',
      });
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('elso.admin@kozpont.example');
    expect(first.stdout).toMatch(/https:\/\/onkentes\.example\.hu\/reset-password\?token=\S{20,}/);
    expect(first.stdout).toMatch(/24/);
    expect(first.stdout.toLowerCase()).not.toMatch(/password:\s*\S|jelszó:\s*\S/);
    const second = run();
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/already has an account; nothing was changed/);
    expect(second.stdout).not.toContain('reset-password');
    const usage = spawnSync(process.execPath, [path.join(dist, 'cli/admin-create.js'), '--email', 'x@y.hu'], {
      env: productionEnv(),
      encoding: 'utf8',
    });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/familyName/);
  });
});
