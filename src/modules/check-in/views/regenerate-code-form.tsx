import type { FieldError } from '../../../platform/validation.js';
import { CsrfField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';

/**
 * "Make a new code", with the confirmation box that works without JavaScript (the server asks again
 * when it is not ticked): the same for a shift's code and a training session's.
 */
export function RegenerateCodeSection(props: { action: string; confirmError?: FieldError }) {
  const { t } = usePage();
  return (
    <section aria-labelledby="regenerate-heading">
      <h2 id="regenerate-heading">{t('checkIn.host.regenerateTitle')}</h2>
      <p>{t('checkIn.host.regenerateHint')}</p>
      <form method="post" action={props.action} class="confirm-form" data-confirm={t('checkIn.host.regenerateConfirm')} novalidate>
        <CsrfField />
        <div class={`choice${props.confirmError ? ' field-invalid' : ''}`}>
          <input
            type="checkbox"
            id="f-confirm"
            name="confirm"
            value="on"
            aria-invalid={props.confirmError ? 'true' : undefined}
            aria-describedby={props.confirmError ? 'f-confirm-error' : undefined}
          />{' '}
          <label for="f-confirm">{t('checkIn.host.regenerateConfirm')}</label>
          {props.confirmError && (
            <p class="field-error" id="f-confirm-error">
              {t(props.confirmError.key, props.confirmError.params)}
            </p>
          )}
        </div>
        <button type="submit" class="button-danger">
          {t('checkIn.host.regenerate')}
        </button>
      </form>
    </section>
  );
}
