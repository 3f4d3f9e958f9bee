import type { CSSProperties } from 'react';

// Bar charts in HTML: no chart library, readable without colour (every bar has its number). Labels
// are page text, so they wrap instead of being cut, and keep the page's font size on a phone.

export interface Bar {
  label: string;
  value: number;
  max: number;
  /** Text after the bar ("12.5 / 20"). */
  caption: string;
  tone: 'good' | 'partial' | 'missing' | 'neutral';
}

export function BarChart({ title, bars, id }: { title: string; bars: Bar[]; id: string }) {
  // One width for the numbers of a chart, so its bars line up.
  const valueWidth = `${Math.max(4, ...bars.map((b) => b.caption.length)) + 1}ch`;
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} id={id}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <ul className="chart-rows" style={{ '--value-width': valueWidth } as CSSProperties}>
        {bars.map((b) => {
          const share = b.max > 0 ? Math.max(0, Math.min(1, b.value / b.max)) : 0;
          return (
            <li key={b.label} className="chart-row" data-label={b.label}>
              <span className="chart-label">{b.label}</span>
              <span className="chart-track" aria-hidden="true">
                <span
                  className={`chart-bar tone-${b.tone}`}
                  style={{ width: `${(share * 100).toFixed(1)}%` }}
                />
              </span>
              {/* The separator is for screen readers, which read the row as one sentence. */}
              <span className="visually-hidden">: </span>
              <span className="chart-value">{b.caption}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
