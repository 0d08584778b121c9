import type { Page } from '../../../platform/list-params.js';
import { ExportLinks } from '../../../ui/export-links.js';
import { Field, SelectField } from '../../../ui/forms.js';
import { usePage } from '../../../ui/page-context.js';
import { Pagination } from '../../../ui/pagination.js';
import type { PlaceSearch } from '../schema.js';
import type { CountryTotals, PlaceDetails } from '../service.js';
import { CountyTotalsTable } from './county-totals-table.js';
import { PlacesTable } from './places-table.js';

type Props = {
  search: PlaceSearch;
  counties: string[];
  /** Set when the visitor searched (a name, code or county); otherwise the county overview shows. */
  results?: Page<PlaceDetails>;
  totals?: CountryTotals;
};

/** GET /places: a plain GET form, so searching works without JavaScript. */
export function PlacesSearchPage(props: Props) {
  const { t } = usePage();
  const { search } = props;
  return (
    <>
      <h1>{t('places.title')}</h1>
      <p class="lead">{t('places.lead')}</p>
      <form method="get" action="/places" role="search" class="toolbar">
        <Field name="q" type="search" label={t('places.search.label')} hint={t('places.search.hint')} value={search.q} maxLength={100} autocomplete="off" />
        <SelectField
          name="county"
          label={t('places.search.county')}
          options={props.counties.map((c) => ({ value: c, label: c }))}
          value={search.county}
          emptyLabel={t('places.search.allCounties')}
        />
        {search.sort !== 'name' && <input type="hidden" name="sort" value={search.sort} />}
        {search.dir !== 'asc' && <input type="hidden" name="dir" value={search.dir} />}
        <div class="field">
          <button type="submit">{t('places.search.submit')}</button>
        </div>
      </form>
      {props.results ? <SearchResults search={search} results={props.results} /> : null}
      {props.totals ? <CountyTotalsTable totals={props.totals} /> : null}
    </>
  );
}

function SearchResults(props: { search: PlaceSearch; results: Page<PlaceDetails> }) {
  const { t } = usePage();
  const { results } = props;
  return (
    <section aria-labelledby="places-results-title">
      <h2 id="places-results-title">{t('places.results.title')}</h2>
      <p role="status">{t('places.results.count', { total: results.total })}</p>
      <PlacesTable places={results.items} sort={props.search.sort} dir={props.search.dir} />
      {results.items.length > 0 && (
        <>
          <Pagination page={results} />
          <ExportLinks />
        </>
      )}
      <p>
        <a href="/places">{t('places.search.reset')}</a>
      </p>
    </section>
  );
}
