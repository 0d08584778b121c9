import type { FieldErrors } from '../../../platform/validation.js';
import { ErrorSummary, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { NewPasswordFields } from './new-password-fields.js';

export function ResetPasswordPage(props: { token: string; errors?: FieldErrors }) {
  const { t } = usePage();
  const errors = props.errors ?? {};
  return (
    <section class="narrow">
      <h1>{t('accounts.reset.title')}</h1>
      <p class="lead">{t('accounts.reset.lead')}</p>
      <ErrorSummary errors={props.errors} />
      <PostForm action="/reset-password">
        <input type="hidden" name="token" value={props.token} />
        <NewPasswordFields errors={errors} variant="new" />
        <p>
          <button type="submit">{t('accounts.reset.submit')}</button>
        </p>
      </PostForm>
    </section>
  );
}

export function ResetLinkInvalidPage() {
  const { t } = usePage();
  return (
    <section class="narrow">
      <h1>{t('accounts.reset.invalidTitle')}</h1>
      <p class="lead">{t('accounts.reset.invalidText')}</p>
      <p>
        <a class="button" href="/forgot-password">
          {t('accounts.reset.requestNew')}
        </a>
      </p>
    </section>
  );
}
