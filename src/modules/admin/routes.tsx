import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { sendPage } from '../../platform/page.js';
import { auditRoutes } from '../audit/routes.js';
import { centersRoutes } from '../centers/routes.js';
import { outboxRoutes } from '../outbox/routes.js';
import { pointsRoutes } from '../points/routes.js';
import { usersRoutes } from '../users/routes.js';
import { legalDataRoutes } from '../volunteer-law/legal-data-routes.js';
import { dashboardFor } from './service.js';
import { DashboardPage } from './views/dashboard.js';

/** The admin area: the dashboard here, each capability in its own module. */
export function adminRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/admin', { config: { access: 'permission', permission: 'admin.enter' } }, async (req, reply) => {
      const dashboard = await dashboardFor(deps.db, req.actor);
      return sendPage(req, reply, req.t('admin.title'), <DashboardPage dashboard={dashboard} />);
    });
    await app.register(centersRoutes(deps));
    await app.register(pointsRoutes(deps));
    await app.register(usersRoutes(deps));
    await app.register(auditRoutes(deps));
    await app.register(outboxRoutes(deps));
    await app.register(legalDataRoutes(deps));
  };
}
