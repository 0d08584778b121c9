import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { emailMaxLength } from '../schema.js';

export function ForgotPasswordPage(props: { email?: string; errors?: FieldErrors }) {
  const { t } = usePage();
  return (
    <section class="narrow">
      <h1>{t('accounts.forgot.title')}</h1>
      <p class="lead">{t('accounts.forgot.lead')}</p>
      <ErrorSummary errors={props.errors} />
      <PostForm action="/forgot-password">
        <Field
          name="email"
          type="email"
          label={t('accounts.field.email')}
          value={props.email}
          error={props.errors?.email}
          required
          autocomplete="email"
          maxLength={emailMaxLength}
        />
        <p>
          <button type="submit">{t('accounts.forgot.submit')}</button>
        </p>
      </PostForm>
    </section>
  );
}

/** The same answer whether or not the address has an account. */
export function ForgotPasswordSentPage() {
  const { t } = usePage();
  return (
    <section class="narrow">
      <h1>{t('accounts.forgotSent.title')}</h1>
      <p class="lead">{t('accounts.forgotSent.text')}</p>
      <p>
        <a href="/login">{t('nav.login')}</a>
      </p>
    </section>
  );
}
