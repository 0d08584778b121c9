import type { FieldError } from '../platform/validation.js';
import { CsrfField, useRecordField } from './forms.js';
import { usePage } from './page-context.js';

/**
 * A destructive step (close an opportunity, cancel a shift or a training session): without JavaScript the box must be
 * ticked, with it the browser also asks (public/app.js reads data-confirm). Ids carry `idSuffix`
 * so several such forms fit on one page.
 */
export function ConfirmForm(props: { action: string; button: string; question: string; idSuffix: string; error?: FieldError }) {
  const { t } = usePage();
  const id = `f-confirm-${props.idSuffix}`;
  useRecordField('confirm', id, props.question);
  return (
    <form method="post" action={props.action} class="confirm-form" data-confirm={props.question} novalidate>
      <CsrfField />
      <div class={`choice${props.error ? ' field-invalid' : ''}`}>
        <input
          type="checkbox"
          id={id}
          name="confirm"
          value="on"
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={props.error ? `${id}-error` : undefined}
        />{' '}
        <label for={id}>{props.question}</label>
        {props.error && (
          <p class="field-error" id={`${id}-error`}>
            {t(props.error.key, props.error.params)}
          </p>
        )}
      </div>
      <button type="submit" class="button-danger">
        {props.button}
      </button>
    </form>
  );
}
