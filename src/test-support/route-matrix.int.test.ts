import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RegisteredRoute } from '../app.js';
import { can, type Permission } from '../platform/authz.js';
import { csrfTokenFor } from '../platform/csrf.js';
import {
  actorOf,
  anonymousPersonaName,
  buildCast,
  type Cast,
  createPathFixtures,
  fillPath,
  foreignCenterAdminName,
  type PathFixtures,
  pathParams,
  personaHeaders,
  personaNames,
  routesWithFixtures,
  strangerPersonaNames,
  tenantBoundParams,
  type WriteFixturePool,
  writeFixturePool,
} from './personas.js';
import { createTestApp, type TestApp } from './test-app.js';

// Each test walks every registered route for a persona: it grows with the app, so it gets minutes, not
// the default 30 s (the whole file runs in about 70 s on an idle 2-core machine).
vi.setConfig({ testTimeout: 600_000, hookTimeout: 600_000 });

/**
 * The route × role × tenant matrix. Routes come from app.routeCatalog (never a hand-kept list), so
 * every route that lands later is covered without editing this file. For each route and persona:
 * no 5xx; anonymous visitors are sent to the login page; a role without the route's permission gets
 * 403; the admin of center B gets 403/404 for anything of center A, while the national admin and
 * center A's admin get the pages they hold the permission for.
 */
let t: TestApp;
let cast: Cast;
let readFixtures: PathFixtures;
let writes: WriteFixturePool;

beforeAll(async () => {
  t = await createTestApp();
  cast = await buildCast(t.db);
  // GETs change nothing, so one fixture set serves them; point A is the point persona's own point.
  readFixtures = await createPathFixtures(t.db, cast.tenants, { pointId: cast.tenants.pointA });
  writes = writeFixturePool(t.db, cast.tenants);
});
afterAll(async () => {
  await t?.close();
});

type Finding = { method: string; url: string; persona: string; status: number; expected: string; location?: string };

function table(findings: Finding[]): string {
  const rows = findings.map((f) =>
    [f.method.padEnd(6), f.url.padEnd(58), f.persona.padEnd(20), String(f.status).padEnd(4), f.expected, f.location ? `→ ${f.location}` : '']
      .join(' ')
      .trimEnd(),
  );
  return [
    `${findings.length} route × persona check(s) failed:`,
    'method url                                                        persona              got  expected',
    ...rows,
  ].join('\n');
}

const isRead = (route: RegisteredRoute) => route.method === 'GET';
const isApi = (url: string) => url.startsWith('/api/');

/** What the persona must get from the route; null when only "no 5xx" is required. */
function expectationFor(route: RegisteredRoute, personaName: string): { ok: (status: number, location: string) => boolean; text: string } | null {
  const persona = cast.personas.get(personaName);
  if (!persona) throw new Error(`unknown persona ${personaName}`);
  const gated = route.access === 'authenticated' || route.access === 'permission';
  if (gated && personaName === anonymousPersonaName) {
    if (isRead(route) && !isApi(route.url)) {
      return { ok: (s, loc) => s === 303 && loc.startsWith('/login'), text: '303 → /login' };
    }
    return { ok: (s) => s === 401 || s === 403, text: '401/403' };
  }
  const permission = route.config?.permission as Permission | undefined;
  if (route.access === 'permission' && (!permission || !can(actorOf(persona), permission))) {
    return { ok: (s) => s === 403, text: `403 (lacks ${permission ?? 'a declared permission'})` };
  }
  const carriesTenantA = pathParams(route.url).some((p) => tenantBoundParams.has(p));
  if (personaName === foreignCenterAdminName && route.access !== 'public' && carriesTenantA) {
    return { ok: (s) => s === 403 || s === 404, text: '403/404 (center A data)' };
  }
  // And the other way round: those who hold the permission where the data lives get the page.
  // (Only the national admin and center A's admin, whose reach is beyond doubt; other roles may
  // need more than a grant, e.g. a membership, which the fixtures do not build.)
  if (isRead(route) && route.access === 'permission' && permission) {
    const scope = carriesTenantA ? { centerId: cast.tenants.centerA, pointId: cast.tenants.pointA } : undefined;
    const clearlyAllowed = personaName === 'national_admin' || (personaName === 'center_admin' && carriesTenantA);
    if (clearlyAllowed && can(actorOf(persona), permission, scope)) return { ok: (s) => s === 200, text: `200 (holds ${permission})` };
  }
  return null;
}

