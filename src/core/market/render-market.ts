import type { MarketSection } from './market-section.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The market section as plain text, for the end of a text report. */
export function renderMarketText(m: MarketSection): string {
  const out: string[] = ['', 'JOB MARKET'];
  if (m.source === 'listings') {
    out.push(`Based on ${m.listings.toLocaleString('en-US')} stored listings of this role.`);
    if (m.percentile !== null) {
      out.push(
        `You show at least half of what is asked in ${m.percentile}% of them (median fit ${pct(m.medianFit ?? 0)}).`,
      );
    }
  } else {
    out.push(
      'No listings of this role are stored: demand comes from O*NET Hot Technology / In Demand flags.',
    );
    out.push('Import real listings with "rolefit ingest <file>" for a comparison with the market.');
  }
  const share = (s: number) =>
    m.source === 'listings' ? `${pct(s)} of listings` : s >= 1 ? 'In Demand' : 'Hot Technology';
  if (m.strengths.length > 0) {
    out.push('', 'Asked for, and you show it:');
    for (const s of m.strengths.slice(0, 8)) out.push(`  + ${s.skill.label} (${share(s.share)})`);
  }
  if (m.gaps.length > 0) {
    out.push('', 'Asked for, and your resume does not show it:');
    for (const g of m.gaps.slice(0, 8)) out.push(`  - ${g.skill.label} (${share(g.share)})`);
  }
  if (m.topMatches.length > 0) {
    out.push('', 'Listings you fit best:');
    for (const t of m.topMatches) {
      out.push(`  ${pct(t.fit).padStart(4)}  ${t.title}${t.company ? ` (${t.company})` : ''}`);
      if (t.missing.length > 0)
        out.push(
          `        missing: ${t.missing
            .slice(0, 6)
            .map((s) => s.label)
            .join(', ')}`,
        );
    }
  }
  return `${out.join('\n')}\n`;
}
