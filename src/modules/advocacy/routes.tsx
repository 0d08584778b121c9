import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { actionRoutes } from './action-routes.js';
import { documentRoutes } from './document-routes.js';
import { evidenceRoutes } from './evidence-routes.js';
import { stakeholderRoutes } from './stakeholder-routes.js';

/** Local advocacy (issue 15): stakeholders, advocacy actions with their documents, timelines per stakeholder and settlement. */
export function advocacyRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    await app.register(stakeholderRoutes(deps));
    await app.register(actionRoutes(deps));
    await app.register(documentRoutes(deps));
    await app.register(evidenceRoutes(deps));
  };
}
