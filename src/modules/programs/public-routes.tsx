import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage } from '../../platform/page.js';
import { ikszHostExportTable } from './exports.js';
import { exportIkszHosts, ikszHostChoices, ikszHostQueryOf, listIkszHosts } from './iksz-hosts-service.js';
import { getPublicProgram, listPublicPrograms } from './public-service.js';
import { ikszHostFilterSchema, ikszHostSorts, programSlugParam, publicProgramFilterSchema, publicProgramSorts } from './schema.js';
import { IkszHostsPage } from './views/iksz-hosts-page.js';
import { PublicProgramListPage } from './views/public-list-page.js';
import { PublicProgramPage } from './views/public-program-page.js';

const publicRoute = { config: { access: 'public' } } as const;

/** The public pages of thematic programs and the county IKSZ list (no login needed). */
export function programPublicRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db, config } = deps;
  return async (app) => {
    app.get('/programs', publicRoute, async (req, reply) => {
      const params = parseListParams(req.query, publicProgramSorts, { sort: 'name', pageSize: 20 });
      const { kind } = publicProgramFilterSchema.parse(req.query ?? {});
      const page = await listPublicPrograms(db, kind, params);
      return sendPage(req, reply, req.t('programs.public.title'), <PublicProgramListPage page={page} kind={kind} />);
    });

    app.get('/programs/:programSlug', publicRoute, async (req, reply) => {
      const detail = await getPublicProgram(db, programSlugParam(req.params));
      return sendPage(req, reply, detail.program.name, <PublicProgramPage detail={detail} />);
    });

    app.get('/iksz/hosts', publicRoute, async (req, reply) => {
      const filter = ikszHostFilterSchema.parse(req.query ?? {});
      const params = parseListParams(req.query, ikszHostSorts, { sort: filter.school ? 'distance' : 'organization' });
      const q = await ikszHostQueryOf(db, filter);
      const format = exportFormatOf(req.query);
      if (format) return sendExport(reply, format, ikszHostExportTable(req.t, await exportIkszHosts(db, q, params), config.baseUrl));
      const [page, choices] = await Promise.all([listIkszHosts(db, q, params), ikszHostChoices(db, filter.county || undefined)]);
      const body = <IkszHostsPage page={page} params={params} filter={filter} km={q.km} school={q.school} choices={choices} />;
      return sendPage(req, reply, req.t('programs.iksz.title'), body);
    });
  };
}
