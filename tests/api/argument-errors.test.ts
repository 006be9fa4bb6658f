// Every argument error is BAD_USER_INPUT naming what was wrong in extensions.fields ([{field, message}]), so a
// client can mark the input: class-validator's checks, the resolvers' own, unknown ids, refused variables.
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

const EDITOR: Viewer = { role: 'editor', label: 'argument-errors test' };

/** A bad request and the fields its error must name. */
const CASES: Array<[string, string, string[], Record<string, unknown>?, Viewer?]> = [
  ['unknown theme', '{ sharedMessages(themes: ["migration", "no-such-theme"]) { totalCount } }', ['themes']],
  [
    'minThemes above the themes',
    '{ sharedMessages(themes: ["migration"], minThemes: 3) { totalCount } }',
    ['minThemes'],
  ],
  ['page too large', '{ messages(first: 500) { totalCount } }', ['first']],
  ['foreign cursor', '{ places(after: "bm90LWEtY3Vyc29y") { totalCount } }', ['after']],
  ['nested page size', '{ theme(id: "migration") { messages(first: -1) { totalCount } } }', ['first']],
  ['minShared 0', '{ intersectionGraph(minShared: 0) { nodes { id } } }', ['minShared']],
  ['unknown graph theme', '{ intersectionGraph(themes: ["no-such-theme"]) { nodes { id } } }', ['themes']],
  ['unknown pack place', '{ briefingPack(themes: ["migration"], place: "atlantis") { title } }', ['place']],
  ['no pack theme', '{ briefingPack(themes: []) { title } }', ['themes']],
  ['bad pack language', '{ briefingPack(themes: ["migration"], language: "xx-yy-zz-!!") { title } }', ['language']],
  ['unknown arena place', '{ advocacySpaces(place: "lile") { score } }', ['place']],
  ['unknown within', '{ places(within: "atlantis") { totalCount } }', ['within']],
  ['empty search', '{ search(text: "") { score } }', ['text']],
  ['search language', '{ searchRecords(text: "santé", language: "!!") { pageInfo { hasNextPage } } }', ['language']],
  [
    'enum value in a variable',
    'query($k: [PlaceKind!]) { places(kinds: $k) { totalCount } }',
    ['$k[0]'],
    { k: ['TOWN'] },
  ],
  ['missing variable', 'query($t: [ID!]!) { sharedMessages(themes: $t) { totalCount } }', ['$t']],
  [
    'unknown theme in an input',
    'mutation($i: CreateMessageInput!) { createMessage(input: $i) { id } }',
    ['themes'],
    { i: { text: 'x', language: 'fr', themes: ['no-such-theme'] } },
    EDITOR,
  ],
  [
    'nothing to change',
    'mutation { updateTheme(input: { id: "migration", version: 1 }) { id } }',
    ['input'],
    {},
    EDITOR,
  ],
];

describe('argument errors name their fields', () => {
  for (const [what, query, fields, variables, viewer] of CASES) {
    it(what, async () => {
      const r = await api.gql(query, variables ?? {}, viewer);
      expect(r.errors, JSON.stringify(r.data)).toHaveLength(1);
      const { extensions } = r.errors![0];
      expect(extensions?.code, r.errors![0].message).toBe('BAD_USER_INPUT');
      expect(extensions?.fields?.map((f: { field: string }) => f.field)).toEqual(fields);
      for (const f of extensions!.fields) expect(f.message).toEqual(expect.any(String));
    });
  }
});
