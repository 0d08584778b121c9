import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { ownProfileRoutes } from './profile-routes.js';
import { staffVolunteerRoutes } from './staff-routes.js';

/** Volunteers: the volunteer's own profile and claim link, and the staff pages. */
export function volunteersRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    await app.register(ownProfileRoutes(deps));
    await app.register(staffVolunteerRoutes(deps));
  };
}
