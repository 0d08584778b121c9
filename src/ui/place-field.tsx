import type { FieldError } from '../platform/validation.js';
import { FieldShell } from './forms.js';
import { usePage } from './page-context.js';

type PlaceFieldProps = {
  /** Form field name; the form posts the settlement as text under it, e.g. "Kecskemét (Bács-Kiskun)". */
  name: string;
  label: string;
  value?: string;
  error?: FieldError;
  required?: boolean;
  /** Shown under the label; a default explains the autocomplete. Pass "" for none. */
  hint?: string;
};

/**
 * A settlement field. Without JavaScript it is a plain text input: the person types the name,
 * "Name (County)" or a postal code, and the service turns it into a place with resolvePlace
 * (src/modules/places/service.ts), showing places.error.* next to the field when it cannot.
 * With htmx, typing fills the <datalist> from GET /places/suggest; htmx sends the input's value
 * under the input's own name, so `field=` tells the endpoint which parameter to read.
 */
export function PlaceField(props: PlaceFieldProps) {
  const { t } = usePage();
  const id = `f-${props.name}`;
  const listId = `${id}-options`;
  const hint = props.hint ?? t('places.field.hint');
  return (
    <FieldShell
      name={props.name}
      id={id}
      label={props.label}
      hint={hint}
      error={props.error}
      required={props.required}
      control={(describedBy) => (
        <>
          <input
            id={id}
            name={props.name}
            type="text"
            value={props.value}
            required={props.required}
            maxLength={120}
            list={listId}
            // The browser's own address autofill would cover the suggestions with unrelated entries.
            autocomplete="off"
            aria-invalid={props.error ? 'true' : undefined}
            aria-describedby={describedBy}
            hx-get={`/places/suggest?field=${encodeURIComponent(props.name)}`}
            hx-trigger="input changed delay:250ms"
            hx-target={`#${listId}`}
            hx-swap="innerHTML"
            hx-sync="this:replace"
          />
          <datalist id={listId} />
        </>
      )}
    />
  );
}
