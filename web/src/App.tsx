import { useEffect, useState } from 'react';
import { getJson } from './api.ts';
import { AboutPage } from './pages/AboutPage.tsx';
import { AnalyzePage, type Mode } from './pages/AnalyzePage.tsx';
import { AuditPage } from './pages/AuditPage.tsx';
import { MarketPage } from './pages/MarketPage.tsx';
import { RoleGuidePage } from './pages/RoleGuidePage.tsx';
import type { RoleGuide } from './role-guide.ts';

const ROLE = 'technical-project-manager';
const PAGES = [
  { hash: '#/', label: 'Analyze my resume' },
  { hash: '#/role', label: 'The TPM role' },
  { hash: '#/audit', label: 'Audit a posting' },
  { hash: '#/market', label: 'Job market' },
  { hash: '#/about', label: 'About' },
] as const;

function useHash(): string {
  const [hash, setHash] = useState(location.hash || '#/');
  useEffect(() => {
    const on = () => setHash(location.hash || '#/');
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return hash;
}

export function App() {
  const hash = useHash();
  const [mode, setMode] = useState<Mode>(() =>
    localStorage.getItem('rolefit-mode') === 'local' ? 'local' : 'server',
  );
  const [guide, setGuide] = useState<RoleGuide | undefined>();

  useEffect(() => {
    localStorage.setItem('rolefit-mode', mode);
  }, [mode]);
  useEffect(() => {
    // The role guide is public data, not resume content: fetching it is fine in local-only mode.
    getJson<RoleGuide>(`/api/roles/${ROLE}`)
      .then(setGuide)
      .catch(() => setGuide(undefined));
  }, []);

  const saved = /^#\/analysis\/([A-Za-z0-9_-]+)$/.exec(hash)?.[1];
  const page = saved ? '#/' : (PAGES.find((p) => p.hash === hash)?.hash ?? '#/');
  const title = PAGES.find((p) => p.hash === page)?.label ?? '';
  useEffect(() => {
    document.title = `${title} · rolefit`;
  }, [title]);

  return (
    <>
      {/* A button, not a link: "#main" would be read as a route by the hash router. */}
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <header className="site-header no-print">
        {/* The site's name is the page's one level-one heading; each page's title is a level two. */}
        <h1 className="brand">
          <a href="#/">rolefit</a>
          <span className="tagline">Can you become a Technical Project Manager?</span>
        </h1>
        <nav aria-label="Main">
          <ul>
            {PAGES.map((p) => (
              <li key={p.hash}>
                <a href={p.hash} aria-current={p.hash === page ? 'page' : undefined}>
                  {p.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p className={`mode-pill mode-${mode}`} data-testid="mode-pill">
          {mode === 'local' ? 'Local-only mode: nothing leaves this device' : 'Server mode'}
        </p>
      </header>
      <main id="main" tabIndex={-1}>
        {page === '#/' ? <AnalyzePage mode={mode} setMode={setMode} guide={guide} savedId={saved} /> : null}
        {page === '#/role' ? <RoleGuidePage guide={guide} /> : null}
        {page === '#/audit' ? <AuditPage /> : null}
        {page === '#/market' ? <MarketPage roleId={ROLE} /> : null}
        {page === '#/about' ? <AboutPage /> : null}
      </main>
      <footer className="site-footer">
        <p className="small">
          Uses O*NET 29.3 data by USDOL/ETA (CC BY 4.0, modified by rolefit) and the ESCO classification of
          the European Commission. <a href="#/about">About and attribution</a>.
        </p>
      </footer>
    </>
  );
}
