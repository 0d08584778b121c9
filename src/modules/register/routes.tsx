import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';

/** The host organization's Köt. 14. § register of volunteers: entries, list, print view, CSV/XLSX. */
export function registerRoutes(_deps: AppDeps): FastifyPluginAsync {
  return async () => {};
}
