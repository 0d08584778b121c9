import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { sendPage } from '../../platform/page.js';
import { dashboardFor } from './service.js';
import { DashboardPage } from './views/dashboard-page.js';

export function dashboardRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    // Every signed-in user lands here after login (accounts/login-routes.tsx).
    app.get('/dashboard', { config: { access: 'authenticated' } }, async (req, reply) => {
      const dashboard = await dashboardFor(db, req.actor);
      return sendPage(req, reply, req.t('dashboard.title'), <DashboardPage dashboard={dashboard} />);
    });
  };
}
