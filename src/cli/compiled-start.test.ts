import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection.js';
import { queryRows } from '../db/database.js';

/**
 * The production path as an operator runs it: `npm run build`, then the compiled JavaScript with
 * plain node (no TypeScript loader), NODE_ENV=production on an empty embedded database. Engine-
 * independent (the PostgreSQL start is in production-start.int.test.ts), so it runs once, here.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');
let dataDir: string;
const secret = 'p'.repeat(48);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const productionEnv = (port: number) => ({
  PATH: process.env.PATH ?? '',
  NODE_ENV: 'production',
  SECRET_KEY: secret,
  BASE_URL: 'https://onkentes.example.hu',
  DATA_DIR: dataDir,
  PORT: String(port),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
});

async function waitForHealth(url: string, child: ChildProcess): Promise<number> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      return (await fetch(url)).status;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error('server did not answer');
}

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

  it('starts with plain node, creates no demo account, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(dist, 'server.js')], { env: productionEnv(port), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    try {
      expect(await waitForHealth(`http://127.0.0.1:${port}/healthz`, child)).toBe(200);
      expect(output).not.toMatch(/demo/i);
      expect(output).not.toContain('Kapocs-demo');
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
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
      env: { ...productionEnv(0), SEED_DEMO: 'auto' },
      encoding: 'utf8',
    });
    expect(refused.status).toBe(78);
    expect(refused.stderr).toMatch(/SEED_DEMO=auto is refused in production/);
    const http = spawnSync(process.execPath, [path.join(dist, 'server.js')], {
      env: { ...productionEnv(0), BASE_URL: 'http://onkentes.example.hu' },
      encoding: 'utf8',
    });
    expect(http.status).toBe(78);
    expect(http.stderr).toMatch(/BASE_URL must be an https:\/\/ address/);
  });

  it('admin:create prints a one-time link and never a password; a second run changes nothing', () => {
    const run = () =>
      spawnSync(process.execPath, [path.join(dist, 'cli/admin-create.js'), '--email', 'Elso.Admin@Kozpont.example', '--name', 'Első Admin Anna'], {
        env: productionEnv(0),
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
      env: productionEnv(0),
      encoding: 'utf8',
    });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/familyName/);
  });
});
