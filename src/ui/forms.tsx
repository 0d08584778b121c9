import type { ComponentChildren, JSX } from 'preact';
import { csrfFieldName } from '../platform/csrf.js';
import type { FieldError, FieldErrors } from '../platform/validation.js';
import { usePage } from './page-context.js';

export function CsrfField() {
  const { csrfToken } = usePage();
  return <input type="hidden" name={csrfFieldName} value={csrfToken} />;
}

/** A POST form with the CSRF token; `novalidate` so the server's Hungarian messages are shown. */
export function PostForm(props: { action: string; children: ComponentChildren; class?: string; id?: string }) {
  return (
    <form method="post" action={props.action} class={props.class} id={props.id} novalidate>
      <CsrfField />
      {props.children}
    </form>
  );
}

export function ErrorSummary(props: { errors?: FieldErrors }) {
  const { t } = usePage();
  if (!props.errors || Object.keys(props.errors).length === 0) return null;
  const formError = props.errors._form;
  return (
    <div class="error-summary" role="alert" tabindex={-1}>
      <p>{formError ? t(formError.key, formError.params) : t('form.errorSummary')}</p>
    </div>
  );
}

type FieldProps = {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'tel' | 'number' | 'date' | 'datetime-local' | 'time' | 'search' | 'url';
  min?: number;
  max?: number;
  value?: string;
  error?: FieldError;
  hint?: string;
  required?: boolean;
  autocomplete?: string;
  maxLength?: number;
  inputAttrs?: JSX.HTMLAttributes<HTMLInputElement>;
};

/** " (kötelező)" after a required field's label or legend. */
export function RequiredMark(props: { required?: boolean }) {
  const { t } = usePage();
  return props.required ? <span class="required"> ({t('form.required')})</span> : null;
}

/** The error under a field, in the reader's language; `id` is what the control's aria-describedby names. */
export function FieldErrorText(props: { id: string; error?: FieldError }) {
  const { t } = usePage();
  if (!props.error) return null;
  return (
    <p class="field-error" id={props.id}>
      {t(props.error.key, props.error.params)}
    </p>
  );
}

/**
 * What every single-control field shares: the label (with "required"), the hint, the control, and
 * the error next to it, wired together for screen readers through `describedBy`.
 */
export function FieldShell(props: {
  id: string;
  label: string;
  hint?: string;
  error?: FieldError;
  required?: boolean;
  control: (describedBy: string | undefined) => ComponentChildren;
}) {
  const { id } = props;
  const describedBy = [props.hint && `${id}-hint`, props.error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${props.error ? ' field-invalid' : ''}`}>
      <label for={id}>
        {props.label}
        <RequiredMark required={props.required} />
      </label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.control(describedBy)}
      <FieldErrorText id={`${id}-error`} error={props.error} />
    </div>
  );
}

/** Label, input, hint and the error next to the field, wired together for screen readers. */
export function Field(props: FieldProps) {
  const id = `f-${props.name}`;
  return (
    <FieldShell
      id={id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      required={props.required}
      control={(describedBy) => (
        <input
          id={id}
          name={props.name}
          type={props.type ?? 'text'}
          value={props.type === 'password' ? undefined : props.value}
          required={props.required}
          autocomplete={props.autocomplete}
          maxLength={props.maxLength}
          min={props.min}
          max={props.max}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy}
          {...props.inputAttrs}
        />
      )}
    />
  );
}

type SelectProps = {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string;
  error?: FieldError;
  required?: boolean;
  emptyLabel?: string;
  hint?: string;
};

export function SelectField(props: SelectProps) {
  const id = `f-${props.name}`;
  return (
    <FieldShell
      id={id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      required={props.required}
      control={(describedBy) => (
        <select id={id} name={props.name} required={props.required} aria-invalid={props.error ? 'true' : undefined} aria-describedby={describedBy}>
          {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
          {props.options.map((o) => (
            <option value={o.value} selected={o.value === props.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

type TextAreaProps = {
  name: string;
  label: string;
  value?: string;
  error?: FieldError;
  hint?: string;
  required?: boolean;
  maxLength?: number;
  rows?: number;
  /** Distinguishes two textareas with the same name on one page (ids must be unique). */
  idPrefix?: string;
};

/** A labelled multi-line field with its hint and error next to it, like `Field`. */
export function TextAreaField(props: TextAreaProps) {
  const id = `${props.idPrefix ?? 'f'}-${props.name}`;
  return (
    <FieldShell
      id={id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      required={props.required}
      control={(describedBy) => (
        <textarea
          id={id}
          name={props.name}
          rows={props.rows ?? 4}
          required={props.required}
          maxLength={props.maxLength}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy}
        >
          {props.value ?? ''}
        </textarea>
      )}
    />
  );
}
