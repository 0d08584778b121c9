import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { NotFoundError } from '../../platform/errors.js';
import { uuidParam } from '../../platform/form-fields.js';
import { sendPage } from '../../platform/page.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { recommendLinkFor } from '../matching/service.js';
import { coursesGranting } from '../trainings/qualification-courses.js';
import { apiSearchResponse } from './api-shape.js';
import { opportunityJsonLd } from './json-ld.js';
import { createSearchResultCache, type SearchResultCache } from './result-cache.js';
import { htmlPageSize, opportunitySearchSchema } from './schema.js';
import {
  getPublicOpportunity,
  hungaryCountyShapes,
  placeChoices,
  placeFilterErrors,
  type SearchOutcome,
  searchChoices,
  searchOpportunities,
} from './service.js';
import { OpportunityPage } from './views/opportunity-page.js';
import type { SearchFormValues } from './views/search-filters.js';
import { OpportunitySearchPage } from './views/search-page.js';

/** Searching and reading published opportunities needs no login. */
const publicRoute = { config: { access: 'public' as const } };

/** The query string as the form shows it again: the first value of each parameter, as text. */
function formValuesOf(query: unknown): SearchFormValues {
  const values: SearchFormValues = {};
  for (const [k, v] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === 'string') values[k] = first.slice(0, 200);
  }
  return values;
}

type SearchRun = { ok: true; outcome: SearchOutcome; sortFellBack: boolean } | { ok: false; errors: FieldErrors };

/** Runs the search, or returns the field errors of a filter that is malformed or names nothing. */
async function runSearch(deps: AppDeps, cache: SearchResultCache, req: FastifyRequest, pageSize?: number): Promise<SearchRun> {
  const form = parseForm(opportunitySearchSchema, req.query);
  if (!form.ok) {
    const placeText = typeof form.values.place === 'string' ? form.values.place : undefined;
    return { ok: false, errors: { ...(await placeFilterErrors(deps.db, placeText)), ...form.errors } };
  }
  const search = pageSize ? { ...form.data, pageSize } : form.data;
  try {
    const outcome = await searchOpportunities(deps.db, search, req.locale, cache);
    return { ok: true, outcome, sortFellBack: search.sort !== outcome.sort };
  } catch (err) {
    if (err instanceof FieldValidationError) return { ok: false, errors: err.errors };
    throw err;
  }
}

export function searchRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, config } = deps;
  const cache = createSearchResultCache(config.searchCacheSeconds * 1000);
  return async (app) => {
    app.get('/opportunities', publicRoute, async (req, reply) => {
      const values = formValuesOf(req.query);
      const [result, choices, shapes] = await Promise.all([
        // The page always lists 20; pageSize is the API's.
        runSearch(deps, cache, req, htmlPageSize),
        searchChoices(db, req.locale),
        hungaryCountyShapes(db),
      ]);
      // A partial or ambiguous settlement ("kiskun", "Szent"): the page offers the matching ones.
      const places = !result.ok && result.errors.place ? await placeChoices(db, values.place) : [];
      if (!result.ok && places.length) result.errors.place = { key: 'search.placeChoices.error' };
      const page = (
        <OpportunitySearchPage
          values={values}
          placeChoices={places}
          choices={choices}
          shapes={shapes}
          outcome={result.ok ? result.outcome : undefined}
          errors={result.ok ? undefined : result.errors}
          sortFellBack={result.ok && result.sortFellBack}
        />
      );
      return sendPage(req, reply, req.t('search.title'), page, result.ok ? 200 : 422);
    });

    app.get('/opportunities/:opportunityId', publicRoute, async (req, reply) => {
      const opportunity = await getPublicOpportunity(db, uuidParam(req.params, 'opportunityId'), req.locale);
      if (!opportunity) throw new NotFoundError('opportunity');
      const jsonLd = opportunityJsonLd(opportunity, config.baseUrl);
      // ?shift= names the shift a volunteer chose before creating their profile (placements' applyFormPath).
      const chosen = (req.query as Record<string, unknown> | undefined)?.shift;
      const chosenShift = opportunity.shifts.find((s) => s.id === chosen) ?? null;
      const [candidatesHref, qualificationCourses] = await Promise.all([
        recommendLinkFor(db, req.actor, opportunity.id),
        coursesGranting(db, opportunity.requiredQualifications),
      ]);
      return sendPage(
        req,
        reply,
        opportunity.title,
        <OpportunityPage
          opportunity={opportunity}
          jsonLd={jsonLd}
          chosenShift={chosenShift}
          candidatesHref={candidatesHref}
          qualificationCourses={qualificationCourses}
        />,
      );
    });

    app.get('/api/v1/opportunities', publicRoute, async (req, reply: FastifyReply) => {
      const result = await runSearch(deps, cache, req);
      if (!result.ok) {
        const fields = Object.fromEntries(Object.entries(result.errors).map(([name, e]) => [name, req.t(e.key, e.params)]));
        return reply.code(400).send({ error: req.t('search.api.badRequest'), status: 400, fields });
      }
      return reply.send(apiSearchResponse(result.outcome, config.baseUrl));
    });
  };
}
