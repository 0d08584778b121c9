import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { type DatabaseHandle, openDatabase } from '../src/db/connection.js';
import { queryRows } from '../src/db/database.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { users } from '../src/db/schema/index.js';
import { seedDemoData } from '../src/modules/demo/seed.js';
import { ensurePlacesImported } from '../src/modules/places/import.js';
import { publishedIndexReady } from '../src/modules/search/published-index-sync.js';
import { sendPage } from '../src/platform/page.js';
import { createSession, sessionCookieName } from '../src/platform/sessions.js';
import { generateBrokeringDataSet, scaledSize } from './brokering-data-set.js';
import { defaultSize, generateDataSet } from './data-set.js';
import { measureEventDay, printEventDay, runEventDayBenchAlone } from './event-day.js';
import { generateHoursDataSet, scaledHoursSize } from './hours-data-set.js';
import { generateInquiryDataSet } from './inquiry-data-set.js';
import { generateKnowledgeDataSet } from './knowledge-data-set.js';
import { measureLighthouse, printLighthouse } from './lighthouse.js';
import type { LoadJob, LoadResult } from './load.js';
import { type MatchingFigure, measureMatching, printMatching } from './matching.js';
import { measurePageWeight, type PageWeight } from './page-weight.js';
import { profiled } from './profile.js';
import { type Scenario, scenarios } from './scenarios.js';
import { measureServerProcess } from './server-process.js';
import { checkTargets, type Figures, missedTargets, targetsMarkdown } from './targets.js';

/**
 * `npm run bench`: a fresh database (PGlite in a temp dir, or BENCH_DATABASE_URL), the demo data and
 * a generated data set, the real app plus a bare route, then every scenario measured in one run and
 * compared with the bare route. Results: the printed table and bench/results/latest.json.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const seconds = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const durationSeconds = seconds('BENCH_DURATION', 10);
const warmupSeconds = seconds('BENCH_WARMUP', 2);
const connections = seconds('BENCH_CONNECTIONS', 10);
const matchingSamples = seconds('BENCH_MATCH_SAMPLES', 200);
/** Only the data set and the in-process matching figures (no HTTP load). */
const skipHttp = process.env.BENCH_SKIP_HTTP === '1';
/** Only the scenarios whose name contains one of these comma-separated texts (and the bare-route baselines), e.g. BENCH_ONLY=search,admin. */
const only = process.env.BENCH_ONLY?.split(',').filter(Boolean);
const chosenScenarios = skipHttp ? [] : scenarios.filter((s) => !only?.length || s.baseline || only.some((text) => s.name.includes(text)));

function log(message: string) {
  process.stderr.write(`bench: ${message}\n`);
}

/** The bench's database, and how the compiled server finds the same one (DATABASE_URL, or DATA_DIR whose db/ it opens). */
async function openBenchDatabase(): Promise<{ handle: DatabaseHandle; cleanup: () => void; serverTarget: { url: string } | { dataDir: string } }> {
  const url = process.env.BENCH_DATABASE_URL;
  if (url) return { handle: await openDatabase({ kind: 'postgres', url }), cleanup: () => {}, serverTarget: { url } };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kapocs-bench-'));
  return {
    handle: await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'db') }),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
    serverTarget: { dataDir: dir },
  };
}

/** Runs the load generator in its own process, so it does not steal the server's event loop. */
function load(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'load.ts')], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    // On stdin: a list of paths can be longer than a command line may be.
    child.stdin.end(JSON.stringify(job));
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as LoadResult) : reject(new Error(`load generator exited with ${code}`))));
  });
}

async function headersFor(handle: DatabaseHandle, scenario: Scenario): Promise<Record<string, string>> {
  if (!scenario.as) return {};
  const [user] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, scenario.as));
  if (!user) throw new Error(`scenario "${scenario.name}": no account ${scenario.as}`);
  return { cookie: `${sessionCookieName}=${await createSession(handle.db, user.id)}` };
}

type Row = Scenario & LoadResult & { connections: number };

