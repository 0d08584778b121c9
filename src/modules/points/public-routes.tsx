import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app.js';
import { searchText } from '../../platform/form-fields.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage } from '../../platform/page.js';
import { hungaryCountyShapes } from '../search/service.js';
import { publicPoints } from './network-service.js';
import { PublicPointsPage } from './views/public-points-page.js';

const publicQuery = z.object({ place: searchText(120) });

/** The public page of the Volunteer Points: every active one, and the nearest to a settlement. */
export function publicPointsRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/points', { config: { access: 'public' } }, async (req, reply) => {
      const { place } = publicQuery.parse(req.query ?? {});
      const params = parseListParams(req.query, ['place'] as const, { sort: 'place', pageSize: 20 });
      const [result, shapes] = await Promise.all([publicPoints(db, { place }, params), hungaryCountyShapes(db)]);
      const page = (
        <PublicPointsPage
          page={result.page}
          place={place ?? ''}
          placeError={result.placeError ? { key: result.placeError } : undefined}
          origin={result.origin}
          shapes={shapes}
        />
      );
      return sendPage(req, reply, req.t('points.public.title'), page);
    });
  };
}
