import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { requirementRoutes } from './requirement-routes.js';
import { rosterRoutes } from './roster-routes.js';
import { wardRoutes } from './ward-routes.js';

/** Hospital volunteering (issue 16): requirements, wards with weekly rosters, sign-ups, the supervisor view. */
export function hospitalRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    await app.register(requirementRoutes(deps));
    await app.register(wardRoutes(deps));
    await app.register(rosterRoutes(deps));
  };
}
