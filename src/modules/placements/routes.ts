import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';

export function placementsRoutes(_deps: AppDeps): FastifyPluginAsync {
  return async () => {};
}
