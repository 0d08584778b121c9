import { formatDate, formatPersonName } from '../../../platform/i18n.js';
import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { RelatedArticle } from '../../knowledge/views/related-article.js';
import type { GuardianInviteForm } from '../service.js';

/**
 * Inviting a guardian to link their account: from the minor's own profile (informal "te") or the staff
 * volunteer page (formal "Ön"). The address defaults to the guardian e-mail on the profile.
 */
export function GuardianInvitePage(props: { form: GuardianInviteForm; action: string; back: string; staff: boolean; email?: string; errors?: FieldErrors }) {
  const { t, locale } = usePage();
  const { volunteer, invitations } = props.form;
  const name = formatPersonName(volunteer.familyName, volunteer.givenName);
  return (
    <>
      <h1>{t('guardians.invite.title')}</h1>
      <p>{t(props.staff ? 'guardians.invite.leadStaff' : 'guardians.invite.leadOwn', { name })}</p>
      <RelatedArticle slug="kiskoru-onkentesek" label="knowledge.related.minors" />
      <ErrorSummary errors={props.errors} />
      <PostForm action={props.action}>
        <Field
          name="email"
          type="email"
          label={t('guardians.invite.email')}
          value={props.email ?? volunteer.guardianEmail ?? ''}
          error={props.errors?.email}
          autocomplete="off"
          required
        />
        <p class="toolbar">
          <button type="submit">{t('guardians.invite.submit')}</button>
          <a href={props.back}>{t('form.cancel')}</a>
        </p>
      </PostForm>
      <h2>{t('guardians.invite.sentTitle')}</h2>
      {invitations.length === 0 ? (
        <p class="empty-state">{t('guardians.invite.none')}</p>
      ) : (
        <ul>
          {invitations.map((i) => (
            <li key={i.id}>
              {i.invitedEmail} – {formatDate(locale, i.invitedAt)}:{' '}
              {t(i.confirmedAt ? 'guardians.invite.confirmed' : i.expiresAt.getTime() < Date.now() ? 'guardians.invite.expired' : 'guardians.invite.pending')}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
