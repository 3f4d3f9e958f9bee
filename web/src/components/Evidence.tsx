// Small pieces shared by the report's sections: links to a line of "What we read", quotes, tags.
import type { ReactNode } from 'react';
import type { RequirementResult, RequirementStatus } from '../../../src/core/analysis/report.ts';
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

/** A verbatim quote of the resume, with the matched words in bold when given. */
export function Quote({ text, match, max = 140 }: { text: string; match?: string; max?: number }) {
  const shown = clip(text, max);
  const at = match ? shown.toLowerCase().indexOf(match.toLowerCase()) : -1;
  if (!match || at < 0) return <q className="quote">{shown}</q>;
  return (
    <q className="quote">
      {shown.slice(0, at)}
      <strong>{shown.slice(at, at + match.length)}</strong>
      {shown.slice(at + match.length)}
    </q>
  );
}

interface QuoteLineProps {
  line: number;
  quote: string;
  match?: string | undefined;
  children?: ReactNode;
}

/** A quote of line N, linked to "What we read". */
export function QuoteLine({ line, quote, match, children }: QuoteLineProps) {
  return (
    <li>
      <LineLink line={line} /> <Quote text={quote} {...(match ? { match } : {})} />
      {children ? <> {children}</> : null}
    </li>
  );
}

export function StatusBadge({ status }: { status: RequirementStatus }) {
  return <span className={`badge badge-${status}`}>{STATUS_TEXT[status]}</span>;
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

/** A requirement's evidence: the lines that earned its points. */
export function EvidenceLinks({ evidence }: { evidence: RequirementResult['evidence'] }) {
  if (evidence.length === 0) return <span className="muted">no evidence found</span>;
  return (
    <ul className="evidence-list">
      {evidence.map((e) => (
        <QuoteLine key={`${e.line}-${e.skillId}`} line={e.line} quote={e.quote}>
          <span className="tag">
            {e.strength}
            {e.hedged ? ', hedged' : ''}
          </span>
        </QuoteLine>
      ))}
    </ul>
  );
}
