import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { uuidParam } from '../../platform/form-fields.js';
import { sendPage } from '../../platform/page.js';
import { candidatesForActor, matchingVocabulary, suggestionsForActor } from './service.js';
import { CandidatesPage } from './views/candidates-page.js';
import { SuggestionsPage } from './views/suggestions-page.js';

/**
 * Matching pages. Both are for logged-in users; who may see what (the volunteer themself; the
 * opportunity's organization members and coordinators) is decided in service.ts.
 */
export function matchingRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/volunteer/suggestions', { config: { access: 'authenticated' } }, async (req, reply) => {
      const [result, vocabulary] = await Promise.all([suggestionsForActor(db, req.actor), matchingVocabulary(db)]);
      return sendPage(req, reply, req.t('matching.title'), <SuggestionsPage result={result} vocabulary={vocabulary} />);
    });

    app.get('/opportunities/:opportunityId/candidates', { config: { access: 'authenticated' } }, async (req, reply) => {
      const explain = (req.query as Record<string, unknown> | undefined)?.explain === '1';
      const opportunityId = uuidParam(req.params, 'opportunityId');
      const [result, vocabulary] = await Promise.all([candidatesForActor(db, req.actor, opportunityId, { explain }), matchingVocabulary(db)]);
      const title = req.t('matching.candidates.title', { title: result.opportunity.title });
      return sendPage(req, reply, title, <CandidatesPage result={result} vocabulary={vocabulary} />);
    });
  };
}
