import type { ComponentChildren } from 'preact';
import { usePage } from '../../../ui/page-context.js';
import { urlWith } from '../../../ui/pagination.js';
import type { PlaceDetails } from '../service.js';
import { formatCoordinates, formatCount, settlementTypeLabel } from './place-formats.js';

function mapUrl(p: PlaceDetails): string {
  const lat = p.lat.toFixed(5);
  const lon = p.lon.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=13/${lat}/${lon}`;
}

/** GET /places/:placeId — everything the data set says about one settlement. */
export function PlacePage(props: { place: PlaceDetails }) {
  const { t, locale } = usePage();
  const p = props.place;
  const row = (label: string, value: ComponentChildren) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{value}</td>
    </tr>
  );
  return (
    <>
      <p>
        <a href="/places">{t('places.detail.back')}</a>
      </p>
      <h1>{p.name}</h1>
      {p.isSummary && <p class="muted">{t('places.detail.summaryNote')}</p>}
      <table>
        <caption class="visually-hidden">{t('places.detail.dataTitle')}</caption>
        <tbody>
          {p.officialName !== p.name && row(t('places.col.officialName'), p.officialName)}
          {row(t('places.col.county'), p.county)}
          {p.district && row(t('places.col.district'), p.district)}
          {row(t('places.col.type'), settlementTypeLabel(t, p.settlementType))}
          {row(t('places.col.kshCode'), p.kshCode)}
          {row(t('places.col.postalCodes'), p.postalCodes.join(', '))}
          {row(t('places.col.population'), formatCount(locale, p.population))}
          {row(
            t('places.col.coordinates'),
            <>
              {formatCoordinates(t, locale, p.lat, p.lon)} (<a href={mapUrl(p)}>{t('places.detail.map')}</a>)
            </>,
          )}
        </tbody>
      </table>
      <p>
        <a href={urlWith('/places', { county: p.county })}>
          {p.county === 'Budapest' ? t('places.detail.budapestLink') : t('places.detail.countyLink', { county: p.county })}
        </a>
      </p>
      <p class="muted small">{t('places.detail.source')}</p>
    </>
  );
}
