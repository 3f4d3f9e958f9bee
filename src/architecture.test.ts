import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const core = join(root, 'src', 'core');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

describe('dependency direction', () => {
  it('keeps the core pure: it imports only core modules, shipped data and zod', () => {
    const offenders: string[] = [];
    for (const file of sources(core)) {
      for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const spec = (m[1] ?? m[2])!;
        if (spec === 'zod') continue;
        if (!spec.startsWith('.')) {
          offenders.push(`${relative(root, file)} imports ${spec}`);
          continue;
        }
        const target = resolve(file, '..', spec);
        if (!target.startsWith(core) && !target.startsWith(join(root, 'data'))) {
          offenders.push(`${relative(root, file)} imports ${relative(root, target)}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('stages only look back', () => {
  it('has no import cycle among core modules, type imports included', () => {
    const graph = new Map<string, string[]>();
    for (const file of sources(core)) {
      const deps: string[] = [];
      for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const spec = (m[1] ?? m[2])!;
        if (!spec.startsWith('.')) continue;
        const target = resolve(file, '..', spec);
        if (target.startsWith(core)) deps.push(target);
      }
      graph.set(file, deps);
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      path.push(file);
      for (const dep of graph.get(file) ?? []) {
        if (state.get(dep) === 'open')
          cycles.push([...path.slice(path.indexOf(dep)), dep].map((f) => relative(core, f)).join(' → '));
        else if (!state.has(dep)) visit(dep);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
