import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, Field, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { emailMaxLength } from '../schema.js';

/**
 * The "send the link again" form. With `knownEmail` (login of an unconfirmed account) the address
 * travels hidden, so the page does not show two e-mail fields with the same id.
 */
export function ResendConfirmationForm(props: { knownEmail?: string; value?: string; errors?: FieldErrors }) {
  const { t } = usePage();
  return (
    <PostForm action="/confirm-email/resend" class="resend-form">
      {props.knownEmail !== undefined ? (
        <input type="hidden" name="email" value={props.knownEmail} />
      ) : (
        <Field
          name="email"
          type="email"
          label={t('accounts.field.email')}
          value={props.value}
          error={props.errors?.email}
          required
          autocomplete="email"
          maxLength={emailMaxLength}
        />
      )}
      <p>
        <button type="submit" class="button-secondary">
          {t('accounts.resend.submit')}
        </button>
      </p>
    </PostForm>
  );
}

/** Shown when the resend form itself was filled in wrongly. */
export function ResendConfirmationPage(props: { value?: string; errors?: FieldErrors }) {
  const { t } = usePage();
  return (
    <section class="narrow">
      <h1>{t('accounts.resend.title')}</h1>
      <ErrorSummary errors={props.errors} />
      <ResendConfirmationForm value={props.value} errors={props.errors} />
    </section>
  );
}
