import type { FieldError } from '../platform/validation.js';
import { FieldErrorText, RequiredMark, useRecordField } from './forms.js';

/*
 * Checkbox groups, radio groups and a single checkbox in the style of forms.tsx `Field` (legend or
 * label, hint and error wired for screen readers). The first box carries the field id, so an error
 * summary can point at the group. A required choice is `required` on the inputs too, as in `Field`.
 */

type Option = { value: string; label: string };
type RadioOption = Option & { hint?: string };

/** A fieldset of checkboxes posting `name` once per ticked box. */
export function CheckboxGroup(props: { name: string; legend: string; options: Option[]; values: string[]; error?: FieldError; hint?: string }) {
  const errorId = `f-${props.name}-error`;
  useRecordField(props.name, `f-${props.name}`, props.legend);
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
      <FieldErrorText id={errorId} error={props.error} />
      {props.options.map((o, i) => {
        const id = i === 0 ? `f-${props.name}` : `f-${props.name}-${o.value}`;
        return (
          <div class="choice">
            <input type="checkbox" id={id} name={props.name} value={o.value} checked={props.values.includes(o.value)} aria-describedby={describedBy} />{' '}
            <label for={id}>{o.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** A fieldset whose legend is the question (with an optional hint under it); an option may have a hint under its label. */
export function RadioGroup(props: {
  name: string;
  legend: string;
  options: RadioOption[];
  value?: string;
  error?: FieldError;
  required?: boolean;
  hint?: string;
}) {
  const errorId = `f-${props.name}-error`;
  const groupHintId = props.hint ? `f-${props.name}-group-hint` : undefined;
  useRecordField(props.name, `f-${props.name}`, props.legend);
  return (
    <fieldset class={`choice-group${props.error ? ' field-invalid' : ''}`}>
      <legend>
        {props.legend}
        <RequiredMark required={props.required} />
      </legend>
      {props.hint && (
        <p class="hint" id={groupHintId}>
          {props.hint}
        </p>
      )}
      <FieldErrorText id={errorId} error={props.error} />
      {props.options.map((o, i) => {
        const id = i === 0 ? `f-${props.name}` : `f-${props.name}-${o.value}`;
        const hintId = o.hint ? `${id}-hint` : undefined;
        const describedBy = [groupHintId, hintId, props.error && errorId].filter(Boolean).join(' ') || undefined;
        return (
          <div class="choice">
            <input
              type="radio"
              id={id}
              name={props.name}
              value={o.value}
              checked={props.value === o.value}
              required={props.required}
              aria-describedby={describedBy}
            />{' '}
            <label for={id}>{o.label}</label>
            {o.hint && (
              <p class="hint" id={hintId}>
                {o.hint}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

/**
 * One checkbox posting `value` ("on" unless given) when ticked. `describedBy` names text elsewhere on
 * the page that explains it (e.g. the privacy notice the box accepts).
 */
export function Checkbox(props: {
  name: string;
  label: string;
  value?: string;
  checked?: boolean;
  error?: FieldError;
  required?: boolean;
  hint?: string;
  describedBy?: string;
}) {
  const id = `f-${props.name}`;
  useRecordField(props.name, id, props.label);
  const describedBy = [props.describedBy, props.hint && `${id}-hint`, props.error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`choice${props.error ? ' field-invalid' : ''}`}>
      <input
        type="checkbox"
        id={id}
        name={props.name}
        value={props.value ?? 'on'}
        checked={props.checked}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy}
      />{' '}
      <label for={id}>
        {props.label}
        <RequiredMark required={props.required} />
      </label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <FieldErrorText id={`${id}-error`} error={props.error} />
    </div>
  );
}
