import type { Verdict } from '../audit/verdict.ts';
import { cell, clip, formatCount, pad, padStart, percent, wrapAt } from '../render/format.ts';
import { describeMarketBasis } from './market-basis.ts';
import type { RoleMarket } from './market-figures.ts';
import type { DisguisedListings, MarketSection, MarketStanding } from './market-section.ts';

const pct = percent;
const count = formatCount;

/** One line on the role's disguised-developer listings: left out of the figures, or counted. */
export function renderDisguisedLine(d: DisguisedListings): string {
  const one = d.listings === 1;
  const what = `${count(d.listings)} listing${one ? '' : 's'} titled as a TPM role that ${one ? 'reads as a developer job' : 'read as developer jobs'} in disguise`;
  return d.excluded
    ? `Left out: ${what} (--include-disguised counts ${one ? 'it' : 'them'}).`
    : `Counted: ${what}.`;
}

/**
 * Where a person stands, in one sentence: "You show at least half the must-haves of 12 of 57
 * listings (every must-have in 3), a skill you only list counting as half." The clause says how
 * listed-only skills count (MarketSectionInput.listedOnly), as the requirement table credits them.
 */
export function describeStanding(s: MarketStanding): string {
  const all = s.meetAll === 0 ? '' : ` (every must-have in ${count(s.meetAll)})`;
  return `You show at least half the must-haves of ${count(s.meetMost)} of ${count(s.listings)} listing${s.listings === 1 ? '' : 's'}${all}, a skill you only list counting as half.`;
}

/** "49% of listings", and "only listed" for a skill the resume lists but never shows in use. */
const shareOf = (s: { share: number; listedOnly?: true }) =>
  `${pct(s.share)} of listings${s.listedOnly ? '; only listed, counts half' : ''}`;

/** What to do for figures closer to the listings a person targets. */
export const SNAPSHOT_HINT =
  'For the listings you target, import them ("rolefit ingest <file>") and analyze with --db.';

/** No line of the terminal text passes 100 characters; a sentence that would goes on, indented, on the next. */
const prose = (text: string) => wrapAt(text, '', '  ');

/** Characters of the demand bar: one per 10% of listings. */
const BAR = 10;

/** Audit verdicts worth a note beside a matched listing. */
const AUDIT_NOTE: Partial<Record<Verdict, string>> = {
  'disguised-developer': 'developer job in disguise',
  hybrid: 'hybrid: some hands-on work',
};

/** At most this many skills asked for are listed, shown and not shown each. */
const MAX_SKILLS = 8;
/** At most this many missing skills are named beside a listing. */
const MAX_MISSING = 6;

/**
 * What the text and Markdown renderings of the market section show, in order: the sentences that
 * lead it (basis, standing, disguised listings, the snapshot hint), the skills asked for and shown,
 * those not shown, and the best-fitting listings with their audit note.
 */
function marketParts(m: MarketSection) {
  const lead = [`Based on ${describeMarketBasis(m.basis)}`];
  if (m.standing !== null) lead.push(describeStanding(m.standing));
  if (m.disguised !== undefined && m.disguised.listings > 0) lead.push(renderDisguisedLine(m.disguised));
  if (m.source === 'snapshot') lead.push(SNAPSHOT_HINT);
  return {
    lead,
    strengths: m.strengths.slice(0, MAX_SKILLS),
    gaps: m.gaps.slice(0, MAX_SKILLS),
    matches: m.topMatches.map((t) => ({
      ...t,
      note: t.audit && AUDIT_NOTE[t.audit.verdict],
      missing: t.missing.slice(0, MAX_MISSING).map((x) => x.label),
    })),
  };
}

/** The market section as plain text, for the end of a text report. */
export function renderMarketText(m: MarketSection): string {
  const parts = marketParts(m);
  const out: string[] = ['', 'JOB MARKET', ...parts.lead.map(prose)];
  if (parts.strengths.length > 0) {
    out.push('', 'Asked for, and you show it:');
    for (const s of parts.strengths) out.push(`  + ${s.skill.label} (${shareOf(s)})`);
  }
  if (parts.gaps.length > 0) {
    out.push('', 'Asked for, and your resume does not show it:');
    for (const g of parts.gaps) out.push(`  - ${g.skill.label} (${pct(g.share)} of listings)`);
  }
  if (parts.matches.length > 0) {
    out.push('', 'Listings you fit best:');
    for (const t of parts.matches) {
      const tag = t.note ? `  [${t.note}]` : '';
      out.push(`  ${pct(t.fit).padStart(4)}  ${listingName(t.title, t.company, 92 - tag.length)}${tag}`);
      if (t.note && t.audit) out.push(wrapAt(t.audit.reason, '        ', '        '));
      if (t.missing.length > 0)
        out.push(wrapAt(`missing: ${t.missing.join(', ')}`, '        ', '          '));
    }
  }
  return `${out.join('\n')}\n`;
}

