// The import graph of src/: no module cycles, no folder cycles, and no layer importing one above it
// (the rules and layers are in .dependency-cruiser.cjs).
import { createRequire } from 'node:module';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const rules = createRequire(import.meta.url)('../../.dependency-cruiser.cjs');

/** src/graphql/queries/run.ts -> src/graphql; src/server.ts -> src/server.ts. */
const folder = (path: string) => /^src\/[^/]+(?=\/)/.exec(path)?.[0] ?? path;

/** Each cycle in a directed graph, as its list of nodes (Tarjan's strongly connected components of size > 1). */
function cycles(edges: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>(),
    low = new Map<string, number>(),
    stack: string[] = [],
    on = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    on.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) found.push(scc.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('the import graph of src/', async () => {
  const result = (await cruise(['src'], { ruleSet: rules, validate: true, ...rules.options })).output as ICruiseResult;

  it('breaks no layer rule and has no module cycle', () => {
    const violations = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
    expect(violations).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const m of result.modules.filter((m) => m.source.startsWith('src/'))) {
      const from = folder(m.source);
      for (const d of m.dependencies.filter((d) => d.resolved.startsWith('src/'))) {
        const to = folder(d.resolved);
        if (to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
      }
    }
    expect(cycles(edges)).toEqual([]);
  });
});
