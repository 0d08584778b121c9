import type { FieldErrors } from '../../../platform/validation.js';
import { usePage } from '../../../ui/page-context.js';
import type { CountyShape } from '../hungary-map.js';
import type { SearchChoices, SearchOutcome } from '../service.js';
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
};

/** GET /opportunities: the filters, then the map and the list of what matched. */
export function OpportunitySearchPage(props: Props) {
  const { t } = usePage();
  return (
    <>
      <h1>{t('search.title')}</h1>
      <p class="lead">{t('search.lead')}</p>
      <SearchFilters values={props.values} choices={props.choices} errors={props.errors} />
      {props.outcome && <SearchResults outcome={props.outcome} shapes={props.shapes} sortFellBack={props.sortFellBack ?? false} />}
    </>
  );
}
