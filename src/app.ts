import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants as zlibConstants } from 'node:zlib';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RouteOptions } from 'fastify';
import type { Config } from './config.js';
import type { DatabaseHandle } from './db/connection.js';
import type { Database } from './db/database.js';
import { accountsRoutes } from './modules/accounts/routes.js';
import { adminRoutes } from './modules/admin/routes.js';
import { advocacyRoutes } from './modules/advocacy/routes.js';
import { alertsRoutes } from './modules/alerts/routes.js';
import { annualReportRoutes } from './modules/annual-report/routes.js';
import { benefitsRoutes } from './modules/benefits/routes.js';
import { centerReportsRoutes } from './modules/center-reports/routes.js';
import { certificatesRoutes } from './modules/certificates/routes.js';
import { checkInRoutes } from './modules/check-in/routes.js';
import { companiesRoutes } from './modules/companies/routes.js';
import { contractsRoutes } from './modules/contracts/routes.js';
import { dashboardRoutes } from './modules/dashboard/routes.js';
import { erasureRoutes } from './modules/erasure/routes.js';
import { eventDayRoutes } from './modules/event-day/routes.js';
import { exchangeMeetingsRoutes } from './modules/exchange-meetings/routes.js';
import { guardiansRoutes } from './modules/guardians/routes.js';
import { healthRoutes } from './modules/health/routes.js';
import { homeRoutes } from './modules/home/routes.js';
import { hospitalRoutes } from './modules/hospital/routes.js';
import { hoursRoutes } from './modules/hours/routes.js';
import { ikszRoutes } from './modules/iksz/routes.js';
import { inquiriesRoutes } from './modules/inquiries/routes.js';
import { knowledgeRoutes } from './modules/knowledge/routes.js';
import { matchingRoutes } from './modules/matching/routes.js';
import { myVolunteeringRoutes } from './modules/my-volunteering/routes.js';
import { opportunitiesRoutes } from './modules/opportunities/routes.js';
import { organizationsRoutes } from './modules/organizations/routes.js';
import { placementsRoutes } from './modules/placements/routes.js';
import { placesRoutes } from './modules/places/routes.js';
import { programsRoutes } from './modules/programs/routes.js';
import { readinessRoutes } from './modules/readiness/routes.js';
import { registerRoutes } from './modules/register/routes.js';
import { reportsRoutes } from './modules/reports/routes.js';
import { retentionRoutes } from './modules/retention/routes.js';
import { schoolsRoutes } from './modules/schools/routes.js';
import { searchRoutes } from './modules/search/routes.js';
import { trainingAttendanceRoutes } from './modules/trainings/attendance-routes.js';
import { trainingsRoutes } from './modules/trainings/routes.js';
import { volunteerLawRoutes } from './modules/volunteer-law/routes.js';
import { volunteersRoutes } from './modules/volunteers/routes.js';
import { registerAssetRoutes } from './platform/assets.js';
import { registerErrorHandlers } from './platform/error-handler.js';
import { registerRequestHooks } from './platform/http-hooks.js';
import type { RouteAccess } from './platform/route-access.js';
import { registerSecurityHeaders } from './platform/security-headers.js';
import type { ShutdownState } from './platform/shutdown-state.js';

export type AppDeps = {
  db: Database;
  dbHandle: DatabaseHandle;
  config: Config;
  /** Set by server.ts; without it (tests) the process never drains. */
  shutdown?: ShutdownState;
};

export type RegisteredRoute = { method: string; url: string; access: RouteAccess['access']; config: RouteOptions['config'] };

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with its declared access, for the route-matrix test and docs. */
    routeCatalog: RegisteredRoute[];
  }
}

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Builds the app: plugins, hooks and feature modules. No business logic here. */
export async function buildApp(deps: AppDeps, options: { logger?: FastifyBaseLogger } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger,
    bodyLimit: 256 * 1024,
    trustProxy: deps.config.trustProxy,
  });
  app.decorate('routeCatalog', [] as RegisteredRoute[]);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/assets')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${route.method} ${route.url} declares no access (config.access)`);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      app.routeCatalog.push({ method, url: route.url, access, config: route.config });
    }
  });

  await registerSecurityHeaders(app, { https: deps.config.baseUrl.startsWith('https://') });
  // HTML, JSON, CSV and the unhashed assets compressed on the way out (brotli at a fast level, gzip);
  // the hashed assets are compressed once at start (platform/assets.ts) and sent as they are.
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
  });
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  await app.register(fastifyStatic, { root: path.join(here, '..', 'public'), prefix: '/assets/', maxAge: '1h' });
  await app.register(fastifyStatic, {
    root: path.dirname(require.resolve('htmx.org/dist/htmx.min.js')),
    prefix: '/assets/vendor/',
    decorateReply: false,
    allowedPath: (p) => p === '/htmx.min.js',
  });
  registerAssetRoutes(app);
  registerRequestHooks(app, deps);
  registerErrorHandlers(app);

  await app.register(healthRoutes(deps));
  await app.register(homeRoutes(deps));
  await app.register(accountsRoutes(deps));
  await app.register(placesRoutes(deps));
  await app.register(knowledgeRoutes(deps));
  await app.register(inquiriesRoutes(deps));
  await app.register(adminRoutes(deps));
  await app.register(volunteersRoutes(deps));
  await app.register(guardiansRoutes(deps));
  await app.register(organizationsRoutes(deps));
  await app.register(opportunitiesRoutes(deps));
  await app.register(searchRoutes(deps));
  await app.register(matchingRoutes(deps));
  await app.register(placementsRoutes(deps));
  await app.register(dashboardRoutes(deps));
  await app.register(alertsRoutes(deps));
  await app.register(certificatesRoutes(deps));
  await app.register(hoursRoutes(deps));
  await app.register(benefitsRoutes(deps));
  await app.register(volunteerLawRoutes(deps));
  await app.register(reportsRoutes(deps));
  await app.register(myVolunteeringRoutes(deps));
  await app.register(checkInRoutes(deps));
  await app.register(contractsRoutes(deps));
  await app.register(registerRoutes(deps));
  await app.register(erasureRoutes(deps));
  await app.register(retentionRoutes(deps));
  await app.register(readinessRoutes(deps));
  await app.register(exchangeMeetingsRoutes(deps));
  await app.register(trainingsRoutes(deps));
  await app.register(trainingAttendanceRoutes(deps));
  await app.register(advocacyRoutes(deps));
  await app.register(centerReportsRoutes(deps));
  await app.register(schoolsRoutes(deps));
  await app.register(ikszRoutes(deps));
  await app.register(annualReportRoutes(deps));
  await app.register(hospitalRoutes(deps));
  await app.register(eventDayRoutes(deps));
  await app.register(companiesRoutes(deps));
  await app.register(programsRoutes(deps));
  return app;
}
