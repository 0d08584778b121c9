import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { passwordMaxLength } from '../schema.js';
import { NewPasswordFields } from './new-password-fields.js';

export function ChangePasswordPage(props: { errors?: FieldErrors }) {
  const { t, actor } = usePage();
  const errors = props.errors ?? {};
  return (
    <section class="narrow">
      <h1>{t('accounts.password.title')}</h1>
      <p class="lead">{t('accounts.password.lead')}</p>
      <ErrorSummary errors={props.errors} />
      <PostForm action="/account/password">
        {/* Lets password managers tie the new password to the right account. */}
        <input type="hidden" name="username" autocomplete="username" value={actor?.email ?? ''} />
        <Field
          name="currentPassword"
          type="password"
          label={t('accounts.field.currentPassword')}
          error={errors.currentPassword}
          required
          autocomplete="current-password"
          maxLength={passwordMaxLength}
        />
        <NewPasswordFields errors={errors} variant="new" />
        <p>
          <button type="submit">{t('accounts.password.submit')}</button> <a href="/account">{t('form.cancel')}</a>
        </p>
      </PostForm>
    </section>
  );
}
