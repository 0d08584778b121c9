import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';

/** The confirmation step before removing a member (a real page, so it works without JavaScript). */
export function MemberRemovePage(props: { organization: { id: string; name: string }; member: { userId: string; name: string }; lastAdmin?: boolean }) {
  const { t } = usePage();
  const back = `/organizations/${props.organization.id}`;
  return (
    <>
      <p class="breadcrumb">
        <a href={back}>{props.organization.name}</a>
      </p>
      <h1>{t('organizations.remove.title')}</h1>
      {props.lastAdmin ? (
        <>
          <div class="error-summary" role="alert">
            <p>{t('organizations.remove.lastAdmin')}</p>
          </div>
          <p>
            <a href={back}>{t('organizations.remove.back')}</a>
          </p>
        </>
      ) : (
        <>
          <p>{t('organizations.remove.question', { name: props.member.name, organization: props.organization.name })}</p>
          <PostForm action={`/organizations/${props.organization.id}/members/${props.member.userId}/delete`}>
            <p class="toolbar">
              <button type="submit" class="button-danger">
                {t('organizations.remove.confirm')}
              </button>
              <a href={back}>{t('form.cancel')}</a>
            </p>
          </PostForm>
        </>
      )}
    </>
  );
}