async function check(route: RegisteredRoute, personaName: string): Promise<Finding | null> {
  const write = !isRead(route);
  // A write gets its own session and unspoiled fixtures: logging out or deleting must not spoil later checks.
  const session = await cast.sessionOf(personaName);
  const fixtures = write ? await writes.get() : readFixtures;
  const url = fillPath(route.url, fixtures);
  const { cookie, csrfToken } = personaHeaders(t.config.secretKey, session);
  const res = await t.app.inject({
    method: route.method as 'GET',
    url,
    headers: write ? { cookie, 'content-type': 'application/x-www-form-urlencoded' } : { cookie },
    payload: write ? new URLSearchParams({ _csrf: csrfToken }).toString() : undefined,
  });
  if (write) writes.answered(fixtures, res.statusCode);
  const location = String(res.headers.location ?? '');
  const base = { method: route.method, url, persona: personaName, status: res.statusCode, location: location || undefined };
  if (res.statusCode >= 500) return { ...base, expected: '< 500' };
  const expectation = expectationFor(route, personaName);
  if (expectation && !expectation.ok(res.statusCode, location)) return { ...base, expected: expectation.text };
  return null;
}

describe('route catalog', () => {
  it('lists the routes of every module with their declared access', () => {
    const urls = t.app.routeCatalog.map((r) => `${r.method} ${r.url}`);
    expect(urls).toContain('GET /');
    expect(urls).toContain('GET /healthz');
    for (const route of t.app.routeCatalog) {
      expect(['public', 'guest', 'authenticated', 'permission']).toContain(route.access);
      if (route.access === 'permission') expect(route.config?.permission, `${route.method} ${route.url}`).toBeTruthy();
    }
  });

  it('has a fixture for every path parameter', () => {
    const missing = new Set<string>();
    for (const route of t.app.routeCatalog) {
      try {
        fillPath(route.url, readFixtures);
      } catch (err) {
        missing.add(`${route.method} ${route.url}: ${(err as Error).message}`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});

describe('route × persona matrix (GET, and writes with a valid CSRF token and an empty form)', () => {
  it.each(personaNames)('%s gets what the route declares, and never a 5xx', async (personaName) => {
    const findings: Finding[] = [];
    for (const route of routesWithFixtures(t.app.routeCatalog, readFixtures)) {
      const finding = await check(route, personaName);
      if (finding) findings.push(finding);
    }
    if (findings.length) throw new Error(table(findings));
  });
});

describe('CSRF on every state-changing route', () => {
  const csrfWrites = () => routesWithFixtures(t.app.routeCatalog, readFixtures).filter((r) => !isRead(r) && r.config?.csrf !== false);

  it.each([anonymousPersonaName, 'national_admin'])('refuses a %s form post without a valid token (403)', async (personaName) => {
    const findings: Finding[] = [];
    for (const route of csrfWrites()) {
      const session = await cast.sessionOf(personaName);
      const fixtures = await writes.get();
      const url = fillPath(route.url, fixtures);
      const { cookie } = personaHeaders(t.config.secretKey, session);
      const attempts = [
        { name: 'no token', payload: 'name=x' },
        { name: 'forged token', payload: '_csrf=forged-token-value&name=x' },
      ];
      for (const attempt of attempts) {
        const res = await t.app.inject({
          method: route.method as 'POST',
          url,
          headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
          payload: attempt.payload,
        });
        writes.answered(fixtures, res.statusCode);
        if (res.statusCode !== 403) {
          findings.push({ method: route.method, url, persona: personaName, status: res.statusCode, expected: `403 (${attempt.name})` });
        }
      }
    }
    if (findings.length) throw new Error(table(findings));
  });

  it('refuses a header token that belongs to another browser (another CSRF cookie)', async () => {
    const findings: Finding[] = [];
    const session = await cast.sessionOf('national_admin');
    const mine = personaHeaders(t.config.secretKey, session);
    const othersToken = csrfTokenFor(t.config.secretKey, 'someone-elses-csrf-seed');
    for (const route of csrfWrites()) {
      const fixtures = await writes.get();
      const url = fillPath(route.url, fixtures);
      const res = await t.app.inject({
        method: route.method as 'POST',
        url,
        headers: { cookie: mine.cookie, 'x-csrf-token': othersToken },
      });
      writes.answered(fixtures, res.statusCode);
      if (res.statusCode !== 403) findings.push({ method: route.method, url, persona: 'national_admin', status: res.statusCode, expected: '403' });
    }
    if (findings.length) throw new Error(table(findings));
  });
});

/**
 * Ids that are public by design: anyone (or any volunteer) may use them, whoever owns the record. Every
 * other route with an id must refuse a stranger. Add a route here only with the reason it is public.
 */
const publicByDesign: ReadonlyMap<string, string> = new Map([
  ['GET /opportunities/:opportunityId', 'a published opportunity is a public page'],
  ['GET /organizations/:organizationId', "an approved organization's profile is a public page (its internals are not shown to strangers)"],
  ['POST /opportunities/:opportunityId/apply', 'every volunteer may apply to a published opportunity'],
  ['POST /shifts/:shiftId/signup', 'every volunteer may sign up for a shift of a published opportunity'],
  ['GET /shifts/:shiftId/calendar.ics', "a published shift's calendar entry is public, like its opportunity"],
  ['GET /certificates/verify/:code', 'certificate verification is public: the code is what the holder shows'],
  ['GET /iksz/verify/:ikszCode', 'an IKSZ transfer certificate is verified in public: the code is what the new school is shown'],
  ['GET /places/:placeId', 'settlements are public reference data'],
  ['GET /programs/:programSlug', "a published program's page is public (a draft or closed one answers 404 to everyone)"],
  ['GET /hospital/:rosterProgramId/roster', "a published hospital program's ward roster is open to every volunteer, like a published opportunity"],
  ['POST /hospital/:rosterProgramId/roster', 'every volunteer may sign up to a slot of a published hospital program (the common eligibility check decides)'],
  ['GET /knowledge/:slug', 'a published knowledge-base article is public information (a draft answers 404 to everyone)'],
  ['GET /knowledge/:slug/print', 'the printable version of a published article is as public as the article'],
  ['GET /calendar/:token', 'the secret token is the key; the feed has no session to check'],
  ['GET /check-in/:checkInCode', 'the code shown at the venue is the key: any signed-up volunteer scans it'],
  ['POST /check-in/:checkInCode', 'the code shown at the venue is the key: the service checks the sign-up'],
  ['GET /trainings/:courseSlug', 'a published course is a public page (a draft answers 404 to everyone)'],
  ['POST /trainings/sessions/:sessionId/register', 'every volunteer may register for a session of a published course'],
  [
    'GET /trainings/sessions/:sessionId/enrol',
    "every organization's members and the center's (points') staff may register their own people for a published session; the page lists only theirs",
  ],
  ['POST /trainings/sessions/:sessionId/enrol', 'the service checks the organization membership or the tenant of the person registered'],
  ['GET /trainings/check-in/:sessionCheckInCode', 'the code shown at the training is the key: any registered participant scans it'],
  ['POST /trainings/check-in/:sessionCheckInCode', 'the code shown at the training is the key: the service checks the registration'],
]);

/**
 * Path parameters whose fixture record is public (an approved organization, its published opportunity
 * and shift, a center, a point): a stranger may know it exists, so a refusal there may be 403. Behind
 * every other id the stranger must get 404, exactly as for an id that does not exist (ADR 003).
 */
const publicRecordParams: ReadonlySet<string> = new Set(['organizationId', 'opportunityId', 'shiftId', 'centerId', 'pointId']);

/** What a stranger must get: 403 from the route's own gate, 403/404 on a public record, else 404. */
function strangerExpectation(route: RegisteredRoute, personaName: string): { ok: (status: number) => boolean; text: string } {
  const persona = cast.personas.get(personaName);
  if (!persona) throw new Error(`unknown persona ${personaName}`);
  const permission = route.config?.permission as Permission | undefined;
  if (route.access === 'permission' && (!permission || !can(actorOf(persona), permission))) return { ok: (s) => s === 403, text: `403 (lacks ${permission})` };
  if (pathParams(route.url).some((p) => publicRecordParams.has(p)))
    return { ok: (s) => s === 403 || s === 404, text: '403/404 (a public record of another owner)' };
  return { ok: (s) => s === 404, text: '404 (another owner’s record, as if it did not exist)' };
}

describe('strangers: the same role, another owner (ADR 003: 404 for what they may not see, 403 for what they see but may not change)', () => {
  const routesWithIds = () => t.app.routeCatalog.filter((r) => pathParams(r.url).length > 0);

  it('the allow-list of public ids names only routes that exist', () => {
    const keys = new Set(t.app.routeCatalog.map((r) => `${r.method} ${r.url}`));
    expect([...publicByDesign.keys()].filter((k) => !keys.has(k))).toEqual([]);
  });

  it.each(strangerPersonaNames)('%s is refused every record of another owner, on every route with an id', async (personaName) => {
    const findings: Finding[] = [];
    let tried = 0;
    for (const route of routesWithIds()) {
      if (publicByDesign.has(`${route.method} ${route.url}`)) continue;
      const write = !isRead(route);
      const fixtures = write ? await writes.get() : readFixtures;
      let url: string;
      try {
        url = fillPath(route.url, fixtures);
      } catch (err) {
        // No fixture record to try: a new route must not skip this check silently.
        findings.push({ method: route.method, url: route.url, persona: personaName, status: 0, expected: (err as Error).message });
        continue;
      }
      const { cookie, csrfToken } = personaHeaders(t.config.secretKey, await cast.sessionOf(personaName));
      const res = await t.app.inject({
        method: route.method as 'GET',
        url,
        headers: write ? { cookie, 'content-type': 'application/x-www-form-urlencoded' } : { cookie },
        payload: write ? new URLSearchParams({ _csrf: csrfToken }).toString() : undefined,
      });
      if (write) writes.answered(fixtures, res.statusCode);
      tried++;
      const expectation = strangerExpectation(route, personaName);
      if (!expectation.ok(res.statusCode)) {
        findings.push({
          method: route.method,
          url,
          persona: personaName,
          status: res.statusCode,
          expected: expectation.text,
          location: String(res.headers.location ?? '') || undefined,
        });
      }
    }
    if (findings.length) throw new Error(table(findings));
    // Guard against a vacuous pass (e.g. a catalog without ids).
    expect(tried).toBeGreaterThan(30);
  });
});
