import { basename } from 'node:path';
import {
  auditPosting,
  auditToJson,
  type PostingInput,
  renderAuditMarkdown,
  renderAuditText,
} from '../../core/audit/index.ts';
import { RolefitError } from '../../errors.ts';
import { readDocument } from '../../readers/index.ts';
import { decodeText } from '../../readers/text.ts';
import { type Command, oneOf, parseCommandArgs } from '../io.ts';
import { readInputBytes } from '../read-input.ts';

const USAGE = 'rolefit audit <posting.txt|.md|.html|.docx> [--title "…"] [--format text|md|json]';

const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

function decode(bytes: Uint8Array, name: string): string {
  const text = decodeText(bytes);
  if (!text.ok) throw new RolefitError(text.error.code, `${name}: ${text.error.message}`, text.error.hint);
  return text.value;
}

/** Posting file → what the core audits: HTML stays HTML (for its JSON-LD title), DOCX and text become text. */
async function readPosting(path: string): Promise<PostingInput> {
  const bytes = await readInputBytes(path, 'job posting');
  const name = basename(path);
  const ext = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (isZip(bytes)) {
    if (ext !== undefined && ext !== 'docx') {
      throw new RolefitError(
        'UNSUPPORTED_FORMAT',
        `${name} is a ZIP archive, not a posting.`,
        'Give a .txt, .md, .html or .docx file.',
      );
    }
    const read = await readDocument(bytes, { filename: name });
    if (read.ok) return { text: read.value.text };
    // Until the shared readers handle Word files, read them here (mammoth loads only when needed).
    const mammoth = (await import('mammoth')).default;
    try {
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      return { text: value };
    } catch {
      throw new RolefitError(
        'FILE_UNREADABLE',
        `${name} is not a readable Word document.`,
        'Open and re-save it as .docx, or save it as text.',
      );
    }
  }
  const text = decode(bytes, name);
  if (ext === 'html' || ext === 'htm' || /^\s*(?:<!doctype html|<html|<head|<body|<script)/i.test(text))
    return { html: text };
  return { text };
}

export const auditCommand: Command = {
  name: 'audit',
  summary: 'Audit a job posting: is this TPM job genuine, a hybrid, or a developer job in disguise?',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        title: { type: 'string', short: 't' },
        format: { type: 'string', short: 'f' },
        db: { type: 'string' },
      },
      USAGE,
    );
    const format = oneOf(values.format, ['text', 'md', 'json'] as const, 'text', 'format');
    if (values.db !== undefined) {
      throw new RolefitError(
        'USAGE',
        'auditing a listing store (--db) is not available yet.',
        'Audit one posting file at a time.',
      );
    }
    const path = positionals[0];
    if (path === undefined)
      throw new RolefitError('USAGE', 'give the job posting file to audit.', `Usage: ${USAGE}`);
    if (positionals.length > 1)
      throw new RolefitError('USAGE', 'audit one posting at a time.', `Usage: ${USAGE}`);
    const input = await readPosting(path);
    if (values.title !== undefined) input.title = values.title;
    const result = auditPosting(input);
    if (!result.ok)
      throw new RolefitError(
        result.error.code,
        `${basename(path)}: ${result.error.message}`,
        result.error.hint,
      );
    const audit = result.value;
    if (format === 'json') io.stdout(`${JSON.stringify(auditToJson(audit), null, 2)}\n`);
    else io.stdout(format === 'md' ? renderAuditMarkdown(audit) : renderAuditText(audit));
    return 0;
  },
};
