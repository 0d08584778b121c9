import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { sendPage } from '../../platform/page.js';
import { abroadNotAllowed, contractRequirement } from './contract-requirement.js';
import { contractCheckFields, contractFactsOf, parseContractCheck } from './schema.js';
import { type ContractCheckAnswer, ContractCheckPage } from './views/contract-check-page.js';

/** The query string as the form shows it again: the first value of each known field, as text. */
function formValuesOf(query: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of contractCheckFields) {
    const v = query[name];
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === 'string') values[name] = first.slice(0, 200);
  }
  return values;
}

/** Volunteer-law tools that need no login: the written-contract calculator (Köt. 6. §). */
export function volunteerLawRoutes(_deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/law/contract-check', { config: { access: 'public' } }, async (req, reply) => {
      const query = (req.query ?? {}) as Record<string, unknown>;
      const values = formValuesOf(query);
      const title = req.t('law.check.title');
      // A first visit (no field in the query) shows the empty form, without errors.
      if (!contractCheckFields.some((name) => Object.hasOwn(query, name))) return sendPage(req, reply, title, <ContractCheckPage values={values} />);
      const form = parseContractCheck(query);
      if (!form.ok) return sendPage(req, reply, title, <ContractCheckPage values={values} errors={form.errors} />, 422);
      const { facts, under16 } = contractFactsOf(form.data);
      const answer: ContractCheckAnswer = {
        requirement: contractRequirement(facts),
        abroadBan: abroadNotAllowed({ abroad: facts.abroad, under16, partiallyLimitedCapacity: facts.partiallyLimitedCapacity }),
      };
      return sendPage(req, reply, title, <ContractCheckPage values={values} answer={answer} />);
    });
  };
}
