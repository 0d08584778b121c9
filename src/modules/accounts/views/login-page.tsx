import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { emailMaxLength, passwordMaxLength } from '../schema.js';
import { ResendConfirmationForm } from './resend-confirmation.js';

export function LoginPage(props: {
  email?: string;
  next?: string;
  errors?: FieldErrors;
  /** Set when the password was right but the address is not confirmed yet: offer a new link. */
  unconfirmedEmail?: string;
}) {
  const { t } = usePage();
  const errors = props.errors ?? {};
  return (
    <section class="narrow">
      <h1>{t('accounts.login.title')}</h1>
      <ErrorSummary errors={props.errors} />
      {props.unconfirmedEmail !== undefined && <ResendConfirmationForm knownEmail={props.unconfirmedEmail} />}
      <PostForm action="/login">
        {props.next && <input type="hidden" name="next" value={props.next} />}
        <Field
          name="email"
          type="email"
          label={t('accounts.field.email')}
          value={props.email}
          error={errors.email}
          required
          autocomplete="email"
          maxLength={emailMaxLength}
        />
        <Field
          name="password"
          type="password"
          label={t('accounts.field.password')}
          error={errors.password}
          required
          autocomplete="current-password"
          maxLength={passwordMaxLength}
        />
        <p>
          <button type="submit">{t('accounts.login.submit')}</button>
        </p>
      </PostForm>
      <p>
        <a href="/forgot-password">{t('accounts.login.forgot')}</a>
      </p>
      <p>
        {t('accounts.login.noAccount')} <a href="/signup">{t('accounts.login.signupLink')}</a>
      </p>
    </section>
  );
}
