import type { FieldErrors } from '../../../platform/validation.js';
import { Field } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { passwordMaxLength } from '../schema.js';

/** The new password and its confirmation, as sign-up, reset and change all ask for them. */
export function NewPasswordFields(props: { errors: FieldErrors; variant: 'first' | 'new' }) {
  const { t } = usePage();
  const first = props.variant === 'first';
  return (
    <>
      <Field
        name="password"
        type="password"
        label={t(first ? 'accounts.field.password' : 'accounts.field.newPassword')}
        hint={t('accounts.field.passwordHint')}
        error={props.errors.password}
        required
        autocomplete="new-password"
        maxLength={passwordMaxLength}
      />
      <Field
        name="passwordConfirm"
        type="password"
        label={t(first ? 'accounts.field.passwordConfirm' : 'accounts.field.newPasswordConfirm')}
        error={props.errors.passwordConfirm}
        required
        autocomplete="new-password"
        maxLength={passwordMaxLength}
      />
    </>
  );
}