/** The market section in Markdown, for the end of a Markdown report: the same parts as the text. */
export function renderMarketMarkdown(m: MarketSection): string {
  const parts = marketParts(m);
  const out: string[] = ['## Job market', ...parts.lead.flatMap((line) => ['', line])];
  if (parts.strengths.length > 0) {
    out.push('', '**Asked for, and you show it**', '');
    for (const s of parts.strengths) out.push(`- ${cell(s.skill.label)} (${shareOf(s)})`);
  }
  if (parts.gaps.length > 0) {
    out.push('', '**Asked for, and your resume does not show it**', '');
    for (const g of parts.gaps) out.push(`- ${cell(g.skill.label)} (${pct(g.share)} of listings)`);
  }
  if (parts.matches.length > 0) {
    out.push('', '**Listings you fit best**', '');
    for (const t of parts.matches) {
      const name = cell(t.company ? `${t.title} (${t.company})` : t.title);
      const note = t.note && t.audit ? ` _[${t.note}: ${cell(t.audit.reason)}]_` : '';
      const missing = t.missing.length > 0 ? `; missing: ${t.missing.map(cell).join(', ')}` : '';
      out.push(`- ${pct(t.fit)}: ${name}${note}${missing}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * "Title (Company)" in `room` characters: a long title is clipped before its company, which keeps
 * at least the title's first 32 characters, so the employer stays in view.
 */
function listingName(title: string, company: string | null | undefined, room: number): string {
  const at = company ? ` (${company})` : '';
  if (title.length + at.length <= room) return `${title}${at}`;
  return clip(`${clip(title, Math.max(32, room - at.length))}${at}`, room);
}

/** Rows as aligned columns: the first left-aligned (clipped to `labelMax`), the rest right-aligned. */
function table(head: string[], rows: string[][], labelMax = 40): string[] {
  const indent = '  ';
  const cells = [head, ...rows].map((r) => r.map((c, k) => (k === 0 ? clip(c, labelMax) : c)));
  const widths = head.map((_, k) => Math.max(...cells.map((r) => r[k]?.length ?? 0)));
  return cells.map(
    (r) =>
      indent +
      r
        .map((c, k) => (k === 0 ? pad(c, widths[k]!) : padStart(c, widths[k]!)))
        .join('  ')
        .trimEnd(),
  );
}

/** `rolefit market` as text: the same figures `--format json` and the API give, every one labelled with its source. */
export function renderRoleMarketText(m: RoleMarket, options: { storeNote?: string } = {}): string {
  const out: string[] = [`${m.role.title}: job market`, ''];
  if (m.basis === null) {
    out.push('No listings of this role are stored and rolefit ships no snapshot for it.');
    out.push('Import listings with "rolefit ingest <file>" to see what real postings ask.');
  } else {
    out.push(prose(`Source: ${describeMarketBasis(m.basis)}`));
    if (options.storeNote) out.push(prose(options.storeNote));
  }
  if (m.disguised !== undefined && m.disguised.listings > 0)
    out.push(prose(renderDisguisedLine(m.disguised)));
  if (m.demand.length > 0) {
    out.push('', 'Skill demand: share of listings asking, and how they ask (at least 5% of listings)');
    out.push(
      ...table(
        ['skill', 'listings', 'share', 'required', 'preferred', 'not marked', ''],
        m.demand.map((d) => [
          d.skill.label,
          count(d.listings),
          pct(d.share),
          pct(d.requiredShare),
          pct(d.preferredShare),
          pct(d.mentionedShare),
          pad('█'.repeat(Math.round(d.share * BAR)), BAR),
        ]),
        36,
      ),
    );
  }
  if (m.pairs.length > 0) {
    out.push('', 'Often asked together');
    out.push(
      ...table(
        ['skills', 'listings', 'share', 'vs chance'],
        m.pairs.map((p) => [
          `${p.a.label} + ${p.b.label}`,
          count(p.listings),
          pct(p.share),
          `×${p.lift.toFixed(1)}`,
        ]),
        64,
      ),
    );
  }
  if (m.titles.length > 0) {
    out.push('', 'Typical titles (team, place and level left out)');
    out.push(
      ...table(
        ['title', 'listings'],
        m.titles.map((t) => [t.title, count(t.listings)]),
      ),
    );
  }
  if (m.guide.length > 0 && m.basis !== null) {
    out.push(
      '',
      prose(
        'Role guide vs listings: guide points (of 100); listings asking for the skill itself, and for it or a skill it accepts',
      ),
    );
    out.push(
      ...table(
        ['requirement', 'points', 'the skill', 'with accepted'],
        m.guide.map((g) => [g.skill.label, String(g.points), pct(g.share), pct(g.coveredShare)]),
      ),
    );
  }
  if (m.notInGuide.length > 0) {
    out.push('', 'Asked by at least 10% of listings but not in the role guide');
    out.push(
      ...table(
        ['skill', 'share'],
        m.notInGuide.map((d) => [d.skill.label, pct(d.share)]),
      ),
    );
  }
  if (m.reference !== null && m.reference.skills.length > 0) {
    const r = m.reference;
    out.push(
      '',
      prose(
        `Reference, not demand: technologies O*NET flags for ${r.occupation.code} ${r.occupation.title} that the role guide names or listings ask for`,
      ),
    );
    const inDemand = r.skills.filter((s) => s.inDemand).map((s) => s.skill.label);
    const hot = r.skills.filter((s) => !s.inDemand).map((s) => s.skill.label);
    const indented = (text: string) => wrapAt(text, '  ', '    ');
    if (inDemand.length > 0) out.push(indented(`In Demand: ${inDemand.join(', ')}`));
    if (hot.length > 0) out.push(indented(`Hot Technology: ${hot.join(', ')}`));
    out.push(...r.attribution.map(indented));
  }
  return `${out.join('\n')}\n`;
}
