import { usePage } from '../../../ui/page-context.js';
import { urlWith } from '../../../ui/pagination.js';
import type { CountryTotals } from '../service.js';
import { formatCount } from './place-formats.js';

/** The overview shown before any search: settlements and population per county. */
export function CountyTotalsTable(props: { totals: CountryTotals }) {
  const { t, locale } = usePage();
  const { totals } = props;
  return (
    <section aria-labelledby="places-counties-title">
      <h2 id="places-counties-title">{t('places.counties.title')}</h2>
      <p>
        {t('places.counties.summary', {
          settlements: formatCount(locale, totals.settlements),
          districts: totals.budapestDistricts,
          population: formatCount(locale, totals.population),
        })}
      </p>
      <table>
        <caption class="visually-hidden">{t('places.counties.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('places.col.county')}</th>
            <th scope="col">{t('places.col.settlements')}</th>
            <th scope="col">{t('places.col.population')}</th>
          </tr>
        </thead>
        <tbody>
          {totals.counties.map((c) => (
            <tr>
              <th scope="row">
                <a href={urlWith('/places', { county: c.county })}>{c.county}</a>
              </th>
              <td class="numeric">
                {formatCount(locale, c.settlements)}
                {c.county === 'Budapest' && <span aria-hidden="true">*</span>}
              </td>
              <td class="numeric">{formatCount(locale, c.population)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted small">* {t('places.counties.budapestNote')}</p>
    </section>
  );
}
