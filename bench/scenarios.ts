import { sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../src/db/database.js';
import type { LoadRequest } from './load.js';
import { mixedTraffic } from './mixed-traffic.js';
/**
 * What `npm run bench` measures. Each scenario is one URL (or a list of requests) hammered for the measured period; the one
 * marked `baseline` (a bare route on the same app) is what the others are compared with. Later
 * features add their pages here; `as` logs the request in as a demo account (see demo-accounts.ts).
 */
export type Scenario = {
  name: string;
  path: string;
  /** The demo account e-mail to log in as; anonymous when left out. */
  as?: string;
  baseline?: boolean;
  /** Measured on the app with the search's 10-second result cache; the others run without it. */
  cached?: boolean;
  /** Concurrent connections for this scenario; BENCH_CONNECTIONS (10) when left out. */
  connections?: number;
  /**
   * Requests to cycle through instead of `path` (which is then only the probe), read from the
   * database; `login` gives the headers of a demo account's session.
   */
  traffic?: (db: Queryable, login: (email: string) => Promise<Record<string, string>>) => Promise<LoadRequest[]>;
};

/** A search near each settlement in turn (3,178 distinct URLs), as a stream of distinct searches. */
async function nearEverySettlement(db: Queryable): Promise<LoadRequest[]> {
  const rows = await queryRows<{ name: string; county: string }>(db, sql`select name, county from places where not is_summary order by id`);
  return rows.map((r) => ({ path: `/opportunities?place=${encodeURIComponent(`${r.name} (${r.county})`)}&radius=10` }));
}

/** Staff pages that read report figures: a few readers at a time. */
const reportConnections = 2;

/** The public search is measured where the issue sets its target: 64 connections, next to the bare route at 64. */
const searchConnections = 64;

/** A search figure without the result cache (the target's row) and the same with it, for comparison. */
const withCachedTwin = (scenario: Scenario): Scenario[] => [scenario, { ...scenario, name: `${scenario.name} (cached)`, cached: true }];

export const scenarios: Scenario[] = [
  { name: 'bare route', path: '/__bench/bare', baseline: true },
  // The floor of a rendered page: the layout with an empty body, and the same after one `select 1`.
  { name: 'floor: empty page', path: '/__bench/empty-page' },
  { name: 'floor: empty page + one query', path: '/__bench/query-page' },
  { name: 'home page', path: '/' },
  { name: 'places search', path: '/places?q=kecs' },
  // The knowledge base over 5,000 published articles (knowledge-data-set.ts): an accent-insensitive search, uncached.
  { name: 'knowledge search', path: '/knowledge?q=szerzodes' },
  // The inquiry log's statistics of this year over 200,000 inquiries of every center (inquiry-data-set.ts), as the demo center's coordinator.
  { name: 'inquiry statistics', path: '/inquiries/stats', as: 'koordinator@kapocs.example' },
  // Issue 15's figures over 5 M approved hour entries (hours-data-set.ts), read from the trigger-kept summary (ADR 024).
  // Staff report pages: a few coordinators at a time, so measured at 2 connections (one per core), next to the bare route at 2.
  { name: 'bare route @2', path: '/__bench/bare', baseline: true, connections: reportConnections },
  { name: 'center reports', path: '/center/reports', as: 'koordinator@kapocs.example', connections: reportConnections },
  // The county's pack as the national admin: every center's hours in the county (the widest reach), this year against the last.
  { name: 'evidence pack: county', path: '/advocacy/evidence?area=county&county=B%C3%A1cs-Kiskun', as: 'admin@kapocs.example', connections: reportConnections },
  // The measured center's 200 points side by side, this year so far.
  { name: 'points comparison', path: '/center/points/compare', as: 'koordinator@kapocs.example', connections: reportConnections },
  // Admin lists over the generated data set (20,000 users, 50,000 audit entries), first page.
  { name: 'admin: users', path: '/admin/users', as: 'admin@kapocs.example' },
  { name: 'admin: audit log', path: '/admin/audit', as: 'admin@kapocs.example' },
  // Matching as a page: the demo volunteer's top-20 suggestions (the engine alone is measured in bench/matching.ts).
  { name: 'volunteer suggestions', path: '/volunteer/suggestions', as: 'onkentes@kapocs.example' },
  // Public opportunity search over the brokering data set (100,000 published opportunities on PostgreSQL).
  { name: 'bare route @64', path: '/__bench/bare', baseline: true, connections: searchConnections },
  { name: 'floor: empty page @64', path: '/__bench/empty-page', connections: searchConnections },
  ...withCachedTwin({ name: 'search page', path: '/opportunities', connections: searchConnections }),
  ...withCachedTwin({ name: 'search page: text', path: '/opportunities?q=onkentes+kornyezet', connections: searchConnections }),
  ...withCachedTwin({
    name: 'search page: near Kecskemét',
    path: '/opportunities?place=Kecskem%C3%A9t&radius=25&sort=distance',
    connections: searchConnections,
  }),
  ...withCachedTwin({
    name: 'search page: every settlement',
    path: '/opportunities?place=Baja&radius=10',
    traffic: nearEverySettlement,
    connections: searchConnections,
  }),
  ...withCachedTwin({ name: 'search API: text + cause', path: '/api/v1/opportunities?q=korrepetalas&cause=oktatas', connections: searchConnections }),
  { name: 'mixed traffic', path: '/opportunities', traffic: mixedTraffic, connections: searchConnections },
];
