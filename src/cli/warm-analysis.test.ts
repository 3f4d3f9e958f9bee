import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { sampleMarkdown, sampleText } from '../../test/fixtures/sample-resume.ts';

const examples = join(import.meta.dirname, '..', '..', 'examples', 'resumes');
const resumes = [
  ...readdirSync(examples)
    .sort()
    .map((name) => readFileSync(join(examples, name), 'utf8')),
  sampleText(),
  sampleMarkdown(),
];

/** Every example's report (JSON, text and Markdown) from fresh copies of the analysis modules. */
async function reports(warmFirst: boolean): Promise<string[]> {
  vi.resetModules();
  const { bundledTaxonomy, findRole } = await import('../data/bundled.ts');
  const { analyzeResume } = await import('../core/analysis/analyze.ts');
  const { PLAIN } = await import('../core/render/format.ts');
  const { renderReportMarkdown, renderReportText } = await import('../core/render/report-text.ts');
  const { warmAnalysis } = await import('./warm-analysis.ts');
  const role = findRole('technical-project-manager')!;
  const taxonomy = bundledTaxonomy();
  if (warmFirst) await warmAnalysis(role, taxonomy);
  const asOf = { year: 2026, month: 12 };
  return resumes.flatMap((text) => {
    const report = analyzeResume({ document: { format: 'text', text, warnings: [] }, role, taxonomy, asOf });
    return [JSON.stringify(report), renderReportText(report, PLAIN), renderReportMarkdown(report)];
  });
}

describe('warmAnalysis', () => {
  it('leaves every later analysis exactly as it would have been', async () => {
    const cold = await reports(false);
    const warmed = await reports(true);
    expect(cold.length).toBe(resumes.length * 3);
    expect(warmed).toEqual(cold);
    // Two fresh loads of the data and the analysis from the sources: slow on a loaded machine.
  }, 120_000);
});
