import { useEffect, useState } from 'react';
import { webUrl } from '../../../src/core/market/listing-url.ts';
import { type ApiError, ApiFailure, getJson } from '../api.ts';
import { type Bar, BarChart } from '../components/Charts.tsx';
import { ErrorBox } from '../components/ErrorBox.tsx';

interface Labelled {
  id: string;
  label: string;
}
interface RoleMarket {
  role: { id: string; title: string };
  source: 'listings' | 'onet' | 'none';
  listings: number;
  demand: Array<{ skill: Labelled; share: number }>;
  guide: Array<{ skill: Labelled; points: number; share: number }>;
  attribution: string[];
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

  const share = (x: number) => (market?.source === 'listings' ? `${Math.round(x * 100)}%` : x.toFixed(1));
  const bars: Bar[] =
    market?.demand.map((d) => ({
      label: d.skill.label,
      value: d.share,
      max: 1,
      caption: share(d.share),
      tone: 'neutral',
    })) ?? [];

  return (
    <article aria-labelledby="market-title">
      <h2 id="market-title">The job market for {market?.role.title ?? 'the role'}</h2>
      {error ? <ErrorBox error={error} /> : null}
      {market ? (
        <>
          <p>
            {market.source === 'listings'
              ? `Demand measured on ${market.listings.toLocaleString()} stored listings of this role: the share of listings asking for each skill.`
              : market.source === 'onet'
                ? 'No listings are stored on this server, so demand comes from O*NET technology flags: 1 = In Demand (often named in employers’ postings), 0.5 = Hot Technology. These are weights, not shares of listings.'
                : 'No market data is available for this role.'}
          </p>
          {bars.length > 0 ? <BarChart id="market-demand" title="Most asked skills" bars={bars} /> : null}
          <h3>The role guide against the market</h3>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Requirement</th>
                  <th scope="col">Guide points</th>
                  <th scope="col">{market.source === 'listings' ? 'Listings asking' : 'O*NET weight'}</th>
                </tr>
              </thead>
              <tbody>
                {market.guide.map((g) => (
                  <tr key={g.skill.id}>
                    <th scope="row">{g.skill.label}</th>
                    <td className="num">{g.points}</td>
                    <td className="num">{share(g.share)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {market.attribution.length > 0 ? (
            <p className="small muted">{market.attribution.join(' ')}</p>
          ) : null}
        </>
      ) : null}
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
