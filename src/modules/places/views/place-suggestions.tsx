import { type Place, placeLabel } from '../service.js';

/**
 * The htmx fragment for a PlaceField's <datalist>: one option per settlement, whose value is the
 * "Name (County)" text that resolvePlace reads back when the form is posted.
 */
export function PlaceSuggestions(props: { places: Place[] }) {
  return (
    <>
      {props.places.map((p) => (
        <option value={placeLabel(p)} />
      ))}
    </>
  );
}
