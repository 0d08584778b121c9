import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { requireActor } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { contentDisposition, datedFileName, exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues, uuidParam } from '../../platform/form-fields.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { mayActForCompany } from '../../platform/partner-authz.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { companiesExportTable, impactExportTable } from './exports.js';
import { companiesOfUser, loadCompanyFacts, requireCompany } from './facts.js';
import { renderImpactPdf } from './impact-pdf.js';
import { getImpact } from './impact-service.js';
import { appointCoordinator, createCompany, exportCompaniesFor, getCompanyForStaff, listCompaniesFor, updateCompany } from './manage-service.js';
import { createOffer, getOffer, getOffers, matchesForOffer, offerChoices, setOfferActive, updateOffer } from './offer-service.js';
import {
  answerSchema,
  appointSchema,
  companyFormSchema,
  confirmSchema,
  consentSchema,
  impactPeriodOf,
  inviteSchema,
  joinSchema,
  offerSchema,
  signupSchema,
  teamSchema,
} from './schema.js';
import { answerSignup, cancelSignup, getSignupForCompany, getSignupForMember, getTeamDays, signUpTeam } from './signup-service.js';
import {
  acceptInvitation,
  createTeam,
  deleteTeam,
  getInvitation,
  getTeam,
  getTeams,
  inviteToTeam,
  myMemberships,
  removeTeamMember,
  renameTeam,
  setNamesConsent,
} from './team-service.js';
import { CompanyHomePage, MyCompaniesPage, TeamPage } from './views/company-pages.js';
import { ImpactPage } from './views/impact-page.js';
import { JoinPage } from './views/join-page.js';
import { CompaniesListPage, CompanyFormPage } from './views/manage-pages.js';
import { OfferPage } from './views/offer-page.js';
import { MemberSignupPage, SignupPage, TeamDaysPage } from './views/team-day-pages.js';

const staff = { access: 'permission', permission: 'programs.manage' } as const;
const signedIn = { access: 'authenticated' } as const;

type Problem = { values?: Record<string, string>; errors?: FieldErrors };
const status = (p: Problem) => (p.errors ? 422 : 200);

/** Runs a write; a FieldValidationError re-renders the form with the posted values, anything else is thrown. */
async function orProblem(req: FastifyRequest, work: () => Promise<FastifyReply>, render: (p: Problem) => Promise<FastifyReply>) {
  try {
    return await work();
  } catch (err) {
    if (err instanceof FieldValidationError) return render({ values: postedValues(req.body), errors: err.errors });
    throw err;
  }
}

