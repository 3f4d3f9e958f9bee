import { inPartPhrases, listPhrases } from '../analysis/in-part.ts';
import type {
  AnalysisReport,
  Evidence,
  Gap,
  RequirementResult,
  RequirementStatus,
  ScoreBand,
  TrackRecord,
} from '../analysis/report.ts';
import { describeMarketBasis } from '../market/market-basis.ts';
import { renderMarketMarkdown } from '../market/render-market.ts';
import {
  cell,
  clip,
  clipAround,
  headThenTail,
  mdText,
  PLAIN,
  pad,
  padStart,
  type Style,
  TERMINAL_WIDTH,
  wrapAt,
  wrapText,
} from './format.ts';
import { gapOrder } from './gap-order.ts';
import { renderGuidanceMarkdown, renderGuidanceText } from './guidance-text.ts';

const STATUS_MARK = { shown: '✔', partial: '◐', missing: '✘' } as const;

const WIDTH = TERMINAL_WIDTH;
/** Fewer characters than this left beside a requirement row, and its evidence goes on the line below. */
const MIN_QUOTE_ROOM = 48;

type Quoted = Pick<Evidence, 'quote' | 'line' | 'match'>;

/**
 * The skill a requirement's evidence shows when it is not the requirement itself ("Scrum" for Agile,
 * "Capacity planning" for resource allocation), by its label: the quote came through that skill.
 */
export function evidenceVia(
  report: Pick<AnalysisReport, 'skills'>,
  requirementId: string,
  e: Pick<Evidence, 'skillId'> | undefined,
): string | undefined {
  if (!e || e.skillId === requirementId) return undefined;
  return report.skills.find((s) => s.id === e.skillId)?.label ?? e.skillId;
}

/** "line 12" or "line 12 (via Scrum)": where a quote comes from, and the related skill it shows. */
export function evidenceSource(line: number, via: string | undefined): string {
  return via ? `line ${line} (via ${via})` : `line ${line}`;
}

/**
 * `line 4: "Led Scrum ceremonies…"` (or `line 4 (via Scrum): "…"`) in at most `room` characters, the
 * quote shortened around the words that matched.
 */
function evidenceLine(e: Quoted | undefined, room = 82, via?: string): string {
  if (!e) return 'no evidence in the resume';
  const head = `${evidenceSource(e.line, via)}: "`;
  return `${head}${clipAround(e.quote, e.match, room - head.length - 1)}"`;
}

/**
 * One row of the requirements table: `mark` (one character, maybe coloured), then `rest` (the name and
 * points). The best evidence stands beside it when the row leaves room for a useful quote, otherwise
 * on the line below (a role with long requirement names), so that no line passes WIDTH.
 */
function requirementRow(
  mark: string,
  rest: string,
  e: Quoted | undefined,
  style: Style,
  via?: string,
): string[] {
  const head = `  ${mark} ${rest}`;
  const room = WIDTH - (4 + rest.length) - 2;
  if (!e || room >= MIN_QUOTE_ROOM) return [`${head}  ${style.dim(evidenceLine(e, room, via))}`];
  return [head, `      ${style.dim(evidenceLine(e, WIDTH - 6, via))}`];
}

/** A gap's status in words: a requirement shown that is still a gap is shown in part. */
export function gapStatus(g: Pick<Gap, 'status'>): string {
  return g.status === 'shown' ? 'shown in part' : g.status;
}

/** "missing, 6.0 of 6.0 points; asked for in 45% of listings": what a gap is worth, never more than its weight. */
export function gapStake(report: Pick<AnalysisReport, 'requirements' | 'market'>, g: Gap): string {
  const weight = report.requirements.find((r) => r.skill.id === g.skill.id)?.weight ?? g.pointsAtStake;
  // Demand comes with a market section, whose basis says which listings (stored, or the snapshot).
  const counted = report.market !== undefined && g.demand !== undefined;
  const demand = counted ? `; asked for in ${Math.round(g.demand! * 100)}% of listings` : '';
  return `${gapStatus(g)}, ${g.pointsAtStake.toFixed(1)} of ${weight.toFixed(1)} points to gain${demand}`;
}

/**
 * Why a requirement the table ticks is still a gap: "Shown through Web development (80% of it) and in
 * work far from technology (counted at 50%), so it earns part of its points." Undefined for other gaps.
 */
export function shownInPartText(g: Pick<Gap, 'status' | 'inPart'>): string | undefined {
  if (g.status !== 'shown' || !g.inPart) return undefined;
  const parts = inPartPhrases(g.inPart);
  if (parts.length === 0) return undefined;
  return `Shown ${listPhrases(parts)}, so it earns part of its points.`;
}

/** The track record read like a requirement's status: shown from 60% of its points (a PM title or closer). */
export function trackRecordStatus(tr: Pick<TrackRecord, 'credit'>): RequirementStatus {
  return tr.credit >= 0.6 ? 'shown' : tr.credit > 0 ? 'partial' : 'missing';
}

