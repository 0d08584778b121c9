import { type LighthouseFigure, lighthouseTarget } from './lighthouse.js';
import type { MatchingFigure } from './matching.js';
import type { PageWeight } from './page-weight.js';
import type { ServerFigures } from './server-process.js';

/**
 * Issue 13's targets, checked against one run's figures. They hold for PostgreSQL at BENCH_SCALE=1
 * on the 2-core machine; on PGlite the same table is printed for information.
 */
export type ScenarioFigure = { name: string; connections: number; requestsPerSecond: number; p95Ms: number; ratioToBare: number | null };
export type Figures = {
  scenarios: ScenarioFigure[];
  matching: MatchingFigure[];
  weights: PageWeight[];
  server?: ServerFigures;
  lighthouse: LighthouseFigure[] | null;
  database: string;
};

type Check = { figure: string; measured: string; target: string; met?: boolean };

const ratio = (s: ScenarioFigure) => (s.ratioToBare === null ? '–' : s.ratioToBare.toFixed(3));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A scenario's checks: its ratio to the bare route and/or its p95 against the targets. */
function scenarioCheck(figures: Figures, name: string, label: string, target: { ratio?: number; p95Ms?: number }): Check[] {
  const rows: Check[] = [];
  for (const s of figures.scenarios.filter((x) => x.name === name || x.name === `${name} (cached)`)) {
    const cached = s.name.endsWith('(cached)');
    const measured = `${ratio(s)} of bare · ${Math.round(s.requestsPerSecond)} req/s · p95 ${s.p95Ms.toFixed(0)} ms`;
    const goals = [target.ratio !== undefined ? `≥ ${target.ratio} of bare` : '', target.p95Ms !== undefined ? `p95 ≤ ${target.p95Ms} ms` : ''].filter(Boolean);
    const met = (target.ratio === undefined || (s.ratioToBare ?? 0) >= target.ratio) && (target.p95Ms === undefined || s.p95Ms <= target.p95Ms);
    rows.push(
      cached
        ? { figure: `${label}, with the result cache`, measured, target: 'comparison' }
        : { figure: `${label} (${s.connections} conns)`, measured, target: goals.join(', ') || 'reported', met: goals.length ? met : undefined },
    );
  }
  return rows;
}

export function checkTargets(f: Figures): Check[] {
  const checks: Check[] = [
    ...scenarioCheck(f, 'floor: empty page', 'floor: the layout with an empty body', {}),
    ...scenarioCheck(f, 'floor: empty page + one query', 'floor: one `select 1`, then the empty layout', {}),
    ...scenarioCheck(f, 'floor: empty page @64', 'floor: the empty layout at 64 conns', {}),
    ...scenarioCheck(f, 'search page: every settlement', 'search, distinct searches', { ratio: 0.1, p95Ms: 200 }),
    ...scenarioCheck(f, 'search page: near Kecskemét', 'search near a place, by distance', { ratio: 0.25 }),
    ...scenarioCheck(f, 'search page', 'search page, no filter', {}),
    ...scenarioCheck(f, 'search page: text', 'search page, text query', {}),
    ...scenarioCheck(f, 'search API: text + cause', 'search API, text and cause', {}),
    ...scenarioCheck(f, 'volunteer suggestions', 'volunteer suggestions page', { p95Ms: 100 }),
    ...scenarioCheck(f, 'places search', 'places search /places?q=kecs', { ratio: 0.25 }),
    ...scenarioCheck(f, 'knowledge search', 'knowledge-base search over 5,000 articles (issue 14)', {}),
    ...scenarioCheck(f, 'inquiry statistics', 'inquiry statistics over 200,000 inquiries (issue 14)', {}),
    ...scenarioCheck(f, 'evidence pack: county', 'evidence pack of a county over 5 M approved hour entries (issue 15)', { p95Ms: 500 }),
    ...scenarioCheck(f, 'center reports', 'center reports dashboard of a year over 5 M approved hour entries (issue 15)', { p95Ms: 500 }),
    ...scenarioCheck(f, 'points comparison', 'points comparison of 200 points (issue 15)', { p95Ms: 300 }),
    ...scenarioCheck(f, 'admin: users', 'admin list: users', { ratio: 0.1 }),
    ...scenarioCheck(f, 'admin: audit log', 'admin list: audit log', { ratio: 0.1 }),
    ...scenarioCheck(f, 'mixed traffic', 'mixed traffic (70 % searches, 20 % details, 10 % dashboards)', {}),
  ];
  for (const m of f.matching) {
    checks.push({
      figure: `matching: ${m.name}`,
      measured: `p95 ${m.p95Ms.toFixed(1)} ms`,
      target: `p95 ≤ ${m.targetP95Ms} ms`,
      met: m.p95Ms <= m.targetP95Ms,
    });
  }
  for (const w of f.weights) {
    checks.push({ figure: `bytes, first visit: ${w.name}`, measured: kb(w.firstVisitBytes), target: '≤ 30 KB', met: w.firstVisitBytes <= 30 * 1024 });
    checks.push({ figure: `bytes, next page: ${w.name}`, measured: kb(w.nextPageBytes), target: '≤ 10 KB', met: w.nextPageBytes <= 10 * 1024 });
  }
  if (f.server) {
    const s = f.server;
    checks.push({
      figure: 'cold start on an existing database',
      measured: `${s.coldStartSeconds.toFixed(2)} s`,
      target: '≤ 2 s',
      met: s.coldStartSeconds <= 2,
    });
    checks.push({
      figure: 'memory of one app process (index built, pages served)',
      measured: `${s.rssAfterPagesMb} MB RSS (${s.rssAfterStartMb} MB after start; index in ${s.indexSeconds ?? '–'} s)`,
      ...(f.database === 'postgres' ? { target: '≤ 300 MB', met: s.rssAfterPagesMb <= 300 } : { target: 'reported (PGlite)' }),
    });
  }
  const goal = `performance and accessibility ≥ ${lighthouseTarget}`;
  if (!f.lighthouse) checks.push({ figure: 'Lighthouse (home, search, detail; mobile)', measured: 'not measured (no Chromium, or skipped)', target: goal });
  for (const l of f.lighthouse ?? []) {
    checks.push({
      figure: `Lighthouse, mobile: ${l.name}`,
      measured: `performance ${l.performance} · accessibility ${l.accessibility} (LCP ${(l.lcpMs / 1000).toFixed(1)} s, TBT ${l.tbtMs.toFixed(0)} ms)`,
      target: goal,
      met: l.performance >= lighthouseTarget && l.accessibility >= lighthouseTarget,
    });
  }
  return checks;
}

const mark = (c: Check) => (c.met === undefined ? '' : c.met ? '✓' : '✗');

/** The table as Markdown (printed and written to bench/results/latest.md). */
export function targetsMarkdown(checks: Check[]): string {
  const rows = checks.map((c) => `| ${c.figure} | ${c.measured} | ${c.target} | ${mark(c)} |`);
  return ['| figure | measured | target | |', '|---|---|---|---|', ...rows].join('\n');
}

export const missedTargets = (checks: Check[]) => checks.filter((c) => c.met === false);
