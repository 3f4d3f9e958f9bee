// Renders a posting audit as plain text, Markdown, or a JSON presenter that lists its fields.
import { cell, mdText, TERMINAL_WIDTH, wrapAt } from '../render/format.ts';
import { flagTitle } from './advice.ts';
import type { PostingAudit } from './audit.ts';
import { FAMILY_LABELS } from './families.ts';
import { VERDICT_LABELS } from './verdict.ts';

const TOP_FAMILIES = 4;
const TOP_PHRASES = 5;

/** The audit as a plain object for `--format json`: only the fields listed here leave the core. */
export function auditToJson(audit: PostingAudit) {
  return {
    title: audit.title ?? null,
    titleSource: audit.titleSource,
    titleFamily: audit.titleFamily ?? null,
    titleScope: audit.titleScope ?? null,
    contentFamily: audit.content.family,
    verdict: audit.verdict.verdict,
    verdictReason: audit.verdict.reason,
    confidence: audit.verdict.confidence,
    handsOnShare: audit.verdict.handsOnShare,
    technical: audit.content.technical,
    otherWork: audit.content.otherWork,
    scores: audit.content.scores
      .filter((s) => s.score > 0)
      .map((s) => ({ family: s.family, score: s.score, phrases: s.phrases.slice(0, 10) })),
    redFlags: audit.redFlags.map((f) => ({
      kind: f.kind,
      title: f.title,
      quote: f.quote,
      trigger: f.trigger,
      languages: f.languages,
      strength: f.strength,
    })),
    missingEssentials: audit.essentials.filter((e) => !e.present).map((e) => ({ id: e.id, label: e.label })),
    presentEssentials: audit.essentials
      .filter((e) => e.present)
      .map((e) => ({ id: e.id, label: e.label, quote: e.quote })),
    fixes: audit.fixes,
    raci: audit.raci ?? null,
  };
}

const quoted = (phrases: readonly string[]): string =>
  phrases
    .slice(0, TOP_PHRASES)
    .map((p) => `"${p}"`)
    .join(', ');

function scoreLines(audit: PostingAudit): string[] {
  const lines = audit.content.scores
    .filter((s) => s.score > 0)
    .slice(0, TOP_FAMILIES)
    .map((s) => `${FAMILY_LABELS[s.family]} ${s.score.toFixed(1)}: ${quoted(s.phrases)}`);
  // What the work is about decides whether delivery work is technical delivery.
  const { technical, otherWork, evidence } = audit.content;
  const about = (domain: 'technical' | 'non-technical') => [
    ...new Set(evidence.filter((e) => e.domain === domain).map((e) => e.phrase.toLowerCase())),
  ];
  const tech = about('technical');
  const other = about('non-technical');
  if (tech.length > 0 || other.length > 0) {
    lines.push(
      `technical work ${technical.toFixed(1)} against other work ${otherWork.toFixed(1)}${tech.length > 0 ? `; about technology: ${quoted(tech)}` : ''}${other.length > 0 ? `; about other business: ${quoted(other)}` : ''}`,
    );
  }
  return lines;
}

const titleLine = (audit: PostingAudit): string =>
  audit.title === undefined
    ? 'Title: (none found; pass --title)'
    : `Title: ${audit.title} (${audit.titleFamily === undefined ? 'family not recognized' : FAMILY_LABELS[audit.titleFamily]})`;

/** The verdict with its hands-on share and confidence; a posting whose title gets no verdict says only that. */
function verdictLine(audit: PostingAudit): string {
  const label = VERDICT_LABELS[audit.verdict.verdict];
  if (audit.titleScope === undefined) return label;
  return `${label} (hands-on share ${Math.round(audit.verdict.handsOnShare * 100)}%, ${audit.verdict.confidence} confidence)`;
}

