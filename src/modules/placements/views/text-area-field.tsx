import type { FieldError } from '../../../platform/validation.js';
import { usePage } from '../../../ui/page-context.js';

/** A labelled textarea with its error next to it (forms.tsx has single-line fields only). */
export function TextAreaField(props: { name: string; label: string; value?: string; error?: FieldError; hint?: string; required?: boolean; idPrefix?: string }) {
  const { t } = usePage();
  const id = `${props.idPrefix ?? 'f'}-${props.name}`;
  const describedBy = [props.hint && `${id}-hint`, props.error && `${id}-error`].filter(Boolean).join(' ');
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
      <textarea id={id} name={props.name} rows={3} aria-invalid={props.error ? 'true' : undefined} aria-describedby={describedBy || undefined}>
        {props.value ?? ''}
      </textarea>
      {props.error && (
        <p class="field-error" id={`${id}-error`}>
          {t(props.error.key, props.error.params)}
        </p>
      )}
    </div>
  );
}
