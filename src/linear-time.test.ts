// Issue 12: no regular expression in src/ may take time super-linear in a run of one character.
// Every regex literal, and every expression the text stages build and run at run time (audit
// vocabulary, guidance rules, date patterns), goes through scslre, a static analysis of the
// backtracking a run of one repeated character can cause. It cannot see every kind (a look-behind
// tried at every position, runs of longer units such as `<script>` × n, libraries): `npm run bench
// -- redos` measures each text stage's growth on such runs, which is where speed is measured.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyse } from 'scslre';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { textStages } from '../test/long-runs.ts';

const root = join(import.meta.dirname, '..');

interface FoundRegex {
  source: string;
  flags: string;
  where: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function regexLiterals(): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const file of sourceFiles(join(root, 'src'))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const end = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        found.push({
          source: text.slice(1, end),
          flags: text.slice(end + 1),
          where: `${relative(root, file)}:${line}`,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

/** Expressions src/ code runs while every text stage reads a small document (built from data or templates). */
async function regexesRunByStages(): Promise<FoundRegex[]> {
  const found = new Map<string, FoundRegex>();
  const exec = RegExp.prototype.exec;
  // With exec replaced, replace/split/test/match/matchAll all call it (the engine's fast paths step aside).
  const callers: Array<{ re: RegExp; stack: string }> = [];
  let inside = false;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    if (!inside) {
      inside = true;
      callers.push({ re: this, stack: new Error().stack ?? '' });
      inside = false;
    }
    return exec.call(this, s);
  };
  try {
    for (const stage of textStages()) await stage.apply(stage.make(' x '));
  } finally {
    RegExp.prototype.exec = exec;
  }
  for (const { re, stack } of callers) {
    // The frame that called replace/split/test/exec: only src/ code counts (libraries are not ours to fix).
    const at = /\((\/[^)]*):(\d+):\d+\)$/.exec(stack.split('\n')[2] ?? '');
    if (!at || !at[1]!.startsWith(join(root, 'src'))) continue;
    found.set(`/${re.source}/${re.flags}`, {
      source: re.source,
      flags: re.flags,
      where: `${relative(root, at[1]!)}:${at[2]} (built at run time)`,
    });
  }
  return [...found.values()];
}

/**
 * Expressions the analysis calls super-linear that only ever see short input, each with the bound
 * that keeps them cheap. Nothing else may be added here without such a bound in the code.
 */
const BOUNDED = new Map<string, string>([
  [
    String.raw`/^(.+?)\s*(?:\s[—–-]\s|,\s|\s\(|\bby\b|\bfrom\b|\bissued by\b)\s*(.+?)\)?$/i`,
    'structure.ts findCertifications: items over 160 characters are skipped before it, and spaces are single by then',
  ],
]);

describe('regular expressions', () => {
  it('none backtracks super-linearly on a run of one character', { timeout: 120_000 }, async () => {
    const literals = regexLiterals();
    const seen = new Set(literals.map((r) => `/${r.source}/${r.flags}`));
    const built = (await regexesRunByStages()).filter((r) => !seen.has(`/${r.source}/${r.flags}`));
    // The scan must have found the expressions it is meant to check.
    expect(literals.length).toBeGreaterThan(200);
    expect(built.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const r of [...literals, ...built]) {
      if (BOUNDED.has(`/${r.source}/${r.flags}`)) continue;
      const { reports } = analyse({ source: r.source, flags: r.flags });
      if (reports.length === 0) continue;
      const how = reports
        .map(
          (x) => `${x.type}${x.exponential ? ' (exponential)' : ''} on ${JSON.stringify(x.character.pick)}`,
        )
        .join(', ');
      problems.push(`${r.where}: /${r.source.slice(0, 120)}/${r.flags} — ${how}`);
    }
    expect(problems).toEqual([]);
  });
});
