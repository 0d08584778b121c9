import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';

/** Volunteer contracts (önkéntes szerződés, Köt. 6. §): organization templates, generation, PDF, signing. */
export function contractsRoutes(_deps: AppDeps): FastifyPluginAsync {
  return async () => {};
}
