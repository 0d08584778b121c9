import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';

/** Erasure of a volunteer's personal data: the volunteer's request, the center's decision, anonymisation. */
export function erasureRoutes(_deps: AppDeps): FastifyPluginAsync {
  return async () => {};
}
