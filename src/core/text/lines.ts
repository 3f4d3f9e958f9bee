/** Line boundaries of a text, for mapping offsets to 1-based line numbers and back. */
export interface LineIndex {
  /** Offset where each line starts; starts[k] is line k + 1. */
  starts: number[];
  count: number;
}

export function indexLines(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return { starts, count: starts.length };
}

/** 1-based line of an offset. */
export function lineOf(index: LineIndex, offset: number): number {
  const { starts } = index;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The text of a 1-based line, without its line break. */
export function lineText(text: string, index: LineIndex, line: number): string {
  const s = index.starts[line - 1] ?? text.length;
  const next = index.starts[line];
  const e = next === undefined ? text.length : next - 1;
  return text.slice(s, e).replace(/\r$/, '');
}

/** Offsets [start, end) of a 1-based line, without its line break. */
export function lineSpan(text: string, index: LineIndex, line: number): [number, number] {
  const s = index.starts[line - 1] ?? text.length;
  const next = index.starts[line];
  let e = next === undefined ? text.length : next - 1;
  if (e > s && text.charCodeAt(e - 1) === 13) e--;
  return [s, e];
}