/** Plain-text report for a terminal. */
export function renderAuditText(audit: PostingAudit): string {
  // No line passes 100 characters: a longer sentence goes on, indented, on the next line.
  const line = (text: string) => wrapAt(text, '', '  ');
  const item = (text: string) => wrapAt(text, '  - ', '    ');
  const out: string[] = [line(titleLine(audit)), `Content reads as: ${FAMILY_LABELS[audit.content.family]}`];
  out.push(line(`Verdict: ${verdictLine(audit)}`), wrapAt(audit.verdict.reason, '  ', '  '));
  out.push('', 'What drove it:', ...scoreLines(audit).map((l) => wrapAt(l, '  ', '    ')));
  if (audit.redFlags.length > 0) {
    out.push('', 'Red flags:');
    for (const f of audit.redFlags) out.push(item(`${flagTitle(f)}: "${f.quote}" (says "${f.trigger}")`));
  }
  const missing = audit.essentials.filter((e) => !e.present);
  if (audit.essentials.length > 0) {
    out.push('', missing.length === 0 ? 'Names every TPM essential.' : 'Missing TPM essentials:');
    for (const e of missing) out.push(`  - ${e.label}`);
  }
  if (audit.fixes.length > 0) {
    out.push('', 'For the hiring team:');
    for (const f of audit.fixes) out.push(item(f));
  }
  if (audit.raci !== undefined) {
    const { roles, rows } = audit.raci;
    const w = Math.max(...rows.map((r) => r.activity.length));
    out.push('', 'RACI draft (R responsible, A accountable, C consulted, I informed):');
    // Each column as wide as its role's name or its widest letters, and two spaces; nothing trails
    // a row. Five roles of the default vocabulary fit in 100 characters beside the longest activity.
    const col = roles.map(
      (role) => Math.max(role.length, ...rows.map((r) => (r.assignments[role] ?? '').length)) + 2,
    );
    out.push(`  ${''.padEnd(w)}  ${roles.map((r, k) => r.padEnd(col[k]!)).join('')}`.trimEnd());
    for (const r of rows) {
      const row =
        `  ${r.activity.padEnd(w)}  ${roles.map((role, k) => (r.assignments[role] ?? '').padEnd(col[k]!)).join('')}`.trimEnd();
      // A note goes beside its row while it fits, else under it.
      const note = r.note === undefined ? undefined : `(${r.note})`;
      if (note === undefined) out.push(row);
      else if (row.length + 2 + note.length <= TERMINAL_WIDTH) out.push(`${row}  ${note}`);
      else out.push(row, wrapAt(note, '    ', '    '));
    }
  }
  return `${out.join('\n')}\n`;
}

/** Markdown report, e.g. to paste into an issue or a hiring doc. */
export function renderAuditMarkdown(audit: PostingAudit): string {
  // The posting's own words (title, quotes, the fixes that quote it) are made inert: see mdText.
  const out: string[] = [
    `# Posting audit: ${audit.title === undefined ? 'untitled posting' : mdText(audit.title)}`,
    '',
  ];
  out.push(
    `- **Title family:** ${audit.titleFamily === undefined ? 'not recognized' : FAMILY_LABELS[audit.titleFamily]}`,
  );
  out.push(`- **Content family:** ${FAMILY_LABELS[audit.content.family]}`);
  out.push(`- **Verdict:** ${verdictLine(audit)} — ${mdText(audit.verdict.reason)}`);
  out.push('', '## What drove it', '', ...scoreLines(audit).map((l) => `- ${mdText(l)}`));
  if (audit.redFlags.length > 0) {
    out.push('', '## Red flags', '');
    for (const f of audit.redFlags)
      out.push(`- **${mdText(flagTitle(f))}**: “${mdText(f.quote)}” (says “${mdText(f.trigger)}”)`);
  }
  if (audit.essentials.length > 0) {
    const missing = audit.essentials.filter((e) => !e.present);
    out.push('', '## Missing TPM essentials', '');
    out.push(
      ...(missing.length === 0
        ? ['None: the posting names every essential.']
        : missing.map((e) => `- ${e.label}`)),
    );
  }
  if (audit.fixes.length > 0)
    out.push('', '## For the hiring team', '', ...audit.fixes.map((f) => `- ${mdText(f)}`));
  if (audit.raci !== undefined) {
    const { roles, rows } = audit.raci;
    out.push(
      '',
      '## RACI draft',
      '',
      `| Activity | ${roles.join(' | ')} |`,
      `|---|${roles.map(() => '---').join('|')}|`,
    );
    for (const r of rows) {
      const activity = r.note === undefined ? r.activity : `${r.activity} (${r.note})`;
      out.push(`| ${cell(activity)} | ${roles.map((role) => r.assignments[role] ?? '').join(' | ')} |`);
    }
  }
  return `${out.join('\n')}\n`;
}
