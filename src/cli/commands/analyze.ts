import { RolefitError } from '../../errors.ts';
import { warmReaders } from '../../readers/index.ts';
import { type Command, oneOf, parseCommandArgs } from '../io.ts';
import { expandResumeSources, isBatch } from '../resume-inputs.ts';

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
    if (values['self-check'] && values.answers !== undefined)
      throw new RolefitError('USAGE', 'use either --self-check or --answers, not both.', `Usage: ${USAGE}`);
    // A PDF or Word file is read in a parser process: started before the analysis code and data
    // load, it boots on the other core meanwhile.
    const [file] = positionals as [string];
    const parserStarting = !batch && (await warmReaders({ filename: file }));
    const [{ requireRole }, { analysisMarket }] = await Promise.all([
      import('../../data/bundled.ts'),
      import('../analysis-market.ts'),
    ]);
    const role = requireRole(values.role ?? 'technical-project-manager');
    // With --db (or ROLEFIT_DATABASE_URL): demand from stored listings (else the shipped snapshot) weighs the gaps.
    const market = analysisMarket(values.db, io, { includeDisguised: values['include-disguised'] === true });
    try {
      if (batch || format === 'jsonl') {
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
      const { analyzeOne } = await import('../analyze-one.ts');
      return await analyzeOne(
        file,
        {
          role,
          market,
          format,
          ...(values.answers !== undefined
            ? { selfCheck: { answers: values.answers } }
            : values['self-check']
              ? { selfCheck: 'ask' as const }
              : {}),
          ...(values['no-ocr'] ? { ocr: false as const } : {}),
          parserStarting,
        },
        io,
      );
    } finally {
      await market.close();
    }
  },
};
