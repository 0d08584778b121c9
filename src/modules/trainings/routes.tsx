import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { sendPage } from '../../platform/page.js';
import { getCoursePage, parseCatalogueSearch, searchCatalogue } from './catalogue-service.js';
import { registerCourseRoutes } from './course-routes.js';
import { registerRegistrationRoutes } from './registration-routes.js';
import { courseSlugParam } from './schema.js';
import { registerSessionRoutes } from './session-routes.js';
import { CataloguePage } from './views/catalogue-page.js';
import { CoursePage } from './views/course-page.js';

/** The public catalogue is public information: these two routes are open to everyone. */
const publicRoute = { config: { access: 'public' as const } };

/**
 * Trainings (issue 14): the public catalogue and course pages here; the staff's courses and sessions,
 * registration, waitlist offers and "my trainings" in the files registered below. Static segments
 * (manage, mine, sessions, registrations …) win over `:courseSlug`, and no course may take them.
 */
export function trainingsRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (app) => {
    app.get('/trainings', publicRoute, async (req, reply) => {
      const results = await searchCatalogue(db, parseCatalogueSearch(req.query));
      return sendPage(req, reply, req.t('trainings.catalogue.title'), <CataloguePage results={results} />);
    });

    app.get('/trainings/:courseSlug', publicRoute, async (req, reply) => {
      const data = await getCoursePage(db, req.actor, courseSlugParam(req.params));
      return sendPage(req, reply, data.course.title, <CoursePage data={data} />);
    });

    registerCourseRoutes(app, deps);
    registerSessionRoutes(app, deps);
    registerRegistrationRoutes(app, deps);
  };
}
