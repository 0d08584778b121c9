import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { sendPage } from '../../platform/page.js';
import { HomePage } from './views/home-page.js';

export function homeRoutes(_deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/', { config: { access: 'public' } }, async (req, reply) => {
      return sendPage(req, reply, req.t('app.tagline'), <HomePage />);
    });
  };
}
