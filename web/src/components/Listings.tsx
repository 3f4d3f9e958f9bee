import type { Verdict } from '../../../src/core/audit/verdict.ts';
import type { MarketSection } from '../../../src/core/market/market-section.ts';
import { Tag } from './Evidence.tsx';

const FLAGS: Partial<Record<Verdict, { text: string; tone: 'missing' | 'partial' }>> = {
  'disguised-developer': { text: 'Possibly a developer job titled TPM', tone: 'missing' },
  hybrid: { text: 'Hybrid role', tone: 'partial' },
};

/** Whether the market section has anything for the "Best-fitting listings" part. */
export function hasListings(market: MarketSection | undefined): market is MarketSection {
  return market !== undefined && (market.topMatches.length > 0 || (market.disguised?.listings ?? 0) > 0);
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The listings the person fits best, with a flag on those that read as a developer job or a hybrid. */
export function Listings({ market }: { market: MarketSection }) {
  const disguised = market.disguised;
  return (
    <>
      {disguised && disguised.listings > 0 ? (
        <p className="callout small" data-testid="disguised-note">
          {disguisedNote(disguised.listings, disguised.excluded)}
        </p>
      ) : null}
      {market.topMatches.length > 0 ? (
        <ul className="listings">
          {market.topMatches.map((m) => {
            const flag = m.audit ? FLAGS[m.audit.verdict] : undefined;
            return (
              <li key={m.id} data-listing={m.id}>
                <p className="listing-head">
                  <strong>{m.title}</strong>
                  {m.company ? <span className="muted"> · {m.company}</span> : null}{' '}
                  <Tag tone={m.fit >= 0.5 ? 'good' : 'partial'}>{pct(m.fit)} fit</Tag>
                </p>
                {flag ? (
                  <p className={`listing-flag flag-${flag.tone}`}>
                    <strong>{flag.text}.</strong> {m.audit?.reason}
                  </p>
                ) : null}
                <p className="small">
                  You show: {m.matched.map((s) => s.label).join(', ') || 'none'}. Missing:{' '}
                  {m.missing.map((s) => s.label).join(', ') || 'none'}.
                </p>
              </li>
            );
          })}
        </ul>
      ) : null}
    </>
  );
}

function disguisedNote(n: number, excluded: boolean): string {
  const what =
    n === 1 ? '1 listing that looks like a developer job' : `${n} listings that look like developer jobs`;
  const why = 'a TPM title, but the work described is mostly hands-on development';
  return excluded
    ? `${what} ${n === 1 ? 'was' : 'were'} left out of these figures: ${why}.`
    : `${what} ${n === 1 ? 'is' : 'are'} counted in these figures: ${why}. Any that fit you are flagged below.`;
}
