import { parseResume, renderParsedText } from '../../core/resume/parsed.ts';
import { RolefitError } from '../../errors.ts';
import { type Command, oneOf, parseCommandArgs } from '../io.ts';
import { readInputFile } from '../read-input.ts';

const USAGE = 'rolefit parse <resume-file> [--format text|json] [--text] [--no-ocr]';

export const parseCommand: Command = {
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { format: { type: 'string', short: 'f' }, text: { type: 'boolean' }, 'no-ocr': { type: 'boolean' } },
      USAGE,
    );
    const format = oneOf(values.format, ['text', 'json'] as const, 'text', 'format');
    const [file, ...extra] = positionals;
    if (file === undefined)
      throw new RolefitError('USAGE', 'give the resume file to parse.', `Usage: ${USAGE}`);
    if (extra.length > 0)
      throw new RolefitError('USAGE', `one file at a time; also got ${extra.join(', ')}.`, `Usage: ${USAGE}`);
    const document = await readInputFile(file, values['no-ocr'] ? { ocr: false } : {});
    const now = new Date();
    const parsed = parseResume(document, { year: now.getFullYear(), month: now.getMonth() + 1 });
    if (format === 'json') {
      io.stdout(`${JSON.stringify(parsed, null, 2)}\n`);
      return 0;
    }
    io.stdout(renderParsedText(parsed));
    if (values.text) {
      const width = String(parsed.lines.length).length;
      io.stdout(
        `\nText as read:\n${parsed.lines.map((l, i) => `${String(i + 1).padStart(width)}  ${l}`).join('\n')}\n`,
      );
    }
    return 0;
  },
};
