import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { agreementRoutes } from './agreement-routes.js';
import { schoolRoutes } from './school-routes.js';
import { studentRoutes } from './student-routes.js';

/** Schools of the IKSZ program (issue 16, HUNGARY.md §2): schools, their people, students, guardians' agreements, caps, cooperation agreements. */
export function schoolsRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    await app.register(schoolRoutes(deps));
    await app.register(studentRoutes(deps));
    await app.register(agreementRoutes(deps));
  };
}
