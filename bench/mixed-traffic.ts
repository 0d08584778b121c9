import { sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../src/db/database.js';
import { seededRandom } from '../src/test-support/seeded-random.js';
import type { LoadRequest } from './load.js';

/**
 * The "mixed traffic" scenario: 70 % distinct searches (settlement × radius × cause × sort × page),
 * 20 % opportunity pages and 10 % dashboards of logged-in demo accounts, drawn from a fixed seed so
 * every run replays the same 5,000 requests.
 */
const requestCount = 5000;
const dashboardAccounts = ['onkentes@kapocs.example', 'szervezet@kapocs.example', 'koordinator@kapocs.example'];

export async function mixedTraffic(db: Queryable, login: (email: string) => Promise<Record<string, string>>): Promise<LoadRequest[]> {
  const places = await queryRows<{ name: string; county: string }>(db, sql`select name, county from places where not is_summary order by id`);
  const causes = await queryRows<{ slug: string }>(db, sql`select slug from causes where active order by position, slug`);
  const opportunities = await queryRows<{ id: string }>(db, sql`select id from opportunities where status = 'published' order by id limit 20000`);
  const sessions = await Promise.all(dashboardAccounts.map(login));
  const r = seededRandom(13);
  return Array.from({ length: requestCount }, (): LoadRequest => {
    const kind = r.next();
    if (kind < 0.1) return { path: '/dashboard', headers: r.pick(sessions) };
    if (kind < 0.3) return { path: `/opportunities/${r.pick(opportunities).id}` };
    const place = r.pick(places);
    const query = new URLSearchParams({ place: `${place.name} (${place.county})`, radius: String(r.pick([5, 10, 25, 50])) });
    if (r.next() < 0.3 && causes.length) query.set('cause', r.pick(causes).slug);
    const sort = r.next();
    if (sort > 0.7) query.set('sort', sort > 0.9 ? 'date' : 'distance');
    if (r.next() < 0.2) query.set('page', String(2 + Math.floor(r.next() * 2)));
    return { path: `/opportunities?${query}` };
  });
}
