// Every named statement in cypher/ is planned by the real Neo4j (EXPLAIN), so a typo fails CI, not a user.
// Templates are planned in each variant they declare (`//@variants a,b | c`), with empty projections in
// their slots (projections themselves are exercised by the API tests). Plans must not scan every node,
// nor scan a label the file does not allow (`//@scans Theme`): indexes must carry the large paths.
// A slot that is not a projection takes the value its file gives for planning (`//@slot label=Message`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCypher } from '../../src/db/cypher-registry.js';
import { render } from '../../src/db/render.js';
import { testApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
});
afterAll(async () => {
  await api.close();
});

const statements = [...loadCypher().entries()];

function variants(text: string): Record<string, boolean>[] {
  const line = /^\/\/@variants (.+)$/m.exec(text);
  if (!line) return [{}];
  return line[1].split('|').map((v) => Object.fromEntries(v.split(',').map((f) => [f.trim(), true])));
}

function operators(plan: { operatorType: string; arguments: Record<string, unknown>; children: unknown[] }): string[] {
  return [
    `${plan.operatorType.split('@')[0]} ${String(plan.arguments.Details ?? '')}`,
    ...plan.children.flatMap((c) => operators(c as never)),
  ];
}

describe('named Cypher statements', () => {
  it('are found', () => {
    expect(statements.length).toBeGreaterThan(5);
  });

  for (const [name, text] of statements) {
    for (const flags of variants(text)) {
      it(`${name} ${Object.keys(flags).join('+')} plans without error or unplanned scans`, async () => {
        const given = Object.fromEntries(
          [...text.matchAll(/^\/\/@slot (\w+)=(.+)$/gm)].map((m) => [m[1], m[2].trim()]),
        );
        const slots = new Proxy(given, { get: (g, k: string) => g[k] ?? '{}', has: () => true }) as Record<
          string,
          string
        >;
        const cypher = render(text, slots, flags);
        const session = api.db.driver.session({ database: api.db.database });
        try {
          const result = await session.run(`EXPLAIN ${cypher}`);
          const ops = operators(result.summary.plan as never);
          expect(ops.filter((o) => o.startsWith('AllNodesScan'))).toEqual([]);
          const allowed = (/^\/\/@scans (.+)$/m.exec(text)?.[1] ?? '').split(/[ ,]+/).filter(Boolean);
          const scans = ops
            .filter((o) => o.startsWith('NodeByLabelScan'))
            .filter((o) => !allowed.some((l) => o.includes(`:${l}`)));
          expect(scans).toEqual([]);
        } finally {
          await session.close();
        }
      });
    }
  }
});
