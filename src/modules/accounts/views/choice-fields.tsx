import type { FieldError } from '../../../platform/validation.js';
import { usePage } from '../../../ui/page-context.js';

/*
 * Radio group and checkbox in the style of ui/forms.tsx `Field` (label, hint, error wired for
 * screen readers). They live here until another module needs them; then they belong in ui/forms.tsx.
 */

type RadioOption = { value: string; label: string; hint?: string };

/** A fieldset whose legend is the question; the first radio carries the field id, for error links. */
export function RadioGroup(props: {
  name: string;
  legend: string;
  options: RadioOption[];
  value?: string;
  error?: FieldError;
  required?: boolean;
}) {
  const { t } = usePage();
  const errorId = `f-${props.name}-error`;
  return (
    <fieldset class={`choice-group${props.error ? ' field-invalid' : ''}`}>
      <legend>
        {props.legend}
        {props.required && <span class="required"> ({t('form.required')})</span>}
      </legend>
      {props.error && (
        <p class="field-error" id={errorId}>
          {t(props.error.key, props.error.params)}
        </p>
      )}
      {props.options.map((option, i) => {
        const id = i === 0 ? `f-${props.name}` : `f-${props.name}-${option.value}`;
        const hintId = option.hint ? `${id}-hint` : undefined;
        const describedBy = [hintId, props.error && errorId].filter(Boolean).join(' ');
        return (
          <div class="choice">
            <input
              type="radio"
              id={id}
              name={props.name}
              value={option.value}
              checked={props.value === option.value}
              required={props.required}
              aria-describedby={describedBy || undefined}
            />{' '}
            <label for={id}>{option.label}</label>
            {option.hint && (
              <p class="hint" id={hintId}>
                {option.hint}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

/** A single checkbox that must be ticked (e.g. accepting the privacy notice), with its error. */
export function Checkbox(props: {
  name: string;
  label: string;
  value: string;
  checked?: boolean;
  error?: FieldError;
  required?: boolean;
  describedBy?: string;
}) {
  const { t } = usePage();
  const id = `f-${props.name}`;
  const describedBy = [props.describedBy, props.error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class={`choice${props.error ? ' field-invalid' : ''}`}>
      <input
        type="checkbox"
        id={id}
        name={props.name}
        value={props.value}
        checked={props.checked}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      />{' '}
      <label for={id}>
        {props.label}
        {props.required && <span class="required"> ({t('form.required')})</span>}
      </label>
      {props.error && (
        <p class="field-error" id={`${id}-error`}>
          {t(props.error.key, props.error.params)}
        </p>
      )}
    </div>
  );
}
