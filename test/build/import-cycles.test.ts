// No import cycles in src/ (static, non-type imports; dynamic import() is how the CLI loads commands on demand).
// KNOWN lists accepted cycles; it is empty and should stay so.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const KNOWN = new Set<string>([]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Each file's static value imports of other files in src/. */
function importGraph(): Map<string, string[]> {
  const files = sources(join(ROOT, 'src'));
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const deps = [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^'";]*?\bfrom\s+'(\.[^']+)'/gm)]
      .map((m) => resolve(dirname(file), m[1] ?? ''))
      .filter((dep) => known.has(dep));
    graph.set(file, deps);
  }
  return graph;
}

/** The cycles met by a depth-first search, each as its files (relative to the repository, sorted) joined by " + ". */
function cycles(graph: Map<string, string[]>): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const dep of graph.get(node) ?? []) {
      if (state.get(dep) === 'open') {
        const loop = stack.slice(stack.indexOf(dep));
        found.push(loop.map((f) => relative(ROOT, f)).sort().join(' + '));
      } else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe('imports', () => {
  it('form no cycle outside the known ones', () => {
    expect(cycles(importGraph()).filter((c) => !KNOWN.has(c))).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['/r/a.ts', ['/r/b.ts']],
      ['/r/b.ts', ['/r/a.ts']],
    ]);
    expect(cycles(graph)).toHaveLength(1);
  });
});
