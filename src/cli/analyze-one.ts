import { analyzeWithMarket } from '../core/analysis/analyze-with-market.ts';
import { bundledGuidance } from '../core/guidance/data.ts';
import { renderMarketText } from '../core/market/render-market.ts';
import { ANSI, PLAIN } from '../core/render/format.ts';
import { renderReportMarkdown, renderReportText } from '../core/render/report-text.ts';
import type { Role } from '../core/role/schema.ts';
import { bundledTaxonomy } from '../data/bundled.ts';
import type { AnalysisMarket } from './analysis-market.ts';
import type { CliIo } from './io.ts';
import { readInputFile } from './read-input.ts';
import { askSelfCheckOnTty, readAnswersFile } from './self-check-input.ts';
import { warmAnalysis } from './warm-analysis.ts';

export interface AnalyzeOneOptions {
  role: Role;
  market: AnalysisMarket;
  format: 'text' | 'md' | 'json';
  /** The path of a self-check answers file, or 'ask' for the questions on a terminal. */
  selfCheck?: { answers: string } | 'ask';
  ocr?: false;
  /** A parser process is starting for this file: the analysis data loads meanwhile. */
  parserStarting: boolean;
}

/** `rolefit analyze <file>`: reads one resume, analyzes it and writes the report. */
export async function analyzeOne(file: string, options: AnalyzeOneOptions, io: CliIo): Promise<number> {
  const { role, market, format } = options;
  const reading = readInputFile(file, options.ocr === false ? { ocr: false } : {});
  // Awaited below; until then a failure must not count as an unhandled rejection.
  reading.catch(() => undefined);
  if (options.parserStarting) {
    // The parser process takes a few hundred ms to start: meanwhile the analysis runs once on a
    // built-in resume, so the real one after the parse runs compiled (see warm-analysis.ts).
    bundledGuidance(role, bundledTaxonomy());
    await warmAnalysis(role, bundledTaxonomy());
  }
  const document = await reading;
  const selfCheckAnswers =
    options.selfCheck === 'ask'
      ? await askSelfCheckOnTty(role)
      : options.selfCheck
        ? await readAnswersFile(options.selfCheck.answers, role)
        : undefined;
  const input = {
    document,
    role,
    taxonomy: bundledTaxonomy(),
    ...(selfCheckAnswers ? { selfCheckAnswers } : {}),
  };
  const report = await analyzeWithMarket(input, (person) => market.forPerson(role, person));
  if (format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (format === 'md') io.stdout(renderReportMarkdown(report));
  else io.stdout(renderReportText(report, io.stdoutIsTTY && !io.env.NO_COLOR ? ANSI : PLAIN));
  // Markdown carries the market section inside the report, before its footer.
  if (report.market && format === 'text') io.stdout(renderMarketText(report.market));
  return 0;
}
