import { useEffect, useState } from 'react';
import { webUrl } from '../../../src/core/market/listing-url.ts';
import { describeMarketBasis } from '../../../src/core/market/market-basis.ts';
import type { RoleMarket } from '../../../src/core/market/market-figures.ts';
import { type ApiError, ApiFailure, getJson } from '../api.ts';
import { type Bar, BarChart } from '../components/Charts.tsx';
import { ErrorBox } from '../components/ErrorBox.tsx';
import { ScrollBox } from '../components/ScrollBox.tsx';

interface Labelled {
  id: string;
  label: string;
}
interface ListingSummary {
  id: number;
  title: string;
  company: string | null;
  location: string | null;
  url: string | null;
  skills: Array<{ skill: Labelled; requirement: string }>;
}

export function MarketPage({ roleId }: { roleId: string }) {
  const [market, setMarket] = useState<RoleMarket | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<{ total: number; listings: ListingSummary[] } | undefined>();
  const [searchError, setSearchError] = useState<ApiError | undefined>();

  useEffect(() => {
    getJson<RoleMarket>(`/api/roles/${roleId}/market?top=20`)
      .then(setMarket)
      .catch((e) =>
        setError(
          e instanceof ApiFailure ? e.error : { code: 'INTERNAL', message: 'could not load the market.' },
        ),
      );
  }, [roleId]);

  return (
    <article aria-labelledby="market-title">
      <h2 id="market-title">The job market for {market?.role.title ?? 'the role'}</h2>
      {error ? <ErrorBox error={error} /> : null}
      {market ? <MarketFigures market={market} /> : null}
      <section aria-labelledby="search-title" className="no-print">
        <h3 id="search-title">Search stored listings</h3>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setSearchError(undefined);
            const params = new URLSearchParams({ role: roleId, limit: '20' });
            if (q.trim()) params.set('q', q.trim());
            getJson<{ total: number; listings: ListingSummary[] }>(`/api/listings?${params}`)
              .then(setFound)
              .catch((err) =>
                setSearchError(
                  err instanceof ApiFailure ? err.error : { code: 'INTERNAL', message: 'search failed.' },
                ),
              );
          }}
        >
          <label htmlFor="listing-q">Words in the title, company or text</label>
          <input id="listing-q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
          <button type="submit">Search</button>
        </form>
        {searchError ? <ErrorBox error={searchError} /> : null}
        {found ? (
          <>
            <p role="status">{found.total.toLocaleString()} listings found.</p>
            <ul className="listings">
              {found.listings.map((l) => (
                <li key={l.id}>
                  <strong>
                    <ListingTitle title={l.title} url={l.url} />
                  </strong>
                  {l.company ? ` · ${l.company}` : ''}
                  {l.location ? ` · ${l.location}` : ''}
                  <div className="small">
                    Asks for:{' '}
                    {l.skills
                      .filter((s) => s.requirement === 'required')
                      .map((s) => s.skill.label)
                      .join(', ') || '—'}
                  </div>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </article>
  );
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * The role's market: one set of figures (the API's, which `rolefit market` prints too), every
 * chart bar and table cell reading the same value, with the line that says where they come from.
 */
export function MarketFigures({ market }: { market: RoleMarket }) {
  if (market.basis === null) {
    return <p>No listings of this role are stored on this server, and rolefit ships no snapshot for it.</p>;
  }
  const bars: Bar[] = market.demand.map((d) => ({
    label: d.skill.label,
    value: d.share,
    max: 1,
    caption: pct(d.share),
    tone: 'neutral',
  }));
  const inDemand = market.reference?.skills.filter((s) => s.inDemand) ?? [];
  const hot = market.reference?.skills.filter((s) => !s.inDemand) ?? [];
  return (
    <>
      <p data-testid="market-basis">
        <strong>Source:</strong> {describeMarketBasis(market.basis)}{' '}
        {market.source === 'snapshot'
          ? 'No listings are stored on this server, so these figures come from the snapshot rolefit ships; listings imported into the store replace it.'
          : ''}
      </p>
      {bars.length > 0 ? (
        <BarChart id="market-demand" title="Most asked skills (share of listings asking)" bars={bars} />
      ) : null}
      <h3>How listings ask for each skill</h3>
      <ScrollBox label="How listings ask for each skill">
        <table data-testid="market-demand-table">
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Listings asking</th>
              <th scope="col">Required</th>
              <th scope="col">Nice to have</th>
              <th scope="col">Not marked</th>
            </tr>
          </thead>
          <tbody>
            {market.demand.map((d) => (
              <tr key={d.skill.id} data-skill={d.skill.id}>
                <th scope="row">{d.skill.label}</th>
                <td className="num">{pct(d.share)}</td>
                <td className="num">{pct(d.requiredShare)}</td>
                <td className="num">{pct(d.preferredShare)}</td>
                <td className="num">{pct(d.mentionedShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {market.titles.length > 0 ? (
        <p>
          <strong>Typical titles:</strong>{' '}
          {market.titles.map((t) => `${t.title} (${t.listings.toLocaleString()})`).join(', ')}.
        </p>
      ) : null}
      {market.pairs.length > 0 ? (
        <>
          <h3>Often asked together</h3>
          <ul className="small">
            {market.pairs.slice(0, 8).map((p) => (
              <li key={`${p.a.id}+${p.b.id}`}>
                {p.a.label} and {p.b.label}: {pct(p.share)} of listings
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>The role guide against the market</h3>
      <ScrollBox label="The role guide against the market">
        <table data-testid="market-guide-table">
          <thead>
            <tr>
              <th scope="col">Requirement</th>
              <th scope="col">Guide points</th>
              <th scope="col">Listings asking for it</th>
              <th scope="col">…or for a skill it accepts</th>
            </tr>
          </thead>
          <tbody>
            {market.guide.map((g) => (
              <tr key={g.skill.id} data-skill={g.skill.id}>
                <th scope="row">{g.skill.label}</th>
                <td className="num">{g.points}</td>
                <td className="num">{pct(g.share)}</td>
                <td className="num">{pct(g.coveredShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      {market.reference && market.reference.skills.length > 0 ? (
        <section aria-labelledby="onet-reference-title">
          <h3 id="onet-reference-title">For reference: O*NET technology flags</h3>
          <p className="small">
            Technologies O*NET flags for {market.reference.occupation.title} (
            {market.reference.occupation.code}) that the role guide names or these listings ask for. A flag
            covers the whole occupation, so it is not a share of TPM listings.
          </p>
          <ul className="small">
            {inDemand.length > 0 ? (
              <li>
                In Demand (often named in employers’ postings):{' '}
                {inDemand.map((s) => s.skill.label).join(', ')}
              </li>
            ) : null}
            {hot.length > 0 ? <li>Hot Technology: {hot.map((s) => s.skill.label).join(', ')}</li> : null}
          </ul>
          <p className="small muted">{market.reference.attribution.join(' ')}</p>
        </section>
      ) : null}
    </>
  );
}

/** A listing's title, linked only when its URL is http(s): a javascript: link must never be clickable. */
export function ListingTitle({ title, url }: { title: string; url: string | null }) {
  const href = webUrl(url);
  return href ? (
    <a href={href} rel="noopener noreferrer">
      {title}
    </a>
  ) : (
    title
  );
}