/** The bare-route row measured at the same number of connections, to compare with. */
const baselineFor = (rows: Row[], row: Row) => rows.find((r) => r.baseline && r.connections === row.connections);

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function printTable(rows: Row[]) {
  const head = ['scenario', 'conns', 'req/s', 'p50 ms', 'p95 ms', 'req/s ÷ bare', 'p50 ÷ bare'];
  const body = rows
    .map((r) => [r, baselineFor(rows, r)] as const)
    .map(([r, baseline]) => [
      r.name,
      String(r.connections),
      r.requestsPerSecond.toFixed(0),
      r.p50Ms.toFixed(2),
      r.p95Ms.toFixed(2),
      baseline ? (r.requestsPerSecond / baseline.requestsPerSecond).toFixed(3) : '',
      baseline ? (r.p50Ms / baseline.p50Ms).toFixed(2) : '',
    ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
  console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n'));
}

const benchSecret = randomBytes(32).toString('hex');

/** The real app plus the bare route the others are compared with: same process, same hooks, no page and no query of its own. */
async function startApp(handle: DatabaseHandle, config: ReturnType<typeof loadConfig>) {
  const app = await buildApp({ db: handle.db, dbHandle: handle, config });
  app.get('/__bench/bare', { config: { access: 'public' } }, async () => ({ ok: true }));
  // Floors: what any rendered page costs at least — the layout with an empty body, then the same after one trivial query.
  app.get('/__bench/empty-page', { config: { access: 'public' } }, async (req, reply) => sendPage(req, reply, 'Kapocs', ''));
  app.get('/__bench/query-page', { config: { access: 'public' } }, async (req, reply) => {
    await queryRows(handle.db, sql`select 1 as one`);
    return sendPage(req, reply, 'Kapocs', '');
  });
  await app.ready();
  return { app, address: await app.listen({ host: '127.0.0.1', port: 0 }) };
}

/** Pages the compiled server serves before its memory is read: the home page and searches near a few settlements. */
const serverPagePaths = [
  '/',
  '/opportunities',
  ...['Kecskemét', 'Szeged', 'Debrecen', 'Pécs', 'Győr', 'Baja'].map((p) => `/opportunities?place=${encodeURIComponent(p)}&radius=25`),
];
const skipServer = process.env.BENCH_SKIP_SERVER === '1';

async function main() {
  const { handle, cleanup, serverTarget } = await openBenchDatabase();
  let report:
    | (Omit<Figures, 'weights'> & Record<string, unknown> & { at: string; node: string; cpus: number; scale: number; pageWeight: PageWeight[] })
    | undefined;
  let scale = 0;
  try {
    let t = Date.now();
    await migrateDatabase(handle);
    await ensurePlacesImported(handle.db);
    const seedStarted = Date.now();
    // The demo seed's budget is < 5 s on PGlite (first start of a fresh install); reported, not asserted.
    if (await seedDemoData(handle.db)) log(`demo seed in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);
    await generateDataSet(handle.db);
    await generateKnowledgeDataSet(handle.db);
    await generateInquiryDataSet(handle.db);
    // National scale on PostgreSQL, 1/20 of it on PGlite (single process, in memory-ish), unless BENCH_SCALE says otherwise.
    scale = Number(process.env.BENCH_SCALE ?? (handle.kind === 'postgres' ? 1 : 0.05));
    const brokeringSize = scaledSize(scale);
    log(`brokering data set at scale ${scale}: ${JSON.stringify(brokeringSize)}`);
    await generateBrokeringDataSet(handle.db, brokeringSize, log);
    const hoursSize = scaledHoursSize(scale);
    log(`hours data set: ${JSON.stringify(hoursSize)}`);
    await generateHoursDataSet(handle.db, hoursSize, log);
    log(`database ${handle.label} ready in ${((Date.now() - t) / 1000).toFixed(1)} s`);

    // The search index is built first: matching reads its short lists from it, as the app does once started.
    t = Date.now();
    const index = await publishedIndexReady(handle.db);
    log(`search index: ${index?.byId.size ?? 0} opportunities in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    const matching: MatchingFigure[] = matchingSamples > 0 ? await measureMatching(handle.db, matchingSamples) : [];
    if (matching.length > 0) printMatching(matching);
    const eventDay = measureEventDay();
    printEventDay(eventDay);

    const configFor = (searchCacheSeconds: number) =>
      loadConfig({
        NODE_ENV: 'production',
        SECRET_KEY: benchSecret,
        LOG_LEVEL: 'silent',
        SEED_DEMO: 'never',
        ALLOW_HTTP: 'true',
        SEARCH_CACHE_SECONDS: String(searchCacheSeconds),
      });
    // Two apps over one database: the search's figures are measured without its result cache (the
    // path distinct searches take), and again with it ("(cached)" rows) for comparison.
    const started = await Promise.all([startApp(handle, configFor(0)), startApp(handle, configFor(10))]);
    const [address, cachedAddress] = started.map((s) => s.address) as [string, string];

    const rows: Row[] = [];
    for (const scenario of chosenScenarios) {
      const headers = await headersFor(handle, scenario);
      const url = `${scenario.cached ? cachedAddress : address}${scenario.path}`;
      const probe = await fetch(url, { headers });
      if (probe.status !== 200) throw new Error(`scenario "${scenario.name}": ${scenario.path} answers ${probe.status}, not 200`);
      const conns = scenario.connections ?? connections;
      const login = (email: string) => headersFor(handle, { name: scenario.name, path: '/', as: email });
      const requests = scenario.traffic ? await scenario.traffic(handle.db, login) : undefined;
      t = Date.now();
      if (warmupSeconds > 0) await load({ url, connections: conns, durationSeconds: warmupSeconds, headers, requests });
      const measure = () => load({ url, connections: conns, durationSeconds, headers, requests });
      const result = scenario.baseline ? await measure() : await profiled(path.join(here, 'results', 'profiles'), scenario.name, measure);
      if (result.non2xx > 0 || result.errors > 0) log(`${scenario.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      rows.push({ ...scenario, ...result, connections: conns });
      log(`${scenario.name}: ${result.requestsPerSecond.toFixed(0)} req/s (${((Date.now() - t) / 1000).toFixed(0)} s)`);
    }
    const weights: PageWeight[] = [];
    const detail = /href="(\/opportunities\/[0-9a-f-]{36})"/.exec(await (await fetch(`${address}/opportunities`)).text())?.[1];
    const weighed = [
      { name: 'home', path: '/', as: undefined },
      { name: 'search', path: '/opportunities', as: undefined },
      ...(detail ? [{ name: 'opportunity detail', path: detail, as: undefined }] : []),
      { name: 'dashboard (volunteer)', path: '/dashboard', as: 'onkentes@kapocs.example' },
    ];
    for (const page of weighed) {
      weights.push(await measurePageWeight(address, { ...page, headers: await headersFor(handle, { name: page.name, path: page.path, as: page.as }) }));
    }
    const lighthouseFigures = await measureLighthouse(
      address,
      weighed.filter((p) => !p.as),
    );
    if (lighthouseFigures) printLighthouse(lighthouseFigures);
    for (const { app } of started) await app.close();

    if (rows.length > 0) printTable(rows);
    console.log(
      [
        'page weight (on the wire)  first visit  next page  encoding',
        ...weights.map((w) => `${w.name.padEnd(26)} ${kb(w.firstVisitBytes).padStart(11)} ${kb(w.nextPageBytes).padStart(10)}  ${w.encoding}`),
      ].join('\n'),
    );
    const scenarioFigures = rows
      .map((r) => [r, baselineFor(rows, r)] as const)
      .map(([r, baseline]) => ({
        name: r.name,
        path: r.path,
        as: r.as ?? null,
        connections: r.connections,
        requestsPerSecond: Math.round(r.requestsPerSecond),
        p50Ms: r.p50Ms,
        p95Ms: r.p95Ms,
        ratioToBare: baseline ? r.requestsPerSecond / baseline.requestsPerSecond : null,
        non2xx: r.non2xx,
        errors: r.errors,
      }));
    report = {
      at: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      database: handle.kind,
      scale,
      dataSet: defaultSize,
      brokeringDataSet: brokeringSize,
      hoursDataSet: scaledHoursSize(scale),
      matching,
      eventDay,
      pageWeight: weights,
      lighthouse: lighthouseFigures ?? null,
      connections,
      durationSeconds,
      warmupSeconds,
      scenarios: scenarioFigures,
    };
  } finally {
    await handle.close();
  }
  try {
    // The compiled server on the same database, once the bench has let go of it (PGlite allows one process).
    if (report && !skipServer) {
      report.server = await measureServerProcess(serverTarget, serverPagePaths);
    }
  } finally {
    cleanup();
  }
  if (!report) return;
  const checks = checkTargets({ ...report, weights: report.pageWeight });
  const table = targetsMarkdown(checks);
  const heading = `# Benchmark targets (issue 13)\n\n${report.at} · ${report.database} at scale ${report.scale} · Node ${report.node} · ${report.cpus} cores\n\n`;
  console.log(`\n${table}`);
  fs.mkdirSync(path.join(here, 'results'), { recursive: true });
  fs.writeFileSync(path.join(here, 'results', 'latest.json'), `${JSON.stringify({ ...report, targets: checks }, null, 2)}\n`);
  fs.writeFileSync(path.join(here, 'results', 'latest.md'), `${heading}${table}\n`);
  log('written to bench/results/latest.json and latest.md');
  const missed = missedTargets(checks);
  if (process.env.BENCH_CHECK === '1' && missed.length > 0) {
    log(`${missed.length} target(s) missed: ${missed.map((c) => c.figure).join('; ')}`);
    process.exitCode = 1;
  }
}

if (process.argv[2] === 'event-day') runEventDayBenchAlone();
else
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