/** Corporate volunteering (issue 16): center staff's companies, company pages, teams, offers, team days, impact. */
export function companiesRoutes({ db, config }: AppDeps): FastifyPluginAsync {
  const options = () => ({ baseUrl: config.baseUrl });
  return async (app) => {
    // Center staff ------------------------------------------------------------------------------
    app.get('/companies/manage', { config: staff }, async (req, reply) => {
      const params = parseListParams(req.query, ['name', 'created'], { sort: 'name' });
      const format = exportFormatOf(req.query);
      if (format) return sendExport(reply, format, companiesExportTable(req.t, await exportCompaniesFor(db, req.actor, params)));
      const page = await listCompaniesFor(db, req.actor, params);
      return sendPage(req, reply, req.t('companies.manage.title'), <CompaniesListPage page={page} params={params} />);
    });

    const renderNew = async (req: FastifyRequest, reply: FastifyReply, p: Problem = {}) =>
      sendPage(req, reply, req.t('companies.new.title'), <CompanyFormPage values={p.values ?? {}} errors={p.errors} />, status(p));
    app.get('/companies/manage/new', { config: staff }, (req, reply) => renderNew(req, reply));
    app.post('/companies/manage', { config: staff }, async (req, reply) => {
      const form = parseForm(companyFormSchema, req.body);
      if (!form.ok) return renderNew(req, reply, form);
      return orProblem(
        req,
        async () => {
          const id = await createCompany(db, req.actor, form.data);
          setFlash(reply, 'companies.flash.saved');
          return redirectAfterPost(req, reply, `/companies/manage/${id}/edit`);
        },
        (p) => renderNew(req, reply, p),
      );
    });

    const renderEdit = async (req: FastifyRequest, reply: FastifyReply, p: Problem = {}, appoint?: Problem) => {
      const company = await getCompanyForStaff(db, req.actor, uuidParam(req.params, 'companyId'));
      const values = p.values ?? {
        name: company.name,
        taxNumber: company.taxNumber ?? '',
        place: company.placeText,
        address: company.address ?? '',
        email: company.email ?? '',
        phone: company.phone ?? '',
      };
      const page = (
        <CompanyFormPage
          values={values}
          errors={p.errors}
          company={company}
          appoint={appoint ? { values: appoint.values ?? {}, errors: appoint.errors } : undefined}
        />
      );
      return sendPage(req, reply, req.t('companies.edit.title', { name: company.name }), page, p.errors || appoint?.errors ? 422 : 200);
    };
    app.get('/companies/manage/:companyId/edit', { config: staff }, (req, reply) => renderEdit(req, reply));
    app.post('/companies/manage/:companyId', { config: staff }, async (req, reply) => {
      const companyId = uuidParam(req.params, 'companyId');
      await getCompanyForStaff(db, req.actor, companyId);
      const form = parseForm(companyFormSchema, req.body);
      if (!form.ok) return renderEdit(req, reply, form);
      return orProblem(
        req,
        async () => {
          await updateCompany(db, req.actor, companyId, form.data);
          setFlash(reply, 'companies.flash.saved');
          return redirectAfterPost(req, reply, `/companies/manage/${companyId}/edit`);
        },
        (p) => renderEdit(req, reply, p),
      );
    });
    app.post('/companies/manage/:companyId/coordinators', { config: staff }, async (req, reply) => {
      const companyId = uuidParam(req.params, 'companyId');
      await getCompanyForStaff(db, req.actor, companyId);
      const form = parseForm(appointSchema, req.body);
      if (!form.ok) return renderEdit(req, reply, {}, form);
      return orProblem(
        req,
        async () => {
          await appointCoordinator(db, req.actor, companyId, form.data.email);
          setFlash(reply, 'companies.flash.appointed');
          return redirectAfterPost(req, reply, `/companies/manage/${companyId}/edit`);
        },
        (p) => renderEdit(req, reply, {}, p),
      );
    });

    // Company pages -----------------------------------------------------------------------------
    app.get('/companies', { config: signedIn }, async (req, reply) => {
      const a = requireActor(req.actor);
      const [companies, memberships] = await Promise.all([companiesOfUser(db, a.userId), myMemberships(db, a)]);
      return sendPage(req, reply, req.t('companies.my.title'), <MyCompaniesPage companies={companies} memberships={memberships} />);
    });

    app.post('/companies/memberships/:teamMemberId/consent', { config: signedIn }, async (req, reply) => {
      const memberId = uuidParam(req.params, 'teamMemberId');
      const form = parseForm(consentSchema, req.body);
      await setNamesConsent(db, req.actor, memberId, form.ok ? form.data.namesConsent : false);
      setFlash(reply, 'companies.flash.consentSaved');
      return redirectAfterPost(req, reply, '/companies');
    });

    const renderHome = async (req: FastifyRequest, reply: FastifyReply, p: Problem = {}) => {
      const companyId = uuidParam(req.params, 'companyId');
      const [teams, offers] = await Promise.all([getTeams(db, req.actor, companyId), getOffers(db, req.actor, companyId)]);
      const facts = await loadCompanyFacts(db, req.actor, companyId);
      const company = { id: companyId, name: facts?.name ?? '' };
      const mayManage = !!facts && mayActForCompany(req.actor, 'manage', facts);
      return sendPage(
        req,
        reply,
        company.name,
        <CompanyHomePage company={company} mayManage={mayManage} teams={teams} offers={offers} values={p.values} errors={p.errors} />,
        status(p),
      );
    };
    app.get('/companies/:companyId', { config: signedIn }, (req, reply) => renderHome(req, reply));
    app.post('/companies/:companyId/teams', { config: signedIn }, async (req, reply) => {
      const companyId = uuidParam(req.params, 'companyId');
      await getTeams(db, req.actor, companyId);
      const form = parseForm(teamSchema, req.body);
      if (!form.ok) return renderHome(req, reply, form);
      const teamId = await createTeam(db, req.actor, companyId, form.data.name);
      setFlash(reply, 'companies.flash.teamCreated');
      return redirectAfterPost(req, reply, `/companies/${companyId}/teams/${teamId}`);
    });

    const renderTeam = async (req: FastifyRequest, reply: FastifyReply, p: Problem = {}) => {
      const data = await getTeam(db, req.actor, uuidParam(req.params, 'companyId'), uuidParam(req.params, 'teamId'));
      const mayManage = mayActForCompany(req.actor, 'manage', data.company);
      const page = <TeamPage company={data.company} team={data.team} members={data.members} mayManage={mayManage} values={p.values} errors={p.errors} />;
      return sendPage(req, reply, req.t('companies.team.title', { team: data.team.name }), page, status(p));
    };
    const teamIds = (req: FastifyRequest) => ({ companyId: uuidParam(req.params, 'companyId'), teamId: uuidParam(req.params, 'teamId') });
    app.get('/companies/:companyId/teams/:teamId', { config: signedIn }, (req, reply) => renderTeam(req, reply));
    app.post('/companies/:companyId/teams/:teamId', { config: signedIn }, async (req, reply) => {
      const { companyId, teamId } = teamIds(req);
      await getTeam(db, req.actor, companyId, teamId);
      const form = parseForm(teamSchema, req.body);
      if (!form.ok) return renderTeam(req, reply, form);
      await renameTeam(db, req.actor, companyId, teamId, form.data.name);
      setFlash(reply, 'companies.flash.saved');
      return redirectAfterPost(req, reply, `/companies/${companyId}/teams/${teamId}`);
    });
    app.post('/companies/:companyId/teams/:teamId/delete', { config: signedIn }, async (req, reply) => {
      const { companyId, teamId } = teamIds(req);
      await getTeam(db, req.actor, companyId, teamId);
      const form = parseForm(confirmSchema, req.body);
      if (!form.ok) return renderTeam(req, reply, form);
      await deleteTeam(db, req.actor, companyId, teamId);
      setFlash(reply, 'companies.flash.teamDeleted');
      return redirectAfterPost(req, reply, `/companies/${companyId}`);
    });
    app.post('/companies/:companyId/teams/:teamId/invitations', { config: signedIn }, async (req, reply) => {
      const { companyId, teamId } = teamIds(req);
      await getTeam(db, req.actor, companyId, teamId);
      const form = parseForm(inviteSchema, req.body);
      if (!form.ok) return renderTeam(req, reply, form);
      return orProblem(
        req,
        async () => {
          await inviteToTeam(db, req.actor, companyId, teamId, form.data.email, options());
          setFlash(reply, 'companies.flash.invited');
          return redirectAfterPost(req, reply, `/companies/${companyId}/teams/${teamId}`);
        },
        (p) => renderTeam(req, reply, p),
      );
    });
    app.post('/companies/:companyId/teams/:teamId/members/:teamMemberId/remove', { config: signedIn }, async (req, reply) => {
      const { companyId, teamId } = teamIds(req);
      const memberId = uuidParam(req.params, 'teamMemberId');
      await getTeam(db, req.actor, companyId, teamId);
      const form = parseForm(confirmSchema, req.body);
      if (!form.ok) return renderTeam(req, reply, { errors: form.errors });
      await removeTeamMember(db, req.actor, companyId, teamId, memberId);
      setFlash(reply, 'companies.flash.memberRemoved');
      return redirectAfterPost(req, reply, `/companies/${companyId}/teams/${teamId}`);
    });

    // Joining a team ----------------------------------------------------------------------------
    app.get('/companies/join/:joinToken', { config: signedIn }, async (req, reply) => {
      const token = String((req.params as { joinToken?: string }).joinToken ?? '').slice(0, 100);
      const state = await getInvitation(db, req.actor, token);
      const code = state.kind === 'ok' || state.kind === 'noProfile' ? 200 : state.kind === 'expired' ? 410 : 404;
      return sendPage(req, reply, req.t('companies.join.title'), <JoinPage state={state} token={token} />, code);
    });
    app.post('/companies/join/:joinToken', { config: signedIn }, async (req, reply) => {
      const token = String((req.params as { joinToken?: string }).joinToken ?? '').slice(0, 100);
      const form = parseForm(joinSchema, req.body);
      const state = await acceptInvitation(db, req.actor, token, form.ok ? form.data.namesConsent : false);
      if (state.kind === 'ok') {
        setFlash(reply, 'companies.flash.joined');
        return redirectAfterPost(req, reply, '/companies');
      }
      const code = state.kind === 'noProfile' ? 409 : state.kind === 'expired' ? 410 : 404;
      return sendPage(req, reply, req.t('companies.join.title'), <JoinPage state={state} token={token} />, code);
    });

    // Skills offers -----------------------------------------------------------------------------
    const renderOffer = async (req: FastifyRequest, reply: FastifyReply, p: Problem = {}) => {
      const companyId = uuidParam(req.params, 'companyId');
      const offerId = (req.params as { offerId?: string }).offerId ? uuidParam(req.params, 'offerId') : null;
      const found = offerId ? await getOffer(db, req.actor, companyId, offerId) : null;
      const company = found?.company ?? (await requireCompany(db, req.actor, 'view', companyId));
      const offer = found?.offer;
      const [choices, matches] = await Promise.all([offerChoices(db), offer ? matchesForOffer(db, req.actor, companyId, offer.id) : []]);
      const posted = req.body as Record<string, unknown> | undefined;
      const listOf = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);
      const selected = p.values
        ? { skills: listOf(posted?.skills), causes: listOf(posted?.causes) }
        : { skills: offer?.skills ?? [], causes: offer?.causes ?? [] };
      const values = p.values ?? {
        title: offer?.title ?? '',
        description: offer?.description ?? '',
        hoursOffered: offer?.hoursOffered != null ? String(offer.hoursOffered) : '',
        availableUntil: offer?.availableUntil ?? '',
      };
      const page = (
        <OfferPage
          company={company}
          offer={offer}
          mayManage={mayActForCompany(req.actor, 'manage', company)}
          choices={choices}
          values={values}
          selected={selected}
          errors={p.errors}
          matches={matches}
        />
      );
      return sendPage(req, reply, offer?.title ?? req.t('companies.offers.new'), page, status(p));
    };
    const offerIds = (req: FastifyRequest) => ({ companyId: uuidParam(req.params, 'companyId'), offerId: uuidParam(req.params, 'offerId') });
    app.get('/companies/:companyId/offers/new', { config: signedIn }, (req, reply) => renderOffer(req, reply));
    app.post('/companies/:companyId/offers', { config: signedIn }, async (req, reply) => {
      const companyId = uuidParam(req.params, 'companyId');
      await getOffers(db, req.actor, companyId);
      const form = parseForm(offerSchema, req.body);
      if (!form.ok) return renderOffer(req, reply, form);
      return orProblem(
        req,
        async () => {
          const id = await createOffer(db, req.actor, companyId, form.data);
          setFlash(reply, 'companies.flash.saved');
          return redirectAfterPost(req, reply, `/companies/${companyId}/offers/${id}`);
        },
        (p) => renderOffer(req, reply, p),
      );
    });
    app.get('/companies/:companyId/offers/:offerId', { config: signedIn }, (req, reply) => renderOffer(req, reply));
    app.post('/companies/:companyId/offers/:offerId', { config: signedIn }, async (req, reply) => {
      const { companyId, offerId } = offerIds(req);
      await getOffer(db, req.actor, companyId, offerId);
      const form = parseForm(offerSchema, req.body);
      if (!form.ok) return renderOffer(req, reply, form);
      return orProblem(
        req,
        async () => {
          await updateOffer(db, req.actor, companyId, offerId, form.data);
          setFlash(reply, 'companies.flash.saved');
          return redirectAfterPost(req, reply, `/companies/${companyId}/offers/${offerId}`);
        },
        (p) => renderOffer(req, reply, p),
      );
    });
    app.post('/companies/:companyId/offers/:offerId/deactivate', { config: signedIn }, async (req, reply) => {
      const { companyId, offerId } = offerIds(req);
      await getOffer(db, req.actor, companyId, offerId);
      const form = parseForm(confirmSchema, req.body);
      if (!form.ok) return renderOffer(req, reply, { errors: form.errors });
      await setOfferActive(db, req.actor, companyId, offerId, false);
      setFlash(reply, 'companies.flash.offerDeactivated');
      return redirectAfterPost(req, reply, `/companies/${companyId}/offers/${offerId}`);
    });
    app.post('/companies/:companyId/offers/:offerId/activate', { config: signedIn }, async (req, reply) => {
      const { companyId, offerId } = offerIds(req);
      await setOfferActive(db, req.actor, companyId, offerId, true);
      setFlash(reply, 'companies.flash.saved');
      return redirectAfterPost(req, reply, `/companies/${companyId}/offers/${offerId}`);
    });

    // Team days ---------------------------------------------------------------------------------
    const renderTeamDays = async (req: FastifyRequest, reply: FastifyReply, p: Problem = {}) => {
      const companyId = uuidParam(req.params, 'companyId');
      const [data, teams] = await Promise.all([getTeamDays(db, req.actor, companyId), getTeams(db, req.actor, companyId)]);
      const page = (
        <TeamDaysPage
          company={{ id: companyId, name: data.company.name }}
          mayManage={mayActForCompany(req.actor, 'manage', data.company)}
          shifts={data.shifts}
          signups={data.signups}
          teams={teams}
          values={p.values}
          errors={p.errors}
        />
      );
      return sendPage(req, reply, req.t('companies.teamDays.title'), page, status(p));
    };
    app.get('/companies/:companyId/team-days', { config: signedIn }, (req, reply) => renderTeamDays(req, reply));
    app.post('/companies/:companyId/team-days', { config: signedIn }, async (req, reply) => {
      const companyId = uuidParam(req.params, 'companyId');
      await getTeamDays(db, req.actor, companyId);
      const form = parseForm(signupSchema, req.body);
      if (!form.ok) return renderTeamDays(req, reply, form);
      return orProblem(
        req,
        async () => {
          const id = await signUpTeam(db, req.actor, companyId, form.data, options());
          setFlash(reply, 'companies.flash.signedUp');
          return redirectAfterPost(req, reply, `/companies/${companyId}/signups/${id}`);
        },
        (p) => renderTeamDays(req, reply, p),
      );
    });

    const renderSignup = async (req: FastifyRequest, reply: FastifyReply, p: Problem = {}) => {
      const data = await getSignupForCompany(db, req.actor, uuidParam(req.params, 'companyId'), uuidParam(req.params, 'signupId'));
      const page = (
        <SignupPage
          company={{ id: data.company.id, name: data.company.name }}
          summary={data.summary}
          members={data.members}
          mayManage={mayActForCompany(req.actor, 'manage', data.company)}
          errors={p.errors}
        />
      );
      return sendPage(req, reply, req.t('companies.signup.title', { title: data.summary.title, team: data.summary.team_name }), page, status(p));
    };
    app.get('/companies/:companyId/signups/:signupId', { config: signedIn }, (req, reply) => renderSignup(req, reply));
    app.post('/companies/:companyId/signups/:signupId/cancel', { config: signedIn }, async (req, reply) => {
      const companyId = uuidParam(req.params, 'companyId');
      const signupId = uuidParam(req.params, 'signupId');
      await getSignupForCompany(db, req.actor, companyId, signupId);
      const form = parseForm(confirmSchema, req.body);
      if (!form.ok) return renderSignup(req, reply, form);
      await cancelSignup(db, req.actor, companyId, signupId);
      setFlash(reply, 'companies.flash.signupCancelled');
      return redirectAfterPost(req, reply, `/companies/${companyId}/signups/${signupId}`);
    });

    const renderMemberSignup = async (req: FastifyRequest, reply: FastifyReply, p: Problem = {}) => {
      const data = await getSignupForMember(db, req.actor, uuidParam(req.params, 'signupId'));
      const page = <MemberSignupPage summary={data.summary} answer={data.answer} errors={p.errors} />;
      return sendPage(req, reply, req.t('companies.member.title', { title: data.summary.title }), page, status(p));
    };
    app.get('/companies/signups/:signupId', { config: signedIn }, (req, reply) => renderMemberSignup(req, reply));
    app.post('/companies/signups/:signupId/answer', { config: signedIn }, async (req, reply) => {
      const signupId = uuidParam(req.params, 'signupId');
      await getSignupForMember(db, req.actor, signupId);
      const form = parseForm(answerSchema, req.body);
      if (!form.ok) return renderMemberSignup(req, reply, form);
      return orProblem(
        req,
        async () => {
          const result = await answerSignup(db, req.actor, signupId, form.data.answer, options());
          setFlash(reply, `companies.flash.answer.${result.status}`);
          return redirectAfterPost(req, reply, `/companies/signups/${signupId}`);
        },
        (p) => renderMemberSignup(req, reply, p),
      );
    });

    // Impact ------------------------------------------------------------------------------------
    app.get('/companies/:companyId/impact', { config: signedIn }, async (req, reply) => {
      const impact = await getImpact(db, req.actor, uuidParam(req.params, 'companyId'), impactPeriodOf(req.query, budapestDay(new Date())));
      const format = exportFormatOf(req.query);
      if (format) return sendExport(reply, format, impactExportTable(req.t, req.locale, impact));
      return sendPage(req, reply, req.t('companies.impact.title', { company: impact.company.name }), <ImpactPage impact={impact} />);
    });
    app.get('/companies/:companyId/impact.pdf', { config: signedIn }, async (req, reply) => {
      const impact = await getImpact(db, req.actor, uuidParam(req.params, 'companyId'), impactPeriodOf(req.query, budapestDay(new Date())));
      const pdf = await renderImpactPdf(req.t, req.locale, impact, new Date());
      return reply
        .type('application/pdf')
        .header('Content-Disposition', contentDisposition(datedFileName(req.t('companies.impact.pdfName'), 'pdf')))
        .header('Cache-Control', 'no-store')
        .send(pdf);
    });
  };
}