function statusColor(style: Style, r: RequirementResult): (s: string) => string {
  return r.status === 'shown' ? style.green : r.status === 'partial' ? style.yellow : style.red;
}

/** "Pages 1–2 were scanned images, read by OCR …": said wherever the report is shown. */
export function ocrNote(report: Pick<AnalysisReport, 'document'>): string | undefined {
  const ocr = report.document.ocr;
  if (!ocr) return undefined;
  const pages = ocr.pages;
  const which =
    pages.length === 1
      ? `Page ${pages[0]} was a scanned image`
      : `Pages ${pages.join(', ')} were scanned images`;
  return `${which}, read by OCR (mean confidence ${ocr.confidence}%); OCR can misread words, so check the quotes.`;
}

/** The report for a terminal: score, breakdown, strengths, ranked gaps, other skills. */
export function renderReportText(report: AnalysisReport, style: Style = PLAIN): string {
  const out: string[] = [];
  const counts = { shown: 0, partial: 0, missing: 0 };
  for (const r of report.requirements) counts[r.status]++;
  out.push(style.bold(`rolefit · ${report.role.title}`));
  out.push('');
  if (report.document.warning) out.push(style.yellow(wrapAt(`⚠ ${report.document.warning}`, '', '  ')), '');
  const ocr = ocrNote(report);
  if (ocr) out.push(style.dim(wrapAt(ocr, '', '  ')), '');
  out.push(
    `${style.bold(report.score === null ? 'No score' : `Score ${report.score}/100`)}  ${style.dim(
      `${counts.shown} shown · ${counts.partial} partial · ${counts.missing} missing of ${report.requirements.length} ${report.requirements.length === 1 ? 'requirement' : 'requirements'}`,
    )}`,
  );
  if (report.scoreBand) out.push(wrapAt(bandText(report.scoreBand), '', '  '));
  out.push('');
  out.push(style.bold('Requirements') + style.dim('  (points earned / points possible, best evidence)'));
  const labelWidth = Math.max(...report.requirements.map((r) => r.skill.label.length)) + 2;
  for (const category of ['technical', 'soft'] as const) {
    const inCategory = report.requirements.filter((x) => x.skill.category === category);
    if (inCategory.length === 0) continue;
    out.push(style.dim(`  ${category === 'technical' ? 'Technical' : 'Soft skills'}`));
    for (const r of inCategory) {
      const color = statusColor(style, r);
      const pts = `${padStart(r.points.toFixed(1), 4)} / ${padStart(r.weight.toFixed(1), 4)}`;
      out.push(
        ...requirementRow(
          color(STATUS_MARK[r.status]),
          `${pad(r.skill.label, labelWidth)}${pts}`,
          r.evidence[0],
          style,
          evidenceVia(report, r.skill.id, r.evidence[0]),
        ),
      );
    }
  }
  const tr = report.trackRecord;
  if (tr.weight > 0) {
    out.push(style.dim('  Track record'));
    const pts = `${padStart(tr.points.toFixed(1), 4)} / ${padStart(tr.weight.toFixed(1), 4)}`;
    const status = trackRecordStatus(tr);
    const mark = (status === 'shown' ? style.green : status === 'partial' ? style.yellow : style.red)(
      STATUS_MARK[status],
    );
    const rest = `${pad('Title held', labelWidth)}${pts}`;
    if (tr.evidence) out.push(...requirementRow(mark, rest, tr.evidence, style));
    else out.push(`  ${mark} ${rest}  ${style.dim('no title names the role or a close one')}`);
  }
  if (report.strengths.length > 0) {
    out.push('');
    out.push(style.bold('Strengths that give you leverage'));
    for (const s of report.strengths.slice(0, 6)) {
      out.push(`  ${style.green('+')} ${wrapText(s.reason, 92, '    ')}`);
      out.push(
        `    ${style.dim(evidenceLine(s.evidence[0], 82, evidenceVia(report, s.skill.id, s.evidence[0])))}`,
      );
    }
  }
  if (report.gaps.length > 0) {
    out.push('');
    out.push(style.bold('Gaps worth closing, most important first'));
    out.push(style.dim(`  ${wrapText(gapOrder(report), 96, '  ')}`));
    if (report.market)
      out.push(
        style.dim(`  ${wrapText(`Listing shares: ${describeMarketBasis(report.market.basis)}`, 96, '  ')}`),
      );
    report.gaps.forEach((g, k) => {
      out.push(
        ...headThenTail(
          `  ${k + 1}. ${g.skill.label}`,
          `(${gapStake(report, g)})`,
          WIDTH,
          '     ',
          style.dim,
        ),
      );
      const inPart = shownInPartText(g);
      if (inPart) out.push(`     ${wrapText(inPart, 90, '     ')}`);
      for (const step of g.nextSteps) out.push(`     → ${wrapText(step, 90, '       ')}`);
    });
  }
  const others = report.skills.filter((s) => s.countsToward.length === 0);
  if (others.length > 0) {
    out.push('');
    out.push(style.bold('Other skills found'));
    out.push(
      `  ${wrapText(others.map((s) => `${s.label} (${s.strength}${s.hedged ? ', hedged' : ''})`).join(', '), 94, '  ')}`,
    );
  }
  if (report.ignored.length > 0) {
    out.push('');
    out.push(
      style.dim(
        wrapAt(
          `Not counted: ${report.ignored.map((i) => `${i.label} on line ${i.line} (${i.reason})`).join('; ')}`,
          '',
          '  ',
        ),
      ),
    );
  }
  out.push('');
  out.push(
    style.dim(
      wrapText(`How the score works: ${HOW_SCORED} Run with --format json for every detail.`, 100, ''),
    ),
  );
  const guidance = renderGuidanceText(report, style);
  return `${out.join('\n')}\n${guidance ? `\n${guidance}` : ''}`;
}

