// Small pieces shared by the report's sections: links to a line of "What we read", quotes, tags.
import type { ReactNode } from 'react';
import type { RequirementResult, RequirementStatus } from '../../../src/core/analysis/report.ts';
import type { QuoteSpan } from '../../../src/core/extract/types.ts';
import { clipAround } from '../../../src/core/render/format.ts';
import { showLine } from './ResumeView.tsx';

export const STATUS_TEXT: Record<RequirementStatus, string> = {
  shown: 'Shown',
  partial: 'Partly shown',
  missing: 'Missing',
};

export const clip = (s: string, max = 140) => (s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`);

/** "line N": moves focus to that line of "What we read". */
export function LineLink({ line }: { line: number }) {
  return (
    <button type="button" className="link line-link" onClick={() => showLine(line)}>
      line {line}
      <span className="visually-hidden">: show it in what we read</span>
    </button>
  );
}

/**
 * A verbatim quote of the resume, with the matched words in bold when given: `match` as words to
 * look for, or `span` as where they lie in the text (evidence's `match`), which also keeps them in
 * view when a long quote is shortened.
 */
export function Quote({
  text,
  match,
  span,
  max = 140,
}: {
  text: string;
  match?: string;
  span?: QuoteSpan | undefined;
  max?: number;
}) {
  const shown = span ? clipAround(text, span, max) : clip(text, max);
  const words = span ? text.slice(span.start, span.end) : match;
  // The shortened quote holds the matched words once, where clipAround kept them.
  const at = words ? shown.indexOf(words) : -1;
  if (!words || at < 0) return <q className="quote">{shown}</q>;
  return (
    <q className="quote">
      {shown.slice(0, at)}
      <strong>{shown.slice(at, at + words.length)}</strong>
      {shown.slice(at + words.length)}
    </q>
  );
}

interface QuoteLineProps {
  line: number;
  quote: string;
  match?: string | undefined;
  span?: QuoteSpan | undefined;
  /** The related skill the quote came through ("Scrum" for Agile). */
  via?: string | undefined;
  children?: ReactNode;
}

/** A quote of line N, linked to "What we read". */
export function QuoteLine({ line, quote, match, span, via, children }: QuoteLineProps) {
  return (
    <li>
      <LineLink line={line} />
      {via ? <span className="via"> (via {via})</span> : null}{' '}
      <Quote text={quote} {...(match ? { match } : {})} span={span} />
      {children ? <> {children}</> : null}
    </li>
  );
}

export function StatusBadge({ status }: { status: RequirementStatus }) {
  return <span className={`badge badge-${status}`}>{STATUS_TEXT[status]}</span>;
}

/** A gap's status: a requirement the breakdown ticks that is still a gap is shown in part. */
export function GapBadge({ status }: { status: RequirementStatus }) {
  if (status !== 'shown') return <StatusBadge status={status} />;
  return <span className="badge badge-shown">Shown in part</span>;
}

/** A small neutral label ("Practice", "Low effort"). */
export function Tag({
  children,
  tone,
}: {
  children: ReactNode;
  tone?: 'good' | 'partial' | 'missing' | undefined;
}) {
  return <span className={`chip${tone ? ` chip-${tone}` : ''}`}>{children}</span>;
}

/**
 * A requirement's evidence: the lines that earned its points, each with the related skill it came
 * through when that is not the requirement itself (`viaOf`).
 */
export function EvidenceLinks({
  evidence,
  viaOf,
}: {
  evidence: RequirementResult['evidence'];
  viaOf?: (e: RequirementResult['evidence'][number]) => string | undefined;
}) {
  if (evidence.length === 0) return <span className="muted">no evidence found</span>;
  return (
    <ul className="evidence-list">
      {evidence.map((e) => (
        <QuoteLine
          key={`${e.line}-${e.skillId}`}
          line={e.line}
          quote={e.quote}
          span={e.match}
          via={viaOf?.(e)}
        >
          <span className="tag">
            {e.strength}
            {e.hedged ? ', hedged' : ''}
            {e.inRole ? ', in the role you hold now' : ''}
          </span>
        </QuoteLine>
      ))}
    </ul>
  );
}
