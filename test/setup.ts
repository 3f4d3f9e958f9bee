import { afterEach, beforeEach, vi } from 'vitest';

// Tests fail on unexpected console output: a test that expects some must mock it itself.
const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
let calls: string[] = [];

beforeEach(() => {
  calls = [];
  for (const method of methods) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      calls.push(`console.${method}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  const seen = calls;
  calls = [];
  vi.restoreAllMocks();
  if (seen.length > 0) throw new Error(`unexpected console output:\n${seen.join('\n')}`);
});
