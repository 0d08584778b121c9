import type { FieldErrors } from '../../../platform/validation.js';
import { Checkbox, RadioGroup } from '../../../ui/choice-fields.js';
import { ErrorSummary, Field, PostForm } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { emailMaxLength, nameMaxLength } from '../schema.js';
import { NewPasswordFields } from './new-password-fields.js';

export function SignupPage(props: { values?: Record<string, string | undefined>; errors?: FieldErrors }) {
  const { t } = usePage();
  const values = props.values ?? {};
  const errors = props.errors ?? {};
  return (
    <section class="narrow">
      <h1>{t('accounts.signup.title')}</h1>
      <p class="lead">{t('accounts.signup.lead')}</p>
      <ErrorSummary errors={props.errors} />
      <PostForm action="/signup">
        <RadioGroup
          name="kind"
          legend={t('accounts.signup.kindLegend')}
          value={values.kind}
          error={errors.kind}
          required
          options={[
            { value: 'volunteer', label: t('accounts.signup.kindVolunteer'), hint: t('accounts.signup.kindVolunteerHint') },
            {
              value: 'organization',
              label: t('accounts.signup.kindOrganization'),
              hint: t('accounts.signup.kindOrganizationHint'),
            },
          ]}
        />
        <Field
          name="familyName"
          label={t('accounts.field.familyName')}
          value={values.familyName}
          error={errors.familyName}
          required
          autocomplete="family-name"
          maxLength={nameMaxLength}
        />
        <Field
          name="givenName"
          label={t('accounts.field.givenName')}
          value={values.givenName}
          error={errors.givenName}
          required
          autocomplete="given-name"
          maxLength={nameMaxLength}
        />
        <Field
          name="email"
          type="email"
          label={t('accounts.field.email')}
          value={values.email}
          error={errors.email}
          required
          autocomplete="email"
          maxLength={emailMaxLength}
        />
        <NewPasswordFields errors={errors} variant="first" />
        <section class="privacy-summary" aria-labelledby="privacy-title">
          <h2 id="privacy-title">{t('accounts.signup.privacyTitle')}</h2>
          <p id="privacy-text">{t('accounts.signup.privacyText')}</p>
        </section>
        <Checkbox
          name="acceptTerms"
          value="yes"
          label={t('accounts.signup.acceptTerms')}
          checked={values.acceptTerms === 'yes'}
          error={errors.acceptTerms}
          required
          describedBy="privacy-text"
        />
        <p>
          <button type="submit">{t('accounts.signup.submit')}</button>
        </p>
      </PostForm>
      <p>
        {t('accounts.signup.haveAccount')} <a href="/login">{t('accounts.signup.loginLink')}</a>
      </p>
    </section>
  );
}
