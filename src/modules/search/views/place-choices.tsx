import { usePage } from '../../../ui/page-context.js';
import { urlWith } from '../../../ui/pagination.js';
import { type Place, placeLabel } from '../../places/service.js';

/**
 * The settlements a partial or ambiguous place text may mean, each a link that runs the same
 * search with that settlement ("Name (County)", which resolvePlace reads back as exactly one).
 * This is the place filter's choice without JavaScript; with htmx the field's autocomplete
 * offers the same list while typing.
 */
export function PlaceChoices(props: { places: Place[]; typed: string }) {
  const { t, url } = usePage();
  return (
    <section class="place-choices" aria-labelledby="place-choices-title">
      <h2 id="place-choices-title">{t('search.placeChoices.title')}</h2>
      <p>{t('search.placeChoices.lead', { text: props.typed })}</p>
      <ul>
        {props.places.map((p) => (
          <li>
            <a href={urlWith(url, { place: placeLabel(p), page: undefined })}>{placeLabel(p)}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
