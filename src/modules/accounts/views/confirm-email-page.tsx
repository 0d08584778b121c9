import type { MessageKey } from '../../../platform/i18n.js';
import { PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import type { ConfirmOutcome } from '../service.js';
import { ResendConfirmationForm } from './resend-confirmation.js';

const failureText: Record<Exclude<ConfirmOutcome, 'confirmed'>, MessageKey> = {
  expired: 'accounts.confirm.expiredText',
  used: 'accounts.confirm.usedText',
  invalid: 'accounts.confirm.invalidText',
};

export function confirmEmailTitle(outcome: ConfirmOutcome): MessageKey {
  return outcome === 'confirmed' ? 'accounts.confirm.successTitle' : 'accounts.confirm.failedTitle';
}

export function ConfirmEmailPage(props: { outcome: ConfirmOutcome }) {
  const { t } = usePage();
  if (props.outcome === 'confirmed') {
    return (
      <section class="narrow">
        <h1>{t('accounts.confirm.successTitle')}</h1>
        <p class="lead">{t('accounts.confirm.successText')}</p>
        <p>
          <a class="button" href="/login">
            {t('accounts.confirm.loginLink')}
          </a>
        </p>
      </section>
    );
  }
  return (
    <section class="narrow">
      <h1>{t('accounts.confirm.failedTitle')}</h1>
      <p class="lead">{t(failureText[props.outcome])}</p>
      {props.outcome === 'used' && (
        <p>
          <a href="/login">{t('accounts.confirm.loginLink')}</a>
        </p>
      )}
      <h2>{t('accounts.resend.title')}</h2>
      <ResendConfirmationForm />
    </section>
  );
}

/** The page a confirmation link opens: one button that confirms (POST), so a link scanner's GET changes nothing. */
export function ConfirmEmailButtonPage(props: { token: string }) {
  const { t } = usePage();
  return (
    <section class="narrow">
      <h1>{t('accounts.confirm.pendingTitle')}</h1>
      <p class="lead">{t('accounts.confirm.pendingText')}</p>
      <PostForm action="/confirm-email">
        <input type="hidden" name="token" value={props.token} />
        <p>
          <button type="submit">{t('accounts.confirm.button')}</button>
        </p>
      </PostForm>
    </section>
  );
}
