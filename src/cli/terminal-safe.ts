import type { CliIo } from './io.ts';

// C0 controls but tab and newline, DEL, and C1 controls (U+009B is a one-character CSI).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

// What rolefit itself writes to a terminal: the SGR codes of ANSI in core/render/format.ts, and a
// progress line (a write that starts with a carriage return and ends erasing the rest of the line).
// biome-ignore lint/suspicious/noControlCharactersInRegex: see above
const OWN_SGR = /\u001b\[(?:1|2|22|31|32|33|39)m/y;
const PROGRESS_START = '\r';
const PROGRESS_END = '\u001b[K';

const visible = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text as a terminal shows it without acting on it: every control character becomes a visible
 * `\uXXXX`, so a file name, a resume or a listing cannot move the cursor, clear the screen, set
 * the window title or hide text. Inside a JSON string the same escape keeps the value unchanged.
 * On a terminal (`tty`), rolefit's own styling and progress line are kept.
 */
export function terminalSafe(text: string, tty = false): string {
  if (text.search(CONTROL) === -1) return text;
  if (!tty) return text.replace(CONTROL, visible);
  let start = 0;
  let end = text.length;
  const progress = text.startsWith(PROGRESS_START) && text.endsWith(PROGRESS_END) && text.length > 1;
  if (progress) {
    start = PROGRESS_START.length;
    end = text.length - PROGRESS_END.length;
  }
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c === '\u001b') {
      OWN_SGR.lastIndex = i;
      const own = OWN_SGR.exec(text);
      if (own && i + own[0].length <= end) {
        out += own[0];
        i += own[0].length - 1;
        continue;
      }
    }
    out += c.replace(CONTROL, visible);
  }
  return progress ? `${PROGRESS_START}${out}${PROGRESS_END}` : out;
}

/** The same streams, writing only terminal-safe text. */
export function terminalSafeIo(io: CliIo): CliIo {
  return {
    ...io,
    stdout: (text) => io.stdout(terminalSafe(text, io.stdoutIsTTY)),
    stderr: (text) => io.stderr(terminalSafe(text, io.stderrIsTTY)),
  };
}
