import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';

/** Liveness and database reachability for load balancers and monitoring. */
export function healthRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/healthz', { config: { access: 'public' } }, async (_req, reply) => {
      // After SIGTERM: out of rotation, although this process still serves (see server.ts).
      if (deps.shutdown?.isDraining()) return reply.code(503).send({ status: 'draining' });
      try {
        await Promise.race([deps.dbHandle.ping(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000))]);
        return reply.send({ status: 'ok', db: 'ok' });
      } catch {
        return reply.code(503).send({ status: 'error', db: 'unreachable' });
      }
    });
  };
}
