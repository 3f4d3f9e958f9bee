import type { Evidence } from '../../../src/core/analysis/report.ts';

export interface Highlight {
  line: number;
  quote: string;
  label: string;
  /** Skill evidence is styled by strength; other quotes (a job title for the background) are not. */
  strength?: Evidence['strength'];
}

/** One line with its evidence quotes marked. */
function markLine(text: string, marks: Highlight[]) {
  const spans: Array<{ start: number; end: number; h: Highlight }> = [];
  for (const h of marks) {
    const start = text.indexOf(h.quote);
    if (start >= 0 && !spans.some((s) => start < s.end && start + h.quote.length > s.start)) {
      spans.push({ start, end: start + h.quote.length, h });
    }
  }
  // A quote not found verbatim (a sentence of a long line) marks the whole line.
  if (spans.length === 0 && marks[0]) spans.push({ start: 0, end: text.length, h: marks[0] });
  spans.sort((a, b) => a.start - b.start);
  const out: Array<string | { start: number; text: string; h: Highlight; labels: string }> = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) out.push(text.slice(at, s.start));
    const labels = [...new Set(marks.map((m) => m.label))].join(', ');
    out.push({ start: s.start, text: text.slice(s.start, s.end), h: s.h, labels });
    at = s.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** "What we read": the resume text as rolefit saw it, with the lines that gave evidence highlighted. */
export function ResumeView({ text, highlights }: { text: string; highlights: Highlight[] }) {
  const byLine = new Map<number, Highlight[]>();
  for (const h of highlights) byLine.set(h.line, [...(byLine.get(h.line) ?? []), h]);
  const lines = text.split('\n');
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls, so the keyboard must reach it.
    <ol className="resume-view" aria-label="Resume text as rolefit read it" tabIndex={0}>
      {lines.map((line, k) => {
        const n = k + 1;
        const marks = byLine.get(n);
        return (
          <li
            key={n}
            id={`line-${n}`}
            className={marks ? 'has-evidence' : undefined}
            tabIndex={marks ? -1 : undefined}
          >
            <span className="line-no" aria-hidden="true">
              {n}
            </span>
            <span className="line-text">
              {marks
                ? markLine(line, marks).map((part) =>
                    typeof part === 'string' ? (
                      part
                    ) : (
                      <mark
                        key={part.start}
                        className={part.h.strength ? `evidence strength-${part.h.strength}` : 'evidence'}
                        title={`Evidence of ${part.labels}`}
                      >
                        {part.text}
                        <span className="visually-hidden"> (evidence of {part.labels})</span>
                      </mark>
                    ),
                  )
                : line || '\u00a0'}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** Moves focus to a line of the resume view. */
export function showLine(line: number): void {
  const el = document.getElementById(`line-${line}`);
  if (!el) return;
  // Lines without evidence are not focusable by default; a link may still point at one.
  if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
  el.scrollIntoView({ block: 'center' });
  el.focus({ preventScroll: true });
}
