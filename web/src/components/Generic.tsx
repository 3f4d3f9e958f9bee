// Renders report sections whose shape this page does not know in detail (career guidance):
// text as paragraphs, lists as lists, objects as labelled fields.

const humanize = (key: string) =>
  key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]/g, ' ')
    .replace(/^./, (c) => c.toUpperCase());

export function Generic({ value, depth = 0 }: { value: unknown; depth?: number }) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return <p>{value}</p>;
  if (typeof value === 'number' || typeof value === 'boolean') return <p>{String(value)}</p>;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return (
      <ul>
        {value.map((v, k) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: display only
          <li key={k}>
            {typeof v === 'object' && v !== null ? <Generic value={v} depth={depth + 1} /> : String(v)}
          </li>
        ))}
      </ul>
    );
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([, v]) => v !== undefined && v !== null,
    );
    if (depth > 4) return <p>{JSON.stringify(value)}</p>;
    return (
      <dl className="generic">
        {entries.map(([k, v]) => (
          <div key={k}>
            <dt>{humanize(k)}</dt>
            <dd>
              <Generic value={v} depth={depth + 1} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return null;
}
