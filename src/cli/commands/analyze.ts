import { analyzeWithMarket } from '../../core/analysis/analyze-with-market.ts';
import { bundledGuidance } from '../../core/guidance/data.ts';
import { renderMarketText } from '../../core/market/render-market.ts';
import { ANSI, PLAIN } from '../../core/render/format.ts';
import { renderReportMarkdown, renderReportText } from '../../core/render/report-text.ts';
import { bundledTaxonomy, requireRole } from '../../data/bundled.ts';
import { RolefitError } from '../../errors.ts';
import { warmReaders } from '../../readers/index.ts';
import { analysisMarket } from '../analysis-market.ts';
import { type Command, oneOf, parseCommandArgs } from '../io.ts';
import { readInputFile } from '../read-input.ts';
import { expandResumeSources, isBatch } from '../resume-inputs.ts';
import { askSelfCheckOnTty, readAnswersFile } from '../self-check-input.ts';

const USAGE =
  'rolefit analyze <resume-file> [--role technical-project-manager] [--format text|md|json] [--self-check | --answers answers.json] [--db <path|postgres-url>] [--include-disguised] [--no-ocr] | rolefit analyze <file|folder|"glob"|resumes.jsonl>... [--format jsonl]';

export const analyzeCommand: Command = {
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        role: { type: 'string', short: 'r' },
        format: { type: 'string', short: 'f' },
        'self-check': { type: 'boolean' },
        answers: { type: 'string' },
        db: { type: 'string' },
        'include-disguised': { type: 'boolean' },
        // Scanned PDF pages are read by OCR unless this is given.
        'no-ocr': { type: 'boolean' },
      },
      USAGE,
    );
    const batch = values.format === 'jsonl' || isBatch(positionals);
    const format = oneOf(
      values.format,
      ['text', 'md', 'json', 'jsonl'] as const,
      batch ? 'jsonl' : 'text',
      'format',
    );
    if (positionals.length === 0)
      throw new RolefitError('USAGE', 'give the resume file to analyze.', `Usage: ${USAGE}`);
    if (batch && format !== 'jsonl') {
      throw new RolefitError(
        'USAGE',
        `many resumes are written as JSON lines, not as ${format}.`,
        'Add --format jsonl, or give one resume file.',
      );
    }
    if (batch && (values['self-check'] || values.answers !== undefined)) {
      throw new RolefitError(
        'USAGE',
        "the fit self-check is one person's answers: it goes with one resume, not a batch.",
        `Usage: ${USAGE}`,
      );
    }
    const role = requireRole(values.role ?? 'technical-project-manager');
    // With --db (or ROLEFIT_DATABASE_URL): demand from stored listings (else the shipped snapshot) weighs the gaps.
    const market = analysisMarket(values.db, io, { includeDisguised: values['include-disguised'] === true });
    try {
      if (batch) {
        const { analyzeBatch, renderBatchSummary } = await import('../analyze-batch.ts');
        const summary = await analyzeBatch(expandResumeSources(positionals), {
          role,
          market,
          io,
          ...(values['no-ocr'] ? { ocr: false as const } : {}),
        });
        io.stderr(renderBatchSummary(summary));
        return summary.errors > 0 ? 1 : 0;
      }
      const [file] = positionals as [string];
      // A PDF or Word file parses in a parser process: it starts on the other core while the
      // analysis data loads here, instead of one after the other.
      if (await warmReaders({ filename: file })) bundledGuidance(role, bundledTaxonomy());
      const document = await readInputFile(file, values['no-ocr'] ? { ocr: false } : {});
      if (values['self-check'] && values.answers !== undefined)
        throw new RolefitError('USAGE', 'use either --self-check or --answers, not both.', `Usage: ${USAGE}`);
      const selfCheckAnswers =
        values.answers !== undefined
          ? await readAnswersFile(values.answers, role)
          : values['self-check']
            ? await askSelfCheckOnTty(role)
            : undefined;
      const input = {
        document,
        role,
        taxonomy: bundledTaxonomy(),
        ...(selfCheckAnswers ? { selfCheckAnswers } : {}),
      };
      const report = await analyzeWithMarket(input, (skillIds) => market.forPerson(role, skillIds));
      if (format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
      else if (format === 'md') io.stdout(renderReportMarkdown(report));
      else io.stdout(renderReportText(report, io.stdoutIsTTY && !io.env.NO_COLOR ? ANSI : PLAIN));
      if (report.market && format !== 'json') io.stdout(renderMarketText(report.market));
      return 0;
    } finally {
      await market.close();
    }
  },
};
