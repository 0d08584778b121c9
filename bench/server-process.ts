import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The production server as users run it (`node dist/server.js`, compiled), started on the bench's
 * database once the bench has let go of it: how long until it answers (cold start on an existing
 * database), and its resident memory once the search index is built and a few pages were served.
 */
export type ServerFigures = { coldStartSeconds: number; indexSeconds: number | null; rssAfterStartMb: number; rssAfterPagesMb: number };

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * The flags `npm start` gives node (package.json's start script, before scripts/launch.mjs): the
 * server is measured as users run it. `--max-semi-space-size=16` keeps V8's young generation at
 * Node 20's size; Node 24 grows it to 128 MB on a machine with this much memory, and an app
 * process keeps that resident after the index is built (~75 MB of its RSS).
 */
function startFlags(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const words = manifest.scripts.start.split(/\s+/);
  return words.slice(1, words.indexOf('scripts/launch.mjs')).filter((w) => w.startsWith('--'));
}

const rssMb = (pid: number) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
};

async function untilAnswers(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Runs the compiled server on the database (`DATABASE_URL`, or PGlite under `DATA_DIR`) and measures it. */
export async function measureServerProcess(database: { url: string } | { dataDir: string }, pagePaths: string[]): Promise<ServerFigures> {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    SECRET_KEY: 'bench-secret-key-that-is-long-enough-0000000',
    SEED_DEMO: 'never',
    ALLOW_HTTP: 'true',
    LOG_LEVEL: 'info',
    PORT: String(port),
    ...('url' in database ? { DATABASE_URL: database.url } : { DATA_DIR: database.dataDir }),
  };
  const startedAt = Date.now();
  const child = spawn(process.execPath, [...startFlags(), path.join(root, 'dist/server.js')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let indexSeconds: number | null = null;
  const indexReady = new Promise<void>((resolve) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const line = /"seconds":([\d.]+)[^\n]*search index ready/.exec(chunk.toString());
      if (line) {
        indexSeconds = Number(line[1]);
        resolve();
      }
    });
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await untilAnswers(`${base}/healthz`, child, 60_000);
    const coldStartSeconds = (Date.now() - startedAt) / 1000;
    await Promise.race([indexReady, new Promise((resolve) => setTimeout(resolve, 120_000))]);
    const rssAfterStartMb = rssMb(child.pid as number);
    for (const pagePath of pagePaths) await (await fetch(`${base}${pagePath}`)).text();
    return { coldStartSeconds, indexSeconds, rssAfterStartMb, rssAfterPagesMb: rssMb(child.pid as number) };
  } finally {
    // A graceful stop waits out the shutdown grace period; nothing here needs it.
    child.kill('SIGKILL');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
  }
}
