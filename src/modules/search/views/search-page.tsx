import type { FieldErrors } from '../../../platform/validation.js';
import { usePage } from '../../../ui/page-context.js';
import type { Place } from '../../places/service.js';
import type { CountyShape } from '../hungary-map.js';
import type { SearchChoices, SearchOutcome } from '../service.js';
import { PlaceChoices } from './place-choices.js';
import { renderedOnce } from './rendered-once.js';
import { SearchFilters, type SearchFormValues } from './search-filters.js';
import { SearchResults } from './search-results.js';

type Props = {
  values: SearchFormValues;
  choices: SearchChoices;
  shapes: CountyShape[];
  /** Missing when a filter was invalid: the form then shows the errors next to the fields. */
  outcome?: SearchOutcome;
  errors?: FieldErrors;
  sortFellBack?: boolean;
  /** Settlements to choose from when the place text was partial or ambiguous. */
  placeChoices?: Place[];
};

/**
 * GET /opportunities: the filters, then the map and the list of what matched. With a result, both
 * parts are rendered once per language and URL while the result is cached (rendered-once.tsx).
 */
export function OpportunitySearchPage(props: Props) {
  const ctx = usePage();
  const { t } = ctx;
  const filters = <SearchFilters values={props.values} choices={props.choices} errors={props.errors} />;
  const { outcome } = props;
  return (
    <>
      <h1>{t('search.title')}</h1>
      <p class="lead">{t('search.lead')}</p>
      {props.placeChoices?.length ? <PlaceChoices places={props.placeChoices} typed={props.values.place ?? ''} /> : null}
      {outcome ? (
        <>
          <div dangerouslySetInnerHTML={{ __html: renderedOnce(ctx, outcome, 'filters', filters) }} />
          <div
            dangerouslySetInnerHTML={{
              __html: renderedOnce(
                ctx,
                outcome,
                'results',
                <SearchResults outcome={outcome} shapes={props.shapes} sortFellBack={props.sortFellBack ?? false} />,
              ),
            }}
          />
        </>
      ) : (
        filters
      )}
    </>
  );
}
