// schema/examples.graphql is what the README and GraphiQL users paste: every operation in it must run cleanly, and
// every query the README shows must be one of them.
import { readFileSync } from 'node:fs';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/domain/viewer.js';
import { testApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
});
afterAll(async () => {
  await api.close();
});

const operations = parse(readFileSync('schema/examples.graphql', 'utf8')).definitions as OperationDefinitionNode[];
/** Operations for editors and admins only, run with an editor's access. */
const EDITORS_ONLY = new Set(['History']);
const EDITOR: Viewer = { role: 'editor', label: 'examples test' };

/** An operation as text, whatever its name and layout. */
const body = (op: OperationDefinitionNode) => print({ ...op, name: undefined });

describe('schema/examples.graphql', () => {
  for (const op of operations) {
    it(`${op.name?.value} answers without error in one statement`, async () => {
      const r = await api.gql(print(op), {}, EDITORS_ONLY.has(op.name!.value) ? EDITOR : undefined);
      expect(r.errors).toBeUndefined();
      expect(r.statements).toBe(1);
      expect(JSON.stringify(r.data)).not.toBe('{}');
    });
  }

  it('holds every query the README shows', () => {
    const blocks = [...readFileSync('README.md', 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
    const queries = blocks
      .flatMap((b) => parse(b).definitions)
      .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'query');
    expect(queries.length).toBeGreaterThanOrEqual(7);
    const examples = new Set(operations.map(body));
    expect(queries.map(body).filter((q) => !examples.has(q))).toEqual([]);
  });
});
