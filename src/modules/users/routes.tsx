import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app.js';
import { isNationalAdmin } from '../../platform/authz.js';
import { exportFormatOf, sendExport } from '../../platform/export.js';
import { postedValues } from '../../platform/form-fields.js';
import { formatPersonName } from '../../platform/i18n.js';
import { parseListParams } from '../../platform/list-params.js';
import { sendPage, setFlash } from '../../platform/page.js';
import { redirectAfterPost } from '../../platform/request-context.js';
import { type FieldErrors, FieldValidationError, parseForm } from '../../platform/validation.js';
import { userExportTable } from './exports.js';
import { grantFormSchema, grantIdParam, userFilterOf, userIdParam, userSorts } from './schema.js';
import {
  exportUsers,
  getGrantToRevoke,
  getUserDetail,
  grantChoices,
  grantRole,
  listUsers,
  requireManagedUser,
  revokeGrant,
  SelfLockoutError,
  setAccountDisabled,
} from './service.js';
import { DisableUserPage, RevokeGrantPage } from './views/confirm-pages.js';
import { UserListPage } from './views/user-list.js';
import { UserPage } from './views/user-page.js';

const manage = { access: 'permission', permission: 'users.manage' } as const;

/** Users: search, roles granted and revoked within the tenant, accounts disabled and enabled. */
export function usersRoutes({ db }: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/admin/users', { config: manage }, async (req, reply) => {
      const filter = userFilterOf(req.query);
      const params = parseListParams(req.query, userSorts, { sort: 'name' });
      const format = exportFormatOf(req.query);
      if (format) return sendExport(reply, format, userExportTable(req.t, await exportUsers(db, req.actor, filter, params)));
      const page = await listUsers(db, req.actor, filter, params);
      const view = <UserListPage page={page} params={params} filter={filter} national={isNationalAdmin(req.actor)} />;
      return sendPage(req, reply, req.t('users.list.title'), view);
    });

    const renderUser = async (req: FastifyRequest, reply: FastifyReply, values?: Record<string, string>, errors?: FieldErrors) => {
      const detail = await getUserDetail(db, req.actor, userIdParam(req.params));
      const choices = await grantChoices(db, req.actor);
      const name = formatPersonName(detail.user.familyName, detail.user.givenName);
      const view = <UserPage detail={detail} choices={choices} values={values} errors={errors} />;
      return sendPage(req, reply, name, view, errors ? 422 : 200);
    };

    app.get('/admin/users/:userId', { config: manage }, (req, reply) => renderUser(req, reply));

    app.post('/admin/users/:userId/grants', { config: manage }, async (req, reply) => {
      // Tenant first: a stranger learns nothing from validation messages.
      const user = await requireManagedUser(db, req.actor, userIdParam(req.params));
      const form = parseForm(grantFormSchema, req.body);
      if (!form.ok) return renderUser(req, reply, form.values, form.errors);
      try {
        await grantRole(db, req.actor, user.id, form.data);
        setFlash(reply, 'users.flash.granted');
        return redirectAfterPost(req, reply, `/admin/users/${user.id}`);
      } catch (err) {
        if (err instanceof FieldValidationError) return renderUser(req, reply, postedValues(req.body), err.errors);
        throw err;
      }
    });

    app.get('/admin/users/:userId/grants/:grantId/delete', { config: manage }, async (req, reply) => {
      const { user, grant, ownAdminRole } = await getGrantToRevoke(db, req.actor, userIdParam(req.params), grantIdParam(req.params));
      const blocked = ownAdminRole ? req.t('users.error.ownAdminRole') : undefined;
      return sendPage(req, reply, req.t('users.revoke.title'), <RevokeGrantPage user={user} grant={grant} blocked={blocked} />);
    });

    app.post('/admin/users/:userId/grants/:grantId/delete', { config: manage }, async (req, reply) => {
      const userId = userIdParam(req.params);
      const grantId = grantIdParam(req.params);
      try {
        await revokeGrant(db, req.actor, userId, grantId);
      } catch (err) {
        if (!(err instanceof SelfLockoutError)) throw err;
        const { user, grant } = await getGrantToRevoke(db, req.actor, userId, grantId);
        const page = <RevokeGrantPage user={user} grant={grant} blocked={req.t(err.messageKey)} />;
        return sendPage(req, reply, req.t('users.revoke.title'), page, 409);
      }
      setFlash(reply, 'users.flash.revoked');
      return redirectAfterPost(req, reply, `/admin/users/${userId}`);
    });

    app.get('/admin/users/:userId/disable', { config: manage }, async (req, reply) => {
      const detail = await getUserDetail(db, req.actor, userIdParam(req.params));
      const blocked = detail.isSelf ? req.t('users.error.disableSelf') : detail.canDisable ? undefined : req.t('users.account.notYours');
      return sendPage(req, reply, req.t('users.disable.title'), <DisableUserPage user={detail.user} blocked={blocked} />);
    });

    const accountAction = (disabled: boolean) => async (req: FastifyRequest, reply: FastifyReply) => {
      const userId = userIdParam(req.params);
      try {
        await setAccountDisabled(db, req.actor, userId, disabled);
      } catch (err) {
        if (!(err instanceof SelfLockoutError)) throw err;
        const user = await requireManagedUser(db, req.actor, userId);
        return sendPage(req, reply, req.t('users.disable.title'), <DisableUserPage user={user} blocked={req.t(err.messageKey)} />, 409);
      }
      setFlash(reply, disabled ? 'users.flash.disabled' : 'users.flash.enabled');
      return redirectAfterPost(req, reply, `/admin/users/${userId}`);
    };

    app.post('/admin/users/:userId/disable', { config: manage }, accountAction(true));
    app.post('/admin/users/:userId/enable', { config: manage }, accountAction(false));
  };
}
