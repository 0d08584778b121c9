import type { FastifyPluginAsync } from 'fastify';
import type { AppDeps } from '../../app.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { parseForm } from '../../platform/validation.js';
import { cancelSignup, RosterRefusedError, rosterPage, signUpSelf } from './roster-service.js';
import { rosterProgramIdParam, rosterSignupIdParam, signupSchema } from './schema.js';
import { refusalText } from './views/labels.js';
import { RosterPage } from './views/roster-page.js';

const signedIn = { access: 'authenticated' } as const;

/**
 * The weekly ward rosters volunteers sign up to. `:rosterProgramId` (not the staff pages'
 * `:hospitalProgramId`): a published program's roster is open to volunteers of any center, as a
 * published opportunity is, so the route matrix does not treat it as center A's data.
 */
export function rosterRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps;
  return async (app) => {
    app.get('/hospital/:rosterProgramId/roster', { config: signedIn }, async (req, reply) => {
      const roster = await rosterPage(db, req.actor, rosterProgramIdParam(req.params));
      return sendPage(req, reply, req.t('hospital.roster.title', { program: roster.program.name }), <RosterPage roster={roster} />);
    });

    app.post('/hospital/:rosterProgramId/roster', { config: signedIn }, async (req, reply) => {
      const programId = rosterProgramIdParam(req.params);
      const form = parseForm(signupSchema, req.body);
      try {
        if (!form.ok) throw new RosterRefusedError([{ code: 'slot_closed' }]);
        await signUpSelf(db, req.actor, programId, form.data.slotWeek.slotId, form.data.slotWeek.weekStart);
      } catch (err) {
        if (!(err instanceof RosterRefusedError)) throw err;
        const roster = await rosterPage(db, req.actor, programId);
        const refusal = err.reasons.map((r) => refusalText(req.t, req.locale, r, 'volunteer'));
        return sendPage(req, reply, req.t('hospital.roster.title', { program: roster.program.name }), <RosterPage roster={roster} refusal={refusal} />, 422);
      }
      setFlash(reply, 'hospital.flash.signedUp');
      return redirectAfterPost(req, reply, `/hospital/${programId}/roster`);
    });

    app.post('/hospital/roster-signups/:rosterSignupId/cancel', { config: signedIn }, async (req, reply) => {
      try {
        const { programId, own } = await cancelSignup(db, req.actor, rosterSignupIdParam(req.params));
        setFlash(reply, 'hospital.flash.cancelled');
        return redirectAfterPost(req, reply, own ? `/hospital/${programId}/roster` : `/hospital/${programId}/volunteers`);
      } catch (err) {
        if (!(err instanceof RosterRefusedError)) throw err;
        const title = req.t('hospital.roster.refused');
        return sendPage(req, reply, title, <p role="alert">{req.t('hospital.reason.slot_closed')}</p>, 422);
      }
    });
  };
}
