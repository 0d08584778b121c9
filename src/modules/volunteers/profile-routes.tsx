import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { requireActor } from '../../platform/authz.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost, safeNextPath } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { newOwnProfileValues, type ProfileFormValues, postedFormValues, profileFormValues } from './form-state.js';
import { allProfileErrors } from './profile-form-errors.js';
import { claimSchema, ownProfileSchema } from './schema.js';
import { activeCauses, activeSkills, claimProfile, getClaim, getOwnProfile, saveOwnProfile } from './service.js';
import { ClaimPage } from './views/claim-page.js';
import { OwnProfilePage } from './views/own-profile-page.js';

const loggedIn = { access: 'authenticated' } as const;

/** The volunteer's own profile (`/volunteer/profile`) and the claim link (`/volunteer/claim`). */
export function ownProfileRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    /**
     * Where to go once the profile is saved: a local path carried from "apply" (placements' applyFormPath)
     * through the form's hidden field; anything else (another site, a malformed value) is dropped.
     */
    const nextOf = (source: unknown): string | null => {
      const next = safeNextPath((source as Record<string, unknown> | undefined)?.next, '');
      return next || null;
    };

    const render = async (req: FastifyRequest, reply: FastifyReply, values?: ProfileFormValues, errors?: FieldErrors, next = nextOf(req.query)) => {
      const [profile, causes, skills] = await Promise.all([getOwnProfile(db, req.actor), activeCauses(db), activeSkills(db)]);
      const shown = values ?? (profile ? profileFormValues(profile) : newOwnProfileValues(requireActor(req.actor)));
      const title = req.t(profile ? 'volunteers.own.title' : 'volunteers.own.newTitle');
      return sendPage(
        req,
        reply,
        title,
        <OwnProfilePage profile={profile} values={shown} errors={errors} causes={causes} skills={skills} next={next} />,
        errors ? 422 : 200,
      );
    };

    app.get('/volunteer/profile', { config: loggedIn }, (req, reply) => render(req, reply));

    app.post('/volunteer/profile', { config: loggedIn }, async (req, reply) => {
      const posted = postedFormValues(req.body);
      const next = nextOf(req.body);
      const form = parseForm(ownProfileSchema(), req.body);
      if (!form.ok) return render(req, reply, posted, await allProfileErrors(db, posted, form.errors), next);
      try {
        await saveOwnProfile(db, req.actor, form.data);
      } catch (err) {
        if (err instanceof FieldValidationError) return render(req, reply, posted, err.errors, next);
        throw err;
      }
      setFlash(reply, next ? 'volunteers.flash.profileSavedContinue' : 'volunteers.flash.profileSaved');
      return redirectAfterPost(req, reply, next ?? '/volunteer/profile');
    });

    const tokenOf = (source: unknown) => claimSchema.safeParse(source ?? {});

    app.get('/volunteer/claim', { config: loggedIn }, async (req, reply) => {
      const parsed = tokenOf(req.query);
      const state = parsed.success ? await getClaim(db, req.actor, parsed.data.token) : ({ kind: 'invalid' } as const);
      const status = state.kind === 'ok' ? 200 : state.kind === 'expired' ? 410 : state.kind === 'hasProfile' ? 409 : 404;
      return sendPage(req, reply, req.t('volunteers.claim.title'), <ClaimPage state={state} token={parsed.success ? parsed.data.token : ''} />, status);
    });

    app.post('/volunteer/claim', { config: loggedIn }, async (req, reply) => {
      const parsed = tokenOf(req.body);
      const state = parsed.success ? await claimProfile(db, req.actor, parsed.data.token) : ({ kind: 'invalid' } as const);
      if (state.kind === 'ok') {
        setFlash(reply, 'volunteers.flash.claimed');
        return redirectAfterPost(req, reply, '/volunteer/profile');
      }
      const status = state.kind === 'expired' ? 410 : state.kind === 'hasProfile' ? 409 : 404;
      return sendPage(req, reply, req.t('volunteers.claim.title'), <ClaimPage state={state} token="" />, status);
    });
  };
}
