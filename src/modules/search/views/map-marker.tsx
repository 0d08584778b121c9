/**
 * A numbered, linked marker on the offline SVG map (the opportunity search and the public Volunteer
 * Points page): a filled circle with its number, the name as the link's accessible name and tooltip.
 * `size` scales a length to the map's current zoom.
 */
export function NumberedMapMarker(props: { href: string; name: string; number: number; at: { x: number; y: number }; size: (n: number) => string }) {
  const { at, size } = props;
  return (
    <a href={props.href} aria-label={props.name}>
      <title>{props.name}</title>
      <circle cx={at.x} cy={at.y} r={size(12)} fill="#0b5a7a" stroke="#ffffff" stroke-width={size(2)} />
      <text
        x={at.x}
        y={at.y}
        fill="#ffffff"
        font-size={size(props.number >= 100 ? 9 : 11)}
        font-weight="700"
        font-family="system-ui, sans-serif"
        text-anchor="middle"
        dominant-baseline="central"
      >
        {props.number}
      </text>
    </a>
  );
}
