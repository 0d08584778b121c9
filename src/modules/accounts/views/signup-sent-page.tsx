import { usePage } from '../../../ui/page-context.js';
import { ResendConfirmationForm } from './resend-confirmation.js';

/** The same page whether or not the address was already registered (nothing leaks). */
export function SignupSentPage(props: { organization: boolean }) {
  const { t } = usePage();
  return (
    <section class="narrow">
      <h1>{t('accounts.signupSent.title')}</h1>
      <p class="lead">{t('accounts.signupSent.text')}</p>
      {props.organization && (
        <section class="card">
          <h2>{t('accounts.signupSent.orgTitle')}</h2>
          <p>{t('accounts.signupSent.orgText')}</p>
        </section>
      )}
      <h2>{t('accounts.resend.title')}</h2>
      <p>{t('accounts.signupSent.noMail')}</p>
      <ResendConfirmationForm />
    </section>
  );
}
