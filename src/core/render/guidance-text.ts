import type { AnalysisReport } from '../analysis/report.ts';
import { LEADS_AS_TEXT, SIGNAL_MEANS, setAsideText, signalWords } from '../guidance/detect-background.ts';
import { ANSWER_SCALE } from '../guidance/self-check.ts';
import { formatExperience } from '../resume/structure.ts';
import {
  cell,
  clip,
  clipAround,
  headThenTail,
  midSentence,
  PLAIN,
  type Style,
  wrapAt,
  wrapText,
} from './format.ts';
import { PLAN_ORDER } from './gap-order.ts';

const STATUS = { shown: 'already shown', partial: 'partly shown', missing: 'not shown yet' } as const;
const EFFORT = ['', 'low', 'medium', 'high'] as const;

/** The career-switch part of the report for a terminal; empty when the report has none. */
export function renderGuidanceText(report: AnalysisReport, style: Style = PLAIN): string {
  const { background, transition, selfCheck, learningPlan, feedback } = report;
  if (!background) return '';
  const out: string[] = [];
  out.push(style.bold('Your background'));
  if (background.candidates.length > 0) out.push(style.dim(`  ${SIGNAL_MEANS}`));
  for (const c of background.candidates) {
    out.push(
      ...headThenTail(
        `  ${c.id === background.primary ? '●' : '○'} ${c.label}`,
        `(${signalWords(c.confidence)})`,
        100,
        '    ',
        style.dim,
      ),
    );
    if (c.id === background.primary && background.leadsAs)
      out.push(`    ${wrapText(LEADS_AS_TEXT[background.leadsAs], 90, '    ')}`);
    if (c.id === background.primary && background.setAside)
      out.push(`    ${wrapText(setAsideText(background), 90, '    ')}`);
    for (const e of c.evidence.slice(0, 3))
      out.push(`    ${style.dim(`line ${e.line} (${e.kind}): "${clipAround(e.quote, e.match, 76)}"`)}`);
  }
  if (background.experienceYears !== undefined)
    out.push(
      style.dim(
        wrapAt(
          `${capitalize(formatExperience(background.experienceYears, background.presentCountedAs))}.`,
          '  ',
          '  ',
        ),
      ),
    );
  if (transition) {
    out.push(
      '',
      style.bold(
        wrapAt(
          `From ${midSentence(transition.fromLabel)} to ${transition.to.title}: ${transition.outlook}`,
          '',
          '  ',
        ),
      ),
    );
    out.push(`  ${wrapText(transition.summary, 94, '  ')}`);
    out.push(style.dim('  What transfers'));
    for (const t of transition.transfers) {
      const mark = t.evidence.length > 0 ? style.green('+') : style.dim('·');
      out.push(`  ${mark} ${t.label}: ${wrapText(t.note, 88, '    ', t.label.length + 2)}`);
      for (const e of t.evidence.slice(0, 2))
        out.push(`    ${style.dim(`line ${e.line}: "${clipAround(e.quote, e.match, 76)}"`)}`);
    }
    out.push(style.dim('  The gap this route usually leaves'));
    for (const g of transition.gaps) {
      const color = g.status === 'shown' ? style.green : g.status === 'partial' ? style.yellow : style.red;
      out.push(
        `  ${color('•')} ${g.label} ${style.dim(`(${STATUS[g.status]})`)}: ${wrapText(g.detail, 88, '    ', g.label.length + STATUS[g.status].length + 5)}`,
      );
    }
    if (transition.alsoFrom.length > 0)
      out.push(
        style.dim(
          wrapAt(
            `Your resume also shows: ${transition.alsoFrom.map((a) => midSentence(a.label)).join(', ')}.`,
            '  ',
            '    ',
          ),
        ),
      );
  }
  if (selfCheck && selfCheck.items.length > 0) {
    out.push('', style.bold('Fit self-check'));
    out.push(`  ${wrapText(selfCheck.summary, 94, '  ')}`);
    for (const i of selfCheck.items) {
      const answer = i.answer !== undefined ? `you: ${ANSWER_SCALE[i.answer - 1]}` : 'not answered';
      out.push(...headThenTail(`  • ${i.label}`, `(${answer}; resume: ${i.resume})`, 100, '    ', style.dim));
      out.push(`    ${wrapText(i.advice, 90, '    ')}`);
    }
  }
  if (learningPlan && learningPlan.items.length > 0) {
    out.push('', style.bold('Learning plan, most important gap first'));
    out.push(style.dim(`  ${wrapText(PLAN_ORDER, 96, '  ')}`));
    learningPlan.items.forEach((item, k) => {
      out.push(`  ${k + 1}. ${item.requirement.label} ${style.dim(`(${planStatus(item.status)})`)}`);
      for (const s of item.steps)
        out.push(
          `     → ${wrapText(`${s.text} ${style.dim(`[${s.kind}, effort ${EFFORT[s.effort]}]`)}`, 88, '       ')}`,
        );
    });
    const held = learningPlan.certifications.filter((c) => c.held);
    // The ones that suit the route, as the Markdown table and the web app mark them; those that close a
    // gap come first (the plan's order), and four are named.
    const suits = learningPlan.certifications.filter((c) => !c.held && c.suitsYou);
    if (held.length > 0)
      out.push(style.dim(`  Certifications you list: ${held.map((c) => c.name).join(', ')}.`));
    if (suits.length > 0) {
      out.push(style.dim('  Certifications that fit your route:'));
      for (const c of suits.slice(0, 4))
        out.push(`    - ${wrapText(`${c.name}: ${c.demonstrates}`, 88, '      ')}`);
    }
    out.push(style.dim(`  ${wrapText(learningPlan.note, 94, '  ')}`));
  }
  if (feedback && (feedback.unsupportedSkills.length > 0 || feedback.bullets.length > 0)) {
    out.push('', style.bold('Resume feedback'));
    if (feedback.unsupportedSkills.length > 0) {
      out.push(
        style.dim('  Listed but never shown in your experience (could you defend them in an interview?)'),
      );
      out.push(
        `    ${wrapText(feedback.unsupportedSkills.map((u) => `${u.label} (line ${u.line})`).join(', '), 90, '    ')}`,
      );
    }
    if (feedback.bullets.length > 0) {
      out.push(style.dim('  Bullets that show a TPM skill in words a reader or an ATS may miss'));
      for (const b of feedback.bullets) {
        out.push(`  line ${b.line}: "${clip(b.original, 84)}"`);
        out.push(`    ${style.green('→')} ${wrapText(b.suggestion, 88, '      ')}`);
        for (const q of b.questions) out.push(`      ${style.dim(`? ${q}`)}`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}

/** The career-switch part of the report as Markdown; empty when the report has none. */
export function renderGuidanceMarkdown(report: AnalysisReport): string {
  const { background, transition, selfCheck, learningPlan, feedback } = report;
  if (!background) return '';
  const out: string[] = ['## Your background', ''];
  if (background.candidates.length > 0) out.push(SIGNAL_MEANS, '');
  for (const c of background.candidates) {
    const primary = c.id === background.primary;
    const leads =
      (primary && background.leadsAs ? ` ${LEADS_AS_TEXT[background.leadsAs]}` : '') +
      (primary && background.setAside ? ` ${setAsideText(background)}` : '');
    out.push(`- **${c.label}**${primary ? ' (primary)' : ''}, ${signalWords(c.confidence)}.${leads}`);
    for (const e of c.evidence.slice(0, 3))
      out.push(`  - line ${e.line} (${e.kind}): “${cell(clipAround(e.quote, e.match, 90))}”`);
  }
  if (background.experienceYears !== undefined)
    out.push(
      ...(background.candidates.length > 0 ? [''] : []),
      `${capitalize(formatExperience(background.experienceYears, background.presentCountedAs))}.`,
    );
  if (transition) {
    out.push('', `## From ${midSentence(transition.fromLabel)} to ${transition.to.title}`, '');
    out.push(`_${transition.outlook}._ ${transition.summary}`, '', '**What transfers**', '');
    for (const t of transition.transfers) {
      const ev = t.evidence
        .map((e) => `line ${e.line}: “${cell(clipAround(e.quote, e.match, 70))}”`)
        .join('; ');
      out.push(`- ${t.label}: ${t.note}${ev ? ` (${ev})` : ' (not shown in your resume yet)'}`);
    }
    out.push('', '**The gap this route usually leaves**', '');
    for (const g of transition.gaps) out.push(`- ${g.label} (${STATUS[g.status]}): ${g.detail}`);
  }
  if (selfCheck && selfCheck.items.length > 0) {
    out.push(
      '',
      '## Fit self-check',
      '',
      selfCheck.summary,
      '',
      '| Dimension | Your answer | Resume | Note |',
      '|---|---|---|---|',
    );
    for (const i of selfCheck.items)
      out.push(
        `| ${cell(i.label)} | ${i.answer !== undefined ? ANSWER_SCALE[i.answer - 1] : '—'} | ${i.resume} | ${cell(i.advice)} |`,
      );
  }
  if (learningPlan && learningPlan.items.length > 0) {
    out.push('', '## Learning plan', '', PLAN_ORDER, '');
    learningPlan.items.forEach((item, k) => {
      out.push(`${k + 1}. **${item.requirement.label}** (${planStatus(item.status)})`);
      for (const s of item.steps) out.push(`   - ${s.text} _[${s.kind}, effort ${EFFORT[s.effort]}]_`);
    });
    out.push('', '| Certification | What it demonstrates | You | Fits your route |', '|---|---|---|---|');
    for (const c of learningPlan.certifications)
      out.push(
        `| ${cell(c.name)} | ${cell(c.demonstrates)} | ${c.held ? 'listed' : ''} | ${c.suitsYou ? 'yes' : ''} |`,
      );
    out.push('', `_${learningPlan.note}_`);
  }
  if (feedback && (feedback.unsupportedSkills.length > 0 || feedback.bullets.length > 0)) {
    out.push('', '## Resume feedback', '');
    if (feedback.unsupportedSkills.length > 0)
      out.push(
        `**Listed but never shown in use:** ${feedback.unsupportedSkills.map((u) => `${u.label} (line ${u.line})`).join(', ')}. Could you defend each in an interview?`,
        '',
      );
    for (const b of feedback.bullets) {
      out.push(`- Line ${b.line}: “${cell(clip(b.original, 120))}”`, `  - Suggested: ${cell(b.suggestion)}`);
      for (const q of b.questions) out.push(`  - ${q}`);
    }
  }
  out.push('');
  return out.join('\n');
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A plan item's status in words: a requirement shown that is still a gap is shown in part. */
function planStatus(status: string): string {
  return status === 'shown' ? 'shown in part' : status;
}
