// Every connection answers Relay's PageInfo in full: hasNextPage, hasPreviousPage, startCursor and endCursor,
// the cursors being those of the page's first and last edges. The connections are found in the schema, so a new
// one fails here until it is listed with the arguments that give it two pages of the workshop graph.
import { getNamedType, isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/domain/viewer.js';
import { getSchema } from '../../src/graphql/schema.js';
import { testApi, type TestApi } from '../support/api.js';

// Anonymous readers see one piece of evidence: an editor sees two pages of each list.
const EDITOR: Viewer = { role: 'editor', label: 'page-info test' };
let api: TestApi;
let schema: GraphQLSchema;
beforeAll(async () => {
  api = await testApi();
  schema = await getSchema();
});
afterAll(async () => {
  await api.close();
});

/** Per connection (Parent.field): its arguments besides first/after, and the field that leads to it, if nested. */
const CONNECTIONS: Record<string, { args?: string; via?: (inner: string) => string }> = {
  'Query.messages': {},
  'Query.sharedMessages': { args: 'themes: ["migration", "sex-work"]' },
  'Query.places': {},
  'Query.spaces': {},
  'Query.organisations': {},
  'Query.evidence': {},
  'Query.searchRecords': { args: 'text: "santé"' },
  'Theme.messages': { via: (inner) => `theme(id: "sex-work") { ${inner} }` },
};

const PAGE = 'edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

function connectionFields(s: GraphQLSchema): string[] {
  return Object.values(s.getTypeMap())
    .filter(isObjectType)
    .filter((t) => !t.name.startsWith('__'))
    .flatMap((t) =>
      Object.values(t.getFields() as Record<string, GraphQLField<unknown, unknown>>)
        .filter((f) => getNamedType(f.type).name.endsWith('Connection'))
        .map((f) => `${t.name}.${f.name}`),
    )
    .sort();
}

async function page(name: string, after: string | null, first = 2) {
  const { args, via } = CONNECTIONS[name];
  const field = name.split('.')[1];
  const all = [args, `first: ${first}`, after ? `after: "${after}"` : ''].filter(Boolean).join(', ');
  const inner = `c: ${field}(${all}) { ${PAGE} }`;
  const r: any = await api.gql(`{ ${via ? via(inner) : inner} }`, {}, EDITOR);
  expect(r.errors, name).toBeUndefined();
  return via ? Object.values(r.data as Record<string, any>)[0].c : r.data.c;
}

describe('Relay PageInfo on every connection', () => {
  it('lists every connection of the schema', () => {
    expect(connectionFields(schema)).toEqual(Object.keys(CONNECTIONS).sort());
  });

  for (const name of Object.keys(CONNECTIONS)) {
    it(`${name}: first page, next page, empty page`, async () => {
      const one = await page(name, null);
      expect(one.edges).toHaveLength(2);
      expect(one.pageInfo).toEqual({
        hasNextPage: true,
        hasPreviousPage: false,
        startCursor: one.edges[0].cursor,
        endCursor: one.edges[1].cursor,
      });
      const two = await page(name, one.pageInfo.endCursor);
      expect(two.edges.length).toBeGreaterThan(0);
      expect(two.edges[0].cursor).not.toBe(one.edges[1].cursor);
      expect(two.pageInfo).toMatchObject({
        hasPreviousPage: true,
        startCursor: two.edges[0].cursor,
        endCursor: two.edges.at(-1).cursor,
      });
      const none = await page(name, null, 0);
      expect(none.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null });
    });
  }
});
