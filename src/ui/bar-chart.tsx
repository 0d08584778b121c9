/** One bar: what it counts (its label), how much, and the value as the chart writes it. */
export type Bar = { label: string; value: number; valueText: string };

const width = 720;
const margin = 16;

/** "Önkéntes szerződés és …": a row label cut to fit the label column (the data table next to it has the whole name). */
function fitted(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}

/** Bars standing side by side, the label under each and the value above it (e.g. the twelve months). */
function Columns({ bars }: { bars: Bar[] }) {
  const height = 260;
  const top = 28;
  const bottom = 36;
  const slot = (width - 2 * margin) / Math.max(1, bars.length);
  const barWidth = slot * 0.64;
  const max = Math.max(0, ...bars.map((b) => b.value));
  const plotHeight = height - top - bottom;
  return (
    <>
      <line x1={margin} y1={height - bottom} x2={width - margin} y2={height - bottom} stroke="currentColor" stroke-width="1" />
      {bars.map((b, i) => {
        const barHeight = max > 0 ? Math.round((b.value / max) * plotHeight) : 0;
        const centre = (margin + i * slot + slot / 2).toFixed(1);
        return (
          <g>
            <rect
              x={(margin + i * slot + (slot - barWidth) / 2).toFixed(1)}
              y={height - bottom - barHeight}
              width={barWidth.toFixed(1)}
              height={barHeight}
              fill="#1f5f8b"
            />
            <text x={centre} y={height - bottom - barHeight - 6} text-anchor="middle" font-size="12" fill="currentColor">
              {b.valueText}
            </text>
            <text x={centre} y={height - bottom + 18} text-anchor="middle" font-size="12" fill="currentColor">
              {b.label}
            </text>
          </g>
        );
      })}
    </>
  );
}

/** One bar per row, the label before it and the value after it (for long labels: topics, points). */
function Rows({ bars }: { bars: Bar[] }) {
  const rowHeight = 28;
  const labelWidth = 260;
  const valueWidth = 60;
  const max = Math.max(0, ...bars.map((b) => b.value));
  const plotWidth = width - 2 * margin - labelWidth - valueWidth;
  return (
    <>
      {bars.map((b, i) => {
        const y = margin + i * rowHeight;
        const barWidth = max > 0 ? Math.round((b.value / max) * plotWidth) : 0;
        return (
          <g>
            <text x={margin + labelWidth - 8} y={y + rowHeight / 2 + 4} text-anchor="end" font-size="12" fill="currentColor">
              {fitted(b.label, 40)}
            </text>
            <rect x={margin + labelWidth} y={y + 4} width={barWidth} height={rowHeight - 8} fill="#1f5f8b" />
            <text x={margin + labelWidth + barWidth + 6} y={y + rowHeight / 2 + 4} font-size="12" fill="currentColor">
              {b.valueText}
            </text>
          </g>
        );
      })}
    </>
  );
}

/**
 * A bar chart drawn on the server as SVG (no JavaScript). It is one image to assistive technology
 * (role="img" named by its title and description); every bar carries its value as text, and the page
 * shows the same numbers in a table, so nothing depends on colour or on seeing the chart.
 */
export function BarChart(props: { id: string; title: string; desc: string; bars: Bar[]; layout?: 'columns' | 'rows' }) {
  const rows = props.layout === 'rows';
  const height = rows ? 2 * margin + props.bars.length * 28 : 260;
  const titleId = `${props.id}-title`;
  const descId = `${props.id}-desc`;
  return (
    <figure class="report-chart">
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        preserveAspectRatio="xMidYMid meet"
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={titleId}>{props.title}</title>
        <desc id={descId}>{props.desc}</desc>
        {rows ? <Rows bars={props.bars} /> : <Columns bars={props.bars} />}
      </svg>
    </figure>
  );
}
