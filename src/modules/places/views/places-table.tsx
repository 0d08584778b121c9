import { usePage } from '../../../ui/page-context.js';
import { SortableTable, type TableColumn } from '../../../ui/table.js';
import type { PlaceSortColumn } from '../schema.js';
import type { PlaceDetails } from '../service.js';
import { formatCount, shortPostalCodes } from './place-formats.js';

/** One page of search results in Hungarian order; the name links to the settlement's page. */
export function PlacesTable(props: { places: PlaceDetails[]; sort: PlaceSortColumn; dir: 'asc' | 'desc' }) {
  const { t, locale } = usePage();
  const columns: TableColumn<PlaceDetails>[] = [
    { sortKey: 'name', label: t('places.col.name'), rowHeader: true, cell: (p) => <a href={`/places/${p.id}`}>{p.name}</a> },
    { sortKey: 'county', label: t('places.col.county'), cell: (p) => p.county },
    { label: t('places.col.district'), cell: (p) => p.district ?? '' },
    { label: t('places.col.postalCodes'), cell: (p) => shortPostalCodes(t, p.postalCodes) },
    { sortKey: 'population', label: t('places.col.population'), cell: (p) => formatCount(locale, p.population) },
  ];
  return (
    <SortableTable
      caption={t('places.results.caption')}
      columns={columns}
      rows={props.places}
      sort={props.sort}
      dir={props.dir}
      emptyText={t('places.results.empty')}
      rowKey={(p) => p.id}
    />
  );
}