/** How the score is made, in the footer of the text and the Markdown report alike. */
export const HOW_SCORED =
  'each requirement is worth its weight in points; it earns them in full when you led it with a result (or applied it in this role, held now), 80% when you applied it, 50% when you only list it, half of that when worded as limited familiarity. Related skills earn a stated share, and work shown far from technology counts in part. The track record earns its points for a job title that names the role or a close one.';

/** "Several gaps to close (25–54 of 100): …": what the score reads as. */
export function bandText(band: ScoreBand): string {
  return `${band.label} (${band.from}–${band.to} of 100): ${band.meaning}`;
}

/** The report as Markdown, for sharing or saving. */
export function renderReportMarkdown(report: AnalysisReport): string {
  const out: string[] = [];
  out.push(`# ${report.role.title}: skills analysis`, '');
  if (report.document.warning) out.push(`> **Not a resume.** ${report.document.warning}`, '');
  const ocr = ocrNote(report);
  if (ocr) out.push(`> ${ocr}`, '');
  out.push(report.score === null ? '**No score**' : `**Score: ${report.score}/100**`, '');
  if (report.scoreBand) out.push(mdText(bandText(report.scoreBand)), '');
  out.push(
    '## Requirements',
    '',
    '| | Requirement | Category | Points | Best evidence |',
    '|---|---|---|---:|---|',
  );
  for (const r of report.requirements) {
    const e = r.evidence[0];
    out.push(
      `| ${STATUS_MARK[r.status]} | ${cell(r.skill.label)} | ${r.skill.category} | ${r.points.toFixed(1)} / ${r.weight.toFixed(1)} | ${
        e
          ? `${cell(evidenceSource(e.line, evidenceVia(report, r.skill.id, e)))}: “${cell(clipAround(e.quote, e.match, 90))}”`
          : '—'
      } |`,
    );
  }
  const tr = report.trackRecord;
  if (tr.weight > 0) {
    const e = tr.evidence;
    out.push(
      `| ${STATUS_MARK[trackRecordStatus(tr)]} | Track record (title held) | role | ${tr.points.toFixed(1)} / ${tr.weight.toFixed(1)} | ${
        e ? `line ${e.line}: “${cell(clip(e.quote, 90))}”` : '—'
      } |`,
    );
  }
  if (report.strengths.length > 0) {
    out.push('', '## Strengths', '');
    // The reason opens with the skill's name ("Agile / Scrum earns 6.2 of …"): bold it there, once.
    for (const s of report.strengths)
      out.push(
        s.reason.startsWith(s.skill.label)
          ? `- **${s.skill.label}**${s.reason.slice(s.skill.label.length)}`
          : `- **${s.skill.label}**: ${s.reason}`,
      );
  }
  if (report.gaps.length > 0) {
    out.push('', '## Gaps, most important first', '', gapOrder(report), '');
    if (report.market) out.push(`Listing shares: ${mdText(describeMarketBasis(report.market.basis))}`, '');
    report.gaps.forEach((g, k) => {
      const inPart = shownInPartText(g);
      out.push(
        `${k + 1}. **${g.skill.label}** (${gapStake(report, g)})${inPart ? ` ${mdText(inPart)}` : ''}`,
      );
      for (const step of g.nextSteps) out.push(`   - ${step}`);
    });
  }
  if (report.skills.length > 0) {
    out.push('', '## All skills found', '', '| Skill | Kind | Strength | Evidence |', '|---|---|---|---|');
    for (const s of report.skills) {
      const e = s.evidence[0];
      out.push(
        `| ${cell(s.label)} | ${s.kind} | ${s.strength}${s.hedged ? ' (hedged)' : ''} | ${e ? `line ${e.line}: “${cell(clipAround(e.quote, e.match, 80))}”` : ''} |`,
      );
    }
  }
  const guidance = renderGuidanceMarkdown(report);
  if (guidance) out.push('', guidance.trimEnd());
  if (report.market) out.push('', renderMarketMarkdown(report.market).trimEnd());
  out.push('', '---', '', `_How the score works: ${HOW_SCORED} Generated by rolefit._`, '');
  return out.join('\n');
}
