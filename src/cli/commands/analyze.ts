import { analyzeWithMarket } from '../../core/analysis/analyze-with-market.ts';
import { renderMarketText } from '../../core/market/render-market.ts';
import { ANSI, PLAIN } from '../../core/render/format.ts';
import { renderReportMarkdown, renderReportText } from '../../core/render/report-text.ts';
import { bundledTaxonomy, requireRole } from '../../data/bundled.ts';
import { RolefitError } from '../../errors.ts';
import { type Command, oneOf, parseCommandArgs } from '../io.ts';
import { readInputFile } from '../read-input.ts';
import { askSelfCheckOnTty, readAnswersFile } from '../self-check-input.ts';
import { marketForAnalysis } from './market.ts';

const USAGE =
  'rolefit analyze <resume-file> [--role technical-project-manager] [--format text|md|json] [--self-check | --answers answers.json] [--db <path|postgres-url>] [--include-disguised]';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'Analyze a resume against a role: score, evidence, strengths and gaps.',
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
      },
      USAGE,
    );
    const format = oneOf(values.format, ['text', 'md', 'json'] as const, 'text', 'format');
    const [file, ...extra] = positionals;
    if (file === undefined)
      throw new RolefitError('USAGE', 'give the resume file to analyze.', `Usage: ${USAGE}`);
    if (extra.length > 0)
      throw new RolefitError(
        'USAGE',
        `one resume at a time; also got ${extra.join(', ')}.`,
        `Usage: ${USAGE}`,
      );
    const roleId = values.role ?? 'technical-project-manager';
    const role = requireRole(roleId);
    const document = await readInputFile(file);
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
    // With --db (or ROLEFIT_DATABASE_URL): demand from stored listings (else O*NET) weighs the gaps.
    const report = await analyzeWithMarket(input, (skillIds) =>
      marketForAnalysis(values.db, io, role, skillIds, {
        includeDisguised: values['include-disguised'] === true,
      }),
    );
    if (format === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    else if (format === 'md') io.stdout(renderReportMarkdown(report));
    else io.stdout(renderReportText(report, io.stdoutIsTTY && !io.env.NO_COLOR ? ANSI : PLAIN));
    if (report.market && format !== 'json') io.stdout(renderMarketText(report.market));
    return 0;
  },
};
