import type { Verdict } from '../audit/verdict.ts';
import type { DisguisedListings, MarketSection } from './market-section.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** One line on the role's disguised-developer listings: left out of the figures, or counted. */
export function renderDisguisedLine(d: DisguisedListings): string {
  const one = d.listings === 1;
  const what = `${d.listings.toLocaleString('en-US')} listing${one ? '' : 's'} titled as a TPM role that ${one ? 'reads as a developer job' : 'read as developer jobs'} in disguise`;
  return d.excluded
    ? `Left out: ${what} (--include-disguised counts ${one ? 'it' : 'them'}).`
    : `Counted: ${what}.`;
}

/** Audit verdicts worth a note beside a matched listing. */
const AUDIT_NOTE: Partial<Record<Verdict, string>> = {
  'disguised-developer': 'developer job in disguise',
  hybrid: 'hybrid: some hands-on work',
};

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
    if (m.disguised !== undefined && m.disguised.listings > 0) out.push(renderDisguisedLine(m.disguised));
  } else {
    out.push(
      'No listings of this role are stored: demand comes from O*NET Hot Technology / In Demand flags.',
    );
    out.push('Import real listings with "rolefit ingest <file>" for a comparison with the market.');
    if (m.disguised !== undefined && m.disguised.listings > 0) out.push(renderDisguisedLine(m.disguised));
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
      const note = t.audit && AUDIT_NOTE[t.audit.verdict];
      out.push(
        `  ${pct(t.fit).padStart(4)}  ${t.title}${t.company ? ` (${t.company})` : ''}${note ? `  [${note}]` : ''}`,
      );
      if (note && t.audit) out.push(`        ${t.audit.reason}`);
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
