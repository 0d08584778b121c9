import type { Page } from '../../../platform/list-params.js';
import type { FieldError } from '../../../platform/validation.js';
import { usePage } from '../../../ui/page-context.js';
import { Pagination } from '../../../ui/pagination.js';
import { PlaceField } from '../../../ui/place-field.js';
import type { CountyShape } from '../../search/hungary-map.js';
import type { PublicPoint } from '../network-service.js';
import { PointsMap } from './points-map.js';

type Props = {
  page: Page<PublicPoint>;
  place: string;
  placeError?: FieldError;
  origin?: { name: string; lat: number; lon: number };
  shapes: CountyShape[];
};

/** Every active Volunteer Point, on the map and as a list; with a settlement, the nearest first. */
export function PublicPointsPage(props: Props) {
  const { t } = usePage();
  const first = (props.page.page - 1) * props.page.pageSize;
  return (
    <>
      <h1>{t('points.public.title')}</h1>
      <p>{t('points.public.intro')}</p>
      <form method="get" action="/points" role="search" aria-label={t('points.public.nearest')}>
        <PlaceField name="place" label={t('points.public.nearest')} value={props.place} error={props.placeError} />
        <p>
          <button type="submit">{t('points.public.search')}</button>
        </p>
      </form>
      {props.page.items.length === 0 ? (
        <p>{t('points.public.empty')}</p>
      ) : (
        <>
          {props.origin && <p>{t('points.public.orderedFrom', { place: props.origin.name })}</p>}
          <PointsMap
            id="points-map"
            caption={t('points.public.mapCaption', { count: props.page.items.length })}
            shapes={props.shapes}
            markers={props.page.items.map((p) => ({ key: p.id, label: `${p.name}, ${p.placeName}`, lat: p.lat, lon: p.lon, href: `#point-${p.id}` }))}
            centre={props.origin}
          />
          <ol class="card-list" start={first + 1}>
            {props.page.items.map((p) => (
              <li key={p.id} id={`point-${p.id}`}>
                <h2>{p.name}</h2>
                <p>
                  {p.placeName}
                  {p.address && `, ${p.address}`}
                  {p.distanceKm !== null && ` – ${t('points.public.distance', { km: p.distanceKm.toLocaleString('hu-HU', { maximumFractionDigits: 1 }) })}`}
                </p>
                <dl class="details">
                  <dt>{t('points.field.openingHours')}</dt>
                  <dd>{p.openingHours ?? '–'}</dd>
                  <dt>{t('points.public.contact')}</dt>
                  <dd>
                    {[p.contactName, p.phone].filter(Boolean).join(', ')}
                    {p.email && (
                      <>
                        {p.contactName || p.phone ? ', ' : ''}
                        <a href={`mailto:${p.email}`}>{p.email}</a>
                      </>
                    )}
                    {!p.contactName && !p.phone && !p.email && '–'}
                  </dd>
                  <dt>{t('points.field.center')}</dt>
                  <dd>{p.centerName}</dd>
                </dl>
              </li>
            ))}
          </ol>
          <Pagination page={props.page} />
        </>
      )}
    </>
  );
}
