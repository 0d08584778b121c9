import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { NotFoundError } from '../../platform/errors.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { translateMaybeKey } from '../../platform/i18n.js';
import { sendFragment, sendPage } from '../../platform/page.js';
import { placesExportTable } from './places-export.js';
import { parsePlaceId, parsePlaceSearch, placeApiQuery, suggestQueryText } from './schema.js';
import { countyTotals, getPlaceDetails, listCounties, searchPlaces, searchPlacesForExport, suggestPlaces } from './service.js';
import { PlacePage } from './views/place-page.js';
import { PlaceSuggestions } from './views/place-suggestions.js';
import { PlacesSearchPage } from './views/places-search-page.js';

/** Settlements are public reference data: every route here is open to everyone. */
const publicRoute = { config: { access: 'public' as const } };

export function placesRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/places', publicRoute, async (req, reply) => {
      const search = parsePlaceSearch(req.query);
      const searched = Boolean(search.q || search.county);
      const format = exportFormatOf(req.query);
      if (format && searched) {
        const rows = await searchPlacesForExport(db, search);
        return sendExport(reply, format, placesExportTable(req.t, rows));
      }
      const [counties, results, totals] = await Promise.all([
        listCounties(db),
        searched ? searchPlaces(db, search) : undefined,
        searched ? undefined : countyTotals(db),
      ]);
      return sendPage(req, reply, req.t('places.title'), <PlacesSearchPage search={search} counties={counties} results={results} totals={totals} />);
    });

    app.get('/places/suggest', publicRoute, async (req, reply) => {
      const places = await suggestPlaces(db, suggestQueryText(req.query));
      return sendFragment(req, reply, <PlaceSuggestions places={places} />);
    });

    app.get<{ Params: { placeId: string } }>('/places/:placeId', publicRoute, async (req, reply) => {
      const id = parsePlaceId(req.params.placeId);
      const place = id === undefined ? undefined : await getPlaceDetails(db, id);
      if (!place) throw new NotFoundError('place');
      return sendPage(req, reply, place.name, <PlacePage place={place} />);
    });

    app.get('/api/v1/places', publicRoute, async (req, reply) => {
      const parsed = placeApiQuery.safeParse(req.query ?? {});
      if (!parsed.success) {
        const fields = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? '_'), translateMaybeKey(req.t, i.message)]));
        return reply.code(400).send({ error: req.t('places.api.badRequest'), status: 400, fields });
      }
      return reply.send(await suggestPlaces(db, parsed.data.q, parsed.data.limit));
    });
  };
}
