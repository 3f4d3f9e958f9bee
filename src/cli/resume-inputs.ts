import { createReadStream, type Dirent, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import type { Issue } from '../core/result.ts';
import { RolefitError } from '../errors.ts';

/** Extensions a folder or glob contributes; other files in it are left alone. */
export const RESUME_EXTENSIONS = [
  'pdf',
  'docx',
  'txt',
  'text',
  'md',
  'markdown',
  'html',
  'htm',
  'json',
  'zip',
];

/** One resume of a batch: a file, or a line of a JSONL file. */
export type ResumeItem =
  | { kind: 'file'; input: string; path: string }
  | { kind: 'text'; input: string; id?: string | number; text: string }
  | { kind: 'json'; input: string; id?: string | number; json: unknown }
  | { kind: 'error'; input: string; id?: string | number; error: Issue };

/** A batch's sources, in the order given: files, and JSONL files whose lines are resumes. */
export type ResumeSource = { kind: 'file'; path: string } | { kind: 'jsonl'; path: string };

const isGlob = (arg: string) => /[*?]/.test(arg);
const isJsonl = (path: string) => /\.jsonl$/i.test(path);
const hasResumeExtension = (name: string) =>
  RESUME_EXTENSIONS.includes(name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '');

/** Whether these arguments ask for a batch rather than one resume. */
export function isBatch(args: readonly string[]): boolean {
  if (args.length !== 1) return args.length > 1;
  const [arg] = args as [string];
  if (isJsonl(arg)) return true;
  try {
    return statSync(arg).isDirectory();
  } catch {
    return isGlob(arg);
  }
}

/**
 * Files, folders (their resume files, not their subfolders), globs (`*`, `?`, `**` for any
 * depth: quote them so rolefit expands them, not the shell) and JSONL files, in order, each
 * file once. A path that names nothing, or a folder or glob without a resume, is a USAGE-level
 * error: nothing would be analyzed.
 */
export function expandResumeSources(args: readonly string[]): ResumeSource[] {
  const out: ResumeSource[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const key = resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(isJsonl(path) ? { kind: 'jsonl', path } : { kind: 'file', path });
  };
  for (const arg of args) {
    let isDir = false;
    let exists = true;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      exists = false;
    }
    if (exists && !isDir) {
      add(arg);
      continue;
    }
    const found = exists ? folderFiles(arg) : isGlob(arg) ? globFiles(arg) : undefined;
    if (found === undefined)
      throw new RolefitError(
        'FILE_NOT_FOUND',
        `no file or folder at "${arg}".`,
        'Check the path and try again.',
      );
    if (found.length === 0) {
      throw new RolefitError(
        'FILE_NOT_FOUND',
        exists ? `the folder "${arg}" holds no resume file.` : `no resume file matches "${arg}".`,
        `rolefit reads ${RESUME_EXTENSIONS.map((e) => `.${e}`).join(' ')} files, and .jsonl files of resumes.`,
      );
    }
    for (const file of found) add(file);
  }
  return out;
}

function folderFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter(
      (e) =>
        !e.name.startsWith('.') && isFileEntry(dir, e) && (hasResumeExtension(e.name) || isJsonl(e.name)),
    )
    .map((e) => join(dir, e.name))
    .sort();
}

function isFileEntry(dir: string, entry: Dirent): boolean {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(join(dir, entry.name)).isFile();
  } catch {
    return false;
  }
}

/** The files a glob matches, walking from the folder before its first wildcard; hidden ones left out. */
function globFiles(pattern: string): string[] {
  const parts = pattern.split(/[\\/]/);
  const firstWild = parts.findIndex(isGlob);
  const base = parts.slice(0, firstWild).join('/') || (pattern.startsWith('/') ? '/' : '.');
  const rest = parts.slice(firstWild);
  let source = '';
  rest.forEach((segment, k) => {
    const last = k === rest.length - 1;
    // `**` is any number of folders; at the end, any file below them.
    if (segment === '**') source += last ? '(?:[^/]+/)*[^/]+' : '(?:[^/]+/)*';
    else source += segmentSource(segment) + (last ? '' : '/');
  });
  const re = new RegExp(`^${source}$`);
  const deep = rest.includes('**');
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (deep || depth + 1 < rest.length) walk(path, depth + 1);
      } else if (isFileEntry(dir, e) && re.test(relative(base, path).split(sep).join('/'))) out.push(path);
    }
  };
  walk(base, 0);
  return out.filter((f) => hasResumeExtension(f) || isJsonl(f)).sort();
}

/** One path segment of a glob as a regular expression: `*` and `?` match within a name. */
function segmentSource(segment: string): string {
  return segment.replace(/[.+^${}()|[\]\\*?]/g, (c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : `\\${c}`));
}

/**
 * The resumes of one source: the file itself, or each line of a JSONL file — an object with a
 * `text` field (and an optional `id`), or a JSON Resume. A bad line is an error item, not the end.
 */
export async function* resumeItems(source: ResumeSource): AsyncGenerator<ResumeItem> {
  if (source.kind === 'file') {
    yield { kind: 'file', input: source.path, path: source.path };
    return;
  }
  const lines = createInterface({
    input: createReadStream(source.path),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      yield jsonlItem(line, `${source.path}:${n}`);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    yield {
      kind: 'error',
      input: source.path,
      error:
        code === 'ENOENT'
          ? {
              code: 'FILE_NOT_FOUND',
              message: `no file at "${source.path}".`,
              hint: 'Check the path and try again.',
            }
          : {
              code: 'FILE_UNREADABLE',
              message: `cannot read "${source.path}" (${code ?? 'unknown error'}).`,
            },
    };
  }
}

function jsonlItem(line: string, input: string): ResumeItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return {
      kind: 'error',
      input,
      error: {
        code: 'JSONL_INVALID_LINE',
        message: 'the line is not valid JSON.',
        hint: 'Write one JSON object per line.',
      },
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      kind: 'error',
      input,
      error: {
        code: 'JSON_NOT_OBJECT',
        message: 'the line is not a JSON object.',
        hint: 'Write {"id": …, "text": "…"} or a JSON Resume on each line.',
      },
    };
  }
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? { id: record.id } : {};
  if (typeof record.text === 'string') return { kind: 'text', input, ...id, text: record.text };
  return { kind: 'json', input, ...id, json: value };
}
