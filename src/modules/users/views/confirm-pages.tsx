import { formatPersonName } from '../../../platform/i18n.js';
import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { roleLabel } from '../role-labels.js';
import type { GrantRow } from '../service.js';

type Person = { id: string; familyName: string; givenName: string; email: string };

/** Confirmation steps (real pages, so they work without JavaScript) before revoking and disabling. */
function ConfirmPage(props: { user: Person; title: string; question: string; action: string; confirm: string; blocked?: string }) {
  const { t } = usePage();
  const back = `/admin/users/${props.user.id}`;
  return (
    <>
      <p class="breadcrumb">
        <a href="/admin">{t('nav.admin')}</a> › <a href="/admin/users">{t('users.list.title')}</a> ›{' '}
        <a href={back}>{formatPersonName(props.user.familyName, props.user.givenName)}</a>
      </p>
      <h1>{props.title}</h1>
      {props.blocked ? (
        <>
          <div class="error-summary" role="alert">
            <p>{props.blocked}</p>
          </div>
          <p>
            <a href={back}>{t('users.confirm.back')}</a>
          </p>
        </>
      ) : (
        <>
          <p>{props.question}</p>
          <PostForm action={props.action}>
            <p class="toolbar">
              <button type="submit" class="button-danger">
                {props.confirm}
              </button>
              <a href={back}>{t('form.cancel')}</a>
            </p>
          </PostForm>
        </>
      )}
    </>
  );
}

export function RevokeGrantPage(props: { user: Person; grant: GrantRow; blocked?: string }) {
  const { t } = usePage();
  const { user, grant } = props;
  const tenant = grant.pointName ?? grant.centerName ?? t('users.grants.noTenant');
  return (
    <ConfirmPage
      user={user}
      title={t('users.revoke.title')}
      question={t('users.revoke.question', {
        name: formatPersonName(user.familyName, user.givenName),
        role: roleLabel(t, grant.role),
        tenant,
      })}
      action={`/admin/users/${user.id}/grants/${grant.id}/delete`}
      confirm={t('users.revoke.confirm')}
      blocked={props.blocked}
    />
  );
}

export function DisableUserPage(props: { user: Person; blocked?: string }) {
  const { t } = usePage();
  const { user } = props;
  return (
    <ConfirmPage
      user={user}
      title={t('users.disable.title')}
      question={t('users.disable.question', { name: formatPersonName(user.familyName, user.givenName), email: user.email })}
      action={`/admin/users/${user.id}/disable`}
      confirm={t('users.disable.confirm')}
      blocked={props.blocked}
    />
  );
}
