// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildRoleMarket } from '../../../src/core/market/market-figures.ts';
import { snapshotBasis, snapshotSkillSets } from '../../../src/core/market/market-snapshot.ts';
import {
  bundledMarketSnapshot,
  bundledOnetDemand,
  bundledTaxonomy,
  findRole,
} from '../../../src/data/bundled.ts';
import { ListingTitle, MarketFigures } from './MarketPage.tsx';

describe('a listing title on the market page', () => {
  it('links only to http(s) addresses', () => {
    expect(renderToStaticMarkup(<ListingTitle title="TPM" url="https://jobs.test/1" />)).toBe(
      '<a href="https://jobs.test/1" rel="noopener noreferrer">TPM</a>',
    );
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>x</script>',
      'vbscript:x',
      'not a url',
      null,
    ]) {
      expect(renderToStaticMarkup(<ListingTitle title="TPM" url={url} />), String(url)).toBe('TPM');
    }
  });
});

describe('the market figures on the page', () => {
  const taxonomy = bundledTaxonomy();
  const snapshot = bundledMarketSnapshot();
  const market = buildRoleMarket({
    role: findRole('technical-project-manager')!,
    listings: snapshotSkillSets(snapshot),
    basis: snapshotBasis(snapshot),
    titles: snapshot.titles,
    label: (id) => taxonomy.byId.get(id)?.label,
    onet: bundledOnetDemand(),
    top: 20,
  });
  const html = renderToStaticMarkup(<MarketFigures market={market} />);
  const doc = new DOMParser().parseFromString(html, 'text/html');

  it('shows one value per skill: the chart, the demand table and the guide table agree', () => {
    const chart = new Map(
      [...doc.querySelectorAll('#market-demand .chart-row')].map((row) => [
        row.querySelector('.chart-label')?.textContent,
        row.querySelector('.chart-value')?.textContent,
      ]),
    );
    expect(chart.size).toBe(market.demand.length);
    for (const d of market.demand) {
      const row = doc.querySelector(`[data-testid="market-demand-table"] tr[data-skill="${d.skill.id}"]`);
      const cells = [...(row?.querySelectorAll('td') ?? [])].map((c) => c.textContent);
      expect(chart.get(d.skill.label), d.skill.id).toBe(cells[0]);
      // The split adds up to the share, so a skill asked for never reads "0% / 0%".
      expect(cells, d.skill.id).toHaveLength(4);
      const guide = doc.querySelector(`[data-testid="market-guide-table"] tr[data-skill="${d.skill.id}"]`);
      if (guide) expect(guide.querySelectorAll('td')[1]?.textContent, d.skill.id).toBe(cells[0]);
    }
  });

  it('says where the figures come from, and keeps O*NET apart as a reference', () => {
    expect(doc.querySelector('[data-testid="market-basis"]')?.textContent).toContain(
      `${snapshot.listings} TPM and program-manager listings from `,
    );
    expect(doc.querySelector('#onet-reference-title')?.textContent).toBe(
      'For reference: O*NET technology flags',
    );
    expect(html).not.toContain('Adobe');
  });
});
