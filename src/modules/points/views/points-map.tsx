import { type CountyShape, isInsideMap, projectToMap, spreadMarkers, viewAround } from '../../search/hungary-map.js';
import { NumberedMapMarker } from '../../search/views/map-marker.js';
import { countyPathsMarkup } from '../../search/views/results-map.js';

export type MapMarker = { key: string; label: string; lat: number; lon: number; href: string };
export type MapDot = { lat: number; lon: number; covered: boolean };

type Props = {
  id: string;
  caption: string;
  shapes: CountyShape[];
  /** Numbered markers (points), each a link with an accessible name. */
  markers: MapMarker[];
  /** Small dots behind the markers (settlements: covered or not); decoration, the table beside says the same. */
  dots?: MapDot[];
  /** A ring around the settlement distances are measured from. */
  centre?: { lat: number; lon: number };
};

/**
 * Volunteer Points on the offline SVG map of Hungary the opportunity search draws (no tiles, no
 * script): numbered markers in list order, optional settlement dots for coverage and a search ring.
 */
export function PointsMap(props: Props) {
  const placed = props.markers.map((m, i) => ({ m, number: i + 1, p: projectToMap(m) })).filter((x) => isInsideMap(x.p));
  const dots = (props.dots ?? []).map((d) => ({ covered: d.covered, p: projectToMap(d) })).filter((d) => isInsideMap(d.p));
  const centre = props.centre ? projectToMap(props.centre) : undefined;
  const anchors = [...placed.map((x) => x.p), ...dots.map((d) => d.p), ...(centre ? [centre] : [])];
  if (anchors.length === 0) return null;
  const view = viewAround(anchors);
  const k = view.zoom;
  const size = (n: number) => String(Math.round(n * k * 10) / 10);
  const positions = spreadMarkers(
    placed.map((x) => x.p),
    26 * k,
  );
  const captionId = `${props.id}-caption`;
  return (
    <figure class="results-map">
      <svg
        viewBox={`${view.x} ${view.y} ${view.width} ${view.height}`}
        width="100%"
        role="group"
        aria-labelledby={captionId}
        xmlns="http://www.w3.org/2000/svg"
      >
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: decorative SVG shapes, never focusable; the list says it all */}
        <g aria-hidden="true">
          <g
            fill="#e8eff3"
            stroke="#8a949e"
            stroke-width="1"
            stroke-linejoin="round"
            // Only numbers and path letters: see countyPathsMarkup.
            dangerouslySetInnerHTML={{ __html: countyPathsMarkup(props.shapes) }}
          />
          {dots.map((d) => (
            <circle cx={d.p.x} cy={d.p.y} r={size(4)} fill={d.covered ? '#2e7d32' : '#a8321e'} />
          ))}
          {centre && <circle cx={centre.x} cy={centre.y} r={size(18)} fill="none" stroke="#a8321e" stroke-width={size(3)} />}
        </g>
        {placed.map((x, i) => {
          const p = positions[i] ?? x.p;
          const name = `${x.number}. ${x.m.label}`;
          return <NumberedMapMarker href={x.m.href} name={name} number={x.number} at={p} size={size} />;
        })}
      </svg>
      <figcaption id={captionId}>{props.caption}</figcaption>
    </figure>
  );
}
