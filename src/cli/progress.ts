import type { CliIo } from './io.ts';

/** One line of progress on stderr, redrawn at most ten times a second; nothing unless stderr is a terminal. */
export function progressLine(io: CliIo) {
  let last = 0;
  let shown = false;
  return {
    update(text: string, force = false) {
      if (!io.stderrIsTTY) return;
      const now = performance.now();
      if (!force && now - last < 100) return;
      last = now;
      io.stderr(`\r${text}\u001b[K`);
      shown = true;
    },
    done() {
      if (shown) io.stderr('\r\u001b[K');
      shown = false;
    },
  };
}

/** `[#####-----]  42%` for a share done in [0, 1]. */
export function bar(done: number, width = 24): string {
  const share = Math.min(1, Math.max(0, done));
  return `[${'#'.repeat(Math.round(share * width)).padEnd(width, '-')}] ${(share * 100).toFixed(0).padStart(3)}%`;
}

/** m:ss */
export const formatDuration = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${Math.round(seconds % 60)
    .toString()
    .padStart(2, '0')}`;
