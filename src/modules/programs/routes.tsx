import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { programDashboardRoutes } from './dashboard-routes.js';
import { programManageRoutes } from './manage-routes.js';
import { programPublicRoutes } from './public-routes.js';

/** Thematic programs (issue 16, ADR 025): the staff's pages, the public pages and the county IKSZ list. */
export function programsRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    await app.register(programManageRoutes(deps));
    await app.register(programDashboardRoutes(deps));
    await app.register(programPublicRoutes(deps));
  };
}
