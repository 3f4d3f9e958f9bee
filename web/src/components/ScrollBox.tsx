import type { ReactNode } from 'react';

/**
 * A box that scrolls sideways when its content (a wide table) is wider than the screen. It takes
 * keyboard focus, so arrow keys scroll it too (WCAG 2.1.1), and is named for screen readers.
 */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
    <section className="table-wrap" aria-label={`Table: ${label}`} tabIndex={0}>
      {children}
    </section>
  );
}
