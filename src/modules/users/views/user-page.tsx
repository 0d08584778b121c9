import { formatDate, formatDateTime, formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, PostForm, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { roleLabel } from '../role-labels.js';
import type { GrantChoices, UserDetail } from '../service.js';
import { UserStatus } from './user-status.js';

type UserPageProps = {
  detail: UserDetail;
  choices: GrantChoices;
  values?: Record<string, string>;
  errors?: FieldErrors;
};

/** A user's data, roles (with revoke), the grant form, and disable / enable. */
export function UserPage(props: UserPageProps) {
  const { t, locale } = usePage();
  const { user, grants } = props.detail;
  const name = formatPersonName(user.familyName, user.givenName);
  return (
    <>
      <p class="breadcrumb">
        <a href="/admin">{t('nav.admin')}</a> › <a href="/admin/users">{t('users.list.title')}</a>
      </p>
      <h1>{name}</h1>
      <dl class="details">
        <dt>{t('users.field.email')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('users.field.status')}</dt>
        <dd>
          <UserStatus user={user} />
          {user.disabledAt && <> ({formatDateTime(locale, user.disabledAt)})</>}
        </dd>
        <dt>{t('users.field.signupKind')}</dt>
        <dd>{user.signupKind === 'organization' ? t('users.signupKind.organization') : t('users.signupKind.volunteer')}</dd>
        <dt>{t('users.field.created')}</dt>
        <dd>{formatDate(locale, user.createdAt)}</dd>
      </dl>

      <h2>{t('users.grants.title')}</h2>
      {grants.length === 0 ? (
        <p class="empty-state">{t('users.grants.empty')}</p>
      ) : (
        <table>
          <caption class="visually-hidden">{t('users.grants.caption', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('users.grants.role')}</th>
              <th scope="col">{t('users.grants.tenant')}</th>
              <th scope="col">{t('users.grants.since')}</th>
              <th scope="col">{t('list.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {grants.map((g) => (
              <tr key={g.id}>
                <th scope="row">{roleLabel(t, g.role)}</th>
                <td>{g.pointName ? `${g.pointName} (${g.centerName ?? ''})` : (g.centerName ?? t('users.grants.noTenant'))}</td>
                <td>{formatDate(locale, g.createdAt)}</td>
                <td>
                  {g.revocable && (
                    <a href={`/admin/users/${user.id}/grants/${g.id}/delete`}>
                      {t('users.grants.revoke')}
                      <span class="visually-hidden">: {roleLabel(t, g.role)}</span>
                    </a>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {props.choices.roles.length > 0 && <GrantForm {...props} />}

      <h2>{t('users.account.title')}</h2>
      <AccountActions detail={props.detail} />
    </>
  );
}

function GrantForm(props: UserPageProps) {
  const { t } = usePage();
  const { choices, errors } = props;
  const values = props.values ?? {};
  return (
    <section aria-labelledby="grant-heading">
      <h2 id="grant-heading">{t('users.grant.title')}</h2>
      <p class="hint">{t('users.grant.hint')}</p>
      <ErrorSummary errors={errors} />
      <PostForm action={`/admin/users/${props.detail.user.id}/grants`}>
        <SelectField
          name="role"
          label={t('users.grants.role')}
          options={choices.roles.map((r) => ({ value: r, label: roleLabel(t, r) }))}
          value={values.role}
          error={errors?.role}
          emptyLabel={t('users.grant.chooseRole')}
          required
        />
        <SelectField
          name="centerId"
          label={t('users.grant.center')}
          options={choices.centers.map((c) => ({ value: c.id, label: c.name }))}
          value={values.centerId}
          error={errors?.centerId}
          emptyLabel={t('users.grant.noCenter')}
        />
        <SelectField
          name="pointId"
          label={t('users.grant.point')}
          options={choices.points.map((p) => ({ value: p.id, label: `${p.name} (${p.centerName})` }))}
          value={values.pointId}
          error={errors?.pointId}
          emptyLabel={t('users.grant.noPoint')}
        />
        <p>
          <button type="submit">{t('users.grant.submit')}</button>
        </p>
      </PostForm>
    </section>
  );
}

function AccountActions(props: { detail: UserDetail }) {
  const { t } = usePage();
  const { user, canDisable, isSelf } = props.detail;
  if (isSelf) return <p class="muted">{t('users.account.self')}</p>;
  if (!canDisable) return <p class="muted">{t('users.account.notYours')}</p>;
  if (user.disabledAt) {
    return (
      <PostForm action={`/admin/users/${user.id}/enable`}>
        <p>{t('users.account.disabledText')}</p>
        <button type="submit">{t('users.account.enable')}</button>
      </PostForm>
    );
  }
  return (
    <p>
      <a class="button button-danger" href={`/admin/users/${user.id}/disable`}>
        {t('users.account.disable')}
      </a>
    </p>
  );
}
