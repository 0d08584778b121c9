import { usePage } from '../../../ui/page-context.js';
import { type CountyShape, isInsideMap, projectToMap, spreadMarkers, viewAround } from '../hungary-map.js';
import type { OpportunityHit } from '../service.js';
import { NumberedMapMarker } from './map-marker.js';

const pathsMarkup = new WeakMap<CountyShape[], string>();

/**
 * The county outlines as markup, made once per shape list: they are the same on every page and
 * the largest part of it. A path holds only the numbers and letters countyShapes writes (checked
 * here), so nothing in it needs escaping.
 */
export function countyPathsMarkup(shapes: CountyShape[]): string {
  let markup = pathsMarkup.get(shapes);
  if (markup === undefined) {
    const safe = shapes.filter((s) => /^[MLZ0-9 .,-]*$/.test(s.path));
    markup = safe.map((s) => `<path d="${s.path}" vector-effect="non-scaling-stroke"></path>`).join('');
    pathsMarkup.set(shapes, markup);
  }
  return markup;
}

type Props = {
  hits: OpportunityHit[];
  /** List number of the first hit, so marker "21" is item 21 of the list below. */
  firstNumber: number;
  shapes: CountyShape[];
  /** The settlement distances are measured from, drawn as a ring. */
  centre?: { name: string; lat: number; lon: number };
};

/**
 * The results of this page on an SVG map of Hungary drawn on the server: no tiles, no script,
 * so it also works offline. Each marker is a link with an accessible name and carries the
 * result's number in the list, which stays below the map and is the complete view.
 */
export function ResultsMap(props: Props) {
  const { t } = usePage();
  const placed = props.hits
    .map((hit, i) => ({
      hit,
      number: props.firstNumber + i,
      point: hit.lat !== null && hit.lon !== null ? projectToMap({ lat: hit.lat, lon: hit.lon }) : null,
    }))
    .filter((m): m is typeof m & { point: { x: number; y: number } } => m.point !== null && isInsideMap(m.point));
  if (placed.length === 0) return null;
  const centre = props.centre ? projectToMap(props.centre) : undefined;
  // Zoom to the markers (and the search centre); sizes are scaled back so markers look the same.
  const anchors = [...placed.map((m) => m.point), ...(centre ? [centre] : [])];
  const firstView = viewAround(anchors);
  const positions = spreadMarkers(
    placed.map((m) => m.point),
    26 * firstView.zoom,
  );
  const view = viewAround([...positions, ...(centre ? [centre] : [])]);
  const k = view.zoom;
  const size = (n: number) => String(Math.round(n * k * 10) / 10);
  const notShown = props.hits.length - placed.length;
  return (
    <figure class="results-map">
      <svg
        viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
        width="100%"
        role="group"
        aria-labelledby="results-map-caption"
        xmlns="http://www.w3.org/2000/svg"
      >
        <g
          aria-hidden="true"
          fill="#e8eff3"
          stroke="#8a949e"
          stroke-width="1"
          stroke-linejoin="round"
          // Only numbers and path letters: see countyPathsMarkup.
          dangerouslySetInnerHTML={{ __html: countyPathsMarkup(props.shapes) }}
        />
        {centre && (
          <g aria-hidden="true">
            {/* A ring, not a dot: a result in the centre settlement would cover a dot. */}
            <circle cx={centre.x} cy={centre.y} r={size(18)} fill="none" stroke="#a8321e" stroke-width={size(3)} />
          </g>
        )}
        {placed.map((m, i) => {
          const p = positions[i] ?? m.point;
          const place = m.hit.place ? `, ${m.hit.place.name}` : '';
          const name = `${m.number}. ${m.hit.title}${place}`;
          return <NumberedMapMarker href={`/opportunities/${m.hit.id}`} name={name} number={m.number} at={p} size={size} />;
        })}
      </svg>
      <figcaption id="results-map-caption">
        {t('search.map.caption', { count: placed.length })}
        {notShown > 0 && ` ${t('search.map.notShown', { count: notShown })}`}
        {props.centre && ` ${t('search.map.centre', { place: props.centre.name })}`}
      </figcaption>
    </figure>
  );
}
