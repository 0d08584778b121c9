import { formatDate } from '../../../platform/i18n.js';
import { usePage } from '../../../ui/page-context.js';
import { Pagination, urlWith } from '../../../ui/pagination.js';
import type { CountyShape } from '../hungary-map.js';
import type { OpportunityHit, SearchOutcome } from '../service.js';
import { formatKm } from './hit-formats.js';
import { ResultsMap } from './results-map.js';

function HitItem(props: { hit: OpportunityHit }) {
  const { t, locale } = usePage();
  const { hit } = props;
  const headingId = `hit-${hit.id}`;
  const where = [hit.place ? `${hit.place.name} (${hit.place.county})` : null, hit.remote ? t('search.hit.remote') : null].filter(Boolean).join(' · ');
  return (
    <li>
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>
          <a href={`/opportunities/${hit.id}`}>{hit.title}</a>
        </h3>
        <p>
          {hit.organization.name}
          {where && ` · ${where}`}
          {hit.distanceKm !== null && ` · ${t('search.hit.distance', { distance: formatKm(locale, hit.distanceKm) })}`}
        </p>
        <p>
          {hit.nextShiftAt
            ? t('search.hit.nextShift', { date: formatDate(locale, hit.nextShiftAt) })
            : t(hit.kind === 'ongoing' ? 'search.hit.ongoing' : 'search.hit.noShift')}
          {hit.groupFriendly && ` · ${t('search.hit.groupFriendly')}`}
          {hit.minAge !== null && ` · ${t('search.hit.minAge', { age: hit.minAge })}`}
        </p>
        {hit.causes.length > 0 && (
          <p class="muted">
            {t('search.hit.causes')}: {hit.causes.map((c) => c.name).join(', ')}
          </p>
        )}
      </article>
    </li>
  );
}

/** What to try when nothing matched: each suggestion is a link that loosens one filter. */
function EmptyState(props: { outcome: SearchOutcome }) {
  const { t, url } = usePage();
  const u = new URL(url, 'http://x').searchParams;
  const loosen: { href: string; label: string }[] = [];
  if (u.get('q')) loosen.push({ href: urlWith(url, { q: undefined, page: undefined }), label: t('search.empty.withoutText') });
  if (props.outcome.place && (props.outcome.radiusKm ?? 0) < 100) {
    loosen.push({ href: urlWith(url, { radius: 100, page: undefined }), label: t('search.empty.widerRadius') });
  }
  if (u.get('from') || u.get('to')) loosen.push({ href: urlWith(url, { from: undefined, to: undefined, page: undefined }), label: t('search.empty.anyDate') });
  for (const name of ['cause', 'skill', 'remote', 'group', 'age'] as const) {
    if (u.get(name)) loosen.push({ href: urlWith(url, { [name]: undefined, page: undefined }), label: t(`search.empty.without.${name}`) });
  }
  const { suggestions } = props.outcome;
  return (
    <div class="empty-state">
      {suggestions.length > 0 && (
        <p class="did-you-mean">
          {t('search.didYouMean')}{' '}
          {suggestions.map((text, i) => (
            <>
              {i > 0 && ', '}
              <a href={urlWith(url, { q: text, page: undefined })}>{text}</a>
            </>
          ))}
          ?
        </p>
      )}
      <p>{t('search.empty.title')}</p>
      <ul>
        {loosen.map((l) => (
          <li>
            <a href={l.href}>{l.label}</a>
          </li>
        ))}
        <li>{t('search.empty.shorterWords')}</li>
        <li>
          <a href="/opportunities">{t('search.empty.all')}</a>
        </li>
      </ul>
    </div>
  );
}

/**
 * Paging when only "more than 1,000" is known: previous and next, no page count. The next
 * link stays while the page is full, so a visitor can still go beyond the counted matches.
 */
function CappedPager(props: { outcome: SearchOutcome }) {
  const { t, url } = usePage();
  const { page } = props.outcome;
  return (
    <nav class="pagination" aria-label={t('list.pagination')}>
      {page.page > 1 ? (
        <a href={urlWith(url, { page: page.page - 1 })} rel="prev">
          {t('list.previous')}
        </a>
      ) : null}
      <span>{t('search.results.pageNumber', { page: page.page })}</span>
      {page.items.length === page.pageSize ? (
        <a href={urlWith(url, { page: page.page + 1 })} rel="next">
          {t('list.next')}
        </a>
      ) : null}
    </nav>
  );
}

export function SearchResults(props: { outcome: SearchOutcome; shapes: CountyShape[]; sortFellBack: boolean }) {
  const { t } = usePage();
  const { page, place } = props.outcome;
  const first = (page.page - 1) * page.pageSize + 1;
  return (
    <section aria-labelledby="search-results-title">
      <h2 id="search-results-title">{t('search.results.title')}</h2>
      <p role="status">
        {page.total === 0
          ? t('search.results.none')
          : t(props.outcome.totalCapped ? 'search.results.countCapped' : 'search.results.count', {
              count: page.total,
              from: first,
              to: first + page.items.length - 1,
            })}
        {place && ` ${t('search.results.near', { place: place.name, km: props.outcome.radiusKm ?? 0 })}`}
      </p>
      {props.sortFellBack && <p class="muted">{t('search.results.distanceNeedsPlace')}</p>}
      {page.items.length === 0 ? (
        <EmptyState outcome={props.outcome} />
      ) : (
        <>
          <ResultsMap
            hits={page.items}
            firstNumber={first}
            shapes={props.shapes}
            centre={place ? { name: place.name, lat: place.lat, lon: place.lon } : undefined}
          />
          <ol class="search-results" start={first}>
            {page.items.map((hit) => (
              <HitItem hit={hit} />
            ))}
          </ol>
          {props.outcome.totalCapped ? <CappedPager outcome={props.outcome} /> : <Pagination page={page} />}
        </>
      )}
    </section>
  );
}
