// schema/examples.graphql is what the README and GraphiQL users paste: every operation in it must run cleanly.
import { readFileSync } from 'node:fs';
import { parse, print, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
});
afterAll(async () => {
  await api.close();
});

const operations = parse(readFileSync('schema/examples.graphql', 'utf8')).definitions as OperationDefinitionNode[];

describe('schema/examples.graphql', () => {
  for (const op of operations) {
    it(`${op.name?.value} answers without error in one statement`, async () => {
      const r = await api.gql(print(op));
      expect(r.errors).toBeUndefined();
      expect(r.statements).toBe(1);
      expect(JSON.stringify(r.data)).not.toBe('{}');
    });
  }
});
