import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** The shared resume dataset with exact duplicate texts removed (962 rows hold 166 unique resumes). */
export function uniqueResumes(dataDir: string): {
  rows: number;
  unique: Array<{ Category: string; Resume: string }>;
} {
  const rows = parse(readFileSync(join(dataDir, 'resumes', 'updated-resume-dataset.csv')), {
    columns: true,
    skip_empty_lines: true,
  }) as Array<{ Category: string; Resume: string }>;
  const seen = new Set<string>();
  const unique = rows.filter((r) => {
    const key = r.Resume.trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { rows: rows.length, unique };
}
