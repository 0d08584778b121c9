import type { ComponentChildren, JSX } from 'preact';
import { csrfFieldName } from '../platform/csrf.js';
import type { FieldError, FieldErrors } from '../platform/validation.js';
import type { RecordedField } from './form-field-registry.js';
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

/**
 * Records a form control of this render so the page's error summary can link to it; every field
 * component calls it, and a view with hand-written markup calls it for its own controls.
 */
export function useRecordField(name: string, id: string, label: string): void {
  usePage().formFields?.record({ name, id, label });
}

/** Marks, in form order, a hand-written control the error summary should link to; renders nothing. */
export function SummaryTarget(props: { name: string; id: string; label: string }) {
  useRecordField(props.name, props.id, props.label);
  return null;
}

type SummaryItem = { key: string; id?: string; text: string };

/** The invalid fields in form order, each with the control to link to; fields without one come last. */
function summaryItems(errors: FieldErrors, fields: RecordedField[], t: ReturnType<typeof usePage>['t']): SummaryItem[] {
  const items = Object.entries(errors)
    .filter(([name]) => name !== '_form')
    .map(([name, error]) => {
      const index = fields.findIndex((f) => f.name === name);
      const field = fields[index];
      const message = t(error.key, error.params);
      return { key: name, id: field?.id, text: field ? `${field.label}: ${message}` : message, order: index < 0 ? fields.length : index };
    });
  return items.sort((a, b) => a.order - b.order).map(({ order: _order, ...item }) => item);
}

/**
 * The box above a rejected form: a lead sentence (or the form-wide error) and a link to every invalid
 * field. It takes focus when the page loads (`autofocus`; public/app.js does the same after an htmx
 * swap), so keyboard and screen reader users start at the list of what to fix.
 */
export function ErrorSummary(props: { errors?: FieldErrors }) {
  const { t, formFields } = usePage();
  if (!props.errors || Object.keys(props.errors).length === 0) return null;
  const formError = props.errors._form;
  const items = summaryItems(props.errors, formFields?.fieldsForSummary() ?? [], t);
  return (
    <div class="error-summary" role="alert" tabindex={-1} autofocus>
      <p>{formError ? t(formError.key, formError.params) : t('form.errorSummary')}</p>
      {items.length > 0 && (
        <ul>
          {items.map((item) => (
            <li key={item.key}>{item.id ? <a href={`#${item.id}`}>{item.text}</a> : item.text}</li>
          ))}
        </ul>
      )}
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
  /** The posted field name, for the error summary's link; leave out for a control that posts none. */
  name?: string;
  id: string;
  label: string;
  hint?: string;
  error?: FieldError;
  required?: boolean;
  control: (describedBy: string | undefined) => ComponentChildren;
}) {
  const { id } = props;
  useRecordField(props.name ?? id, id, props.label);
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
      name={props.name}
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
      name={props.name}
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
      name={props.name}
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
