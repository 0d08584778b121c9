import type { FieldError } from '../../../platform/validation.js';
import { usePage } from '../../../ui/page-context.js';

/*
 * Checkbox groups, a single checkbox and a text area in the style of ui/forms.tsx `Field` (label,
 * hint and error wired for screen readers). Candidates for ui/forms.tsx once a second module needs them.
 */

export function CheckboxGroup(props: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  values: string[];
  error?: FieldError;
  hint?: string;
}) {
  const { t } = usePage();
  const errorId = `f-${props.name}-error`;
  const hintId = props.hint ? `f-${props.name}-hint` : undefined;
  const describedBy = [hintId, props.error && errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset class={`choice-group${props.error ? ' field-invalid' : ''}`}>
      <legend>{props.legend}</legend>
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="field-error" id={errorId}>
          {t(props.error.key, props.error.params)}
        </p>
      )}
      {props.options.map((option, i) => {
        // The first box carries the field id, so the error summary can point at the group.
        const id = i === 0 ? `f-${props.name}` : `f-${props.name}-${option.value}`;
        return (
          <div class="choice">
            <input type="checkbox" id={id} name={props.name} value={option.value} checked={props.values.includes(option.value)} aria-describedby={describedBy} />{' '}
            <label for={id}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

export function Checkbox(props: { name: string; label: string; checked: boolean; error?: FieldError; hint?: string }) {
  const { t } = usePage();
  const id = `f-${props.name}`;
  const describedBy = [props.hint && `${id}-hint`, props.error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`choice${props.error ? ' field-invalid' : ''}`}>
      <input type="checkbox" id={id} name={props.name} value="on" checked={props.checked} aria-invalid={props.error ? 'true' : undefined} aria-describedby={describedBy} />{' '}
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="field-error" id={`${id}-error`}>
          {t(props.error.key, props.error.params)}
        </p>
      )}
    </div>
  );
}

/** A date-time, time or number input (the shared `Field` offers neither the first two nor min/max). */
export function InputField(props: {
  name: string;
  label: string;
  type: 'datetime-local' | 'time' | 'number';
  value?: string;
  error?: FieldError;
  hint?: string;
  required?: boolean;
  min?: number;
  max?: number;
}) {
  const { t } = usePage();
  const id = `f-${props.name}`;
  const describedBy = [props.hint && `${id}-hint`, props.error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${props.error ? ' field-invalid' : ''}`}>
      <label for={id}>
        {props.label}
        {props.required && <span class="required"> ({t('form.required')})</span>}
      </label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <input
        id={id}
        name={props.name}
        type={props.type}
        value={props.value}
        required={props.required}
        min={props.min}
        max={props.max}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy}
      />
      {props.error && (
        <p class="field-error" id={`${id}-error`}>
          {t(props.error.key, props.error.params)}
        </p>
      )}
    </div>
  );
}
