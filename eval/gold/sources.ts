import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { uniqueResumes } from '../datasets.ts';

const CSV_PREFIX = 'resumes/updated-resume-dataset.csv#';

/** A stable id for a dataset resume: the first 12 hex digits of the SHA-1 of its trimmed text. */
export function resumeId(text: string): string {
  return createHash('sha1').update(text.trim()).digest('hex').slice(0, 12);
}

/** Every unique dataset resume with the reference a label uses for it. */
export function datasetResumes(dataDir: string): Array<{ ref: string; category: string; text: string }> {
  return uniqueResumes(dataDir).unique.map((r) => ({
    ref: datasetRef(r.Resume),
    category: r.Category,
    text: r.Resume,
  }));
}

/**
 * The text a label was made on. `file` is either a dataset reference
 * (`resumes/updated-resume-dataset.csv#<id>`) or a text file's path under ../shared/data.
 */
export function readGoldText(dataDir: string, file: string): string {
  if (file.startsWith(CSV_PREFIX)) {
    const found = datasetResumes(dataDir).find((r) => r.ref === file);
    if (!found) throw new Error(`gold label refers to ${file}, which is not in the dataset`);
    return found.text;
  }
  return readFileSync(join(dataDir, file), 'utf8');
}

/**
 * The background each hand-labelled dataset resume was given (eval/gold/labels*), by reference.
 * A reader's label is truer than the dataset's category: "Testing" holds testers of electrical
 * equipment, whom every reader put under `other`.
 */
export function handBackgrounds(): Map<string, string> {
  const root = import.meta.dirname;
  const out = new Map<string, string>();
  for (const dir of readdirSync(root)
    .filter((d) => d.startsWith('labels'))
    .sort()) {
    for (const f of readdirSync(join(root, dir)).sort()) {
      if (!f.endsWith('.json')) continue;
      const label = JSON.parse(readFileSync(join(root, dir, f), 'utf8')) as {
        file?: string;
        background: string;
      };
      if (label.file?.startsWith(CSV_PREFIX)) out.set(label.file, label.background);
    }
  }
  return out;
}

/** The reference a label uses for a dataset resume's text. */
export function datasetRef(text: string): string {
  return `${CSV_PREFIX}${resumeId(text)}`;
}
