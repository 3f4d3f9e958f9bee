// Small SVG bar charts: no chart library, readable without colour (every bar has its number).

export interface Bar {
  label: string;
  value: number;
  max: number;
  /** Text after the bar ("12.5 / 20"). */
  caption: string;
  tone: 'good' | 'partial' | 'missing' | 'neutral';
}

export function BarChart({ title, bars, id }: { title: string; bars: Bar[]; id: string }) {
  const rowHeight = 30;
  const labelWidth = 180;
  const width = 560;
  const barArea = width - labelWidth - 150;
  const height = bars.length * rowHeight + 8;
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-svg-title ${id}-desc`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-svg-title`}>{title}</title>
        <desc id={`${id}-desc`}>{bars.map((b) => `${b.label}: ${b.caption}`).join('; ')}</desc>
        {bars.map((b, k) => {
          const y = k * rowHeight + 4;
          const w = b.max > 0 ? Math.max(0, Math.min(1, b.value / b.max)) * barArea : 0;
          return (
            <g key={b.label}>
              <text x={labelWidth - 8} y={y + 17} textAnchor="end" className="chart-label">
                {b.label.length > 26 ? `${b.label.slice(0, 25)}…` : b.label}
              </text>
              <rect
                x={labelWidth}
                y={y + 4}
                width={barArea}
                height={rowHeight - 12}
                className="chart-track"
                rx="3"
              />
              <rect
                x={labelWidth}
                y={y + 4}
                width={w}
                height={rowHeight - 12}
                className={`chart-bar tone-${b.tone}`}
                rx="3"
              />
              <text x={labelWidth + barArea + 8} y={y + 17} className="chart-value">
                {b.caption}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
