import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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
    ref: `${CSV_PREFIX}${resumeId(r.Resume)}`,
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
