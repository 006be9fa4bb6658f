// The JSON a Change stores is built in Cypher for API writes (compile.ts stateJsonExpr) and in TypeScript
// for bulk imports (history-record.ts stateJson): both must give the same string for tricky records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSON_ESCAPES, stateJsonExpr } from '../../src/graphql/mutations/compile.js';
import { stateJson } from '../../src/history/record.js';
import { testApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await testApi();
});
afterAll(async () => {
  await api.close();
});

const control = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');

// Each record is built in Cypher (so temporals are real Neo4j values) from the parameter $r.
const records: Array<[string, string]> = [
  [
    'quotes, backslashes, newlines, control characters, unicode',
    `{id: 'a"b\\\\c', text: $r.text, emoji: 'é 😀 \u2028 ü', empty: ''}`,
  ],
  [
    'numbers, booleans, null in lists',
    `{version: 3, neg: -42, big: 9007199254740991, half: 0.5, whole: 2.0, tiny: 0.1, example: true, archived: false, list: [1, null, 2], words: ['x"', 'y']}`,
  ],
  [
    'nested texts and links, bookkeeping dropped',
    `{id: 'm', createdAt: datetime(), updatedBy: 'ed', seeded: false, requestId: 'r',
    texts: [{field: 'text', lang: 'fr', value: $r.text, original: true}, {field: 'text', lang: 'en', value: 'x', original: null}],
    links: ['ADDRESSES t1', 'CARRIED_IN s"1'], Zed: 1, aLower: 2, a_b: 3, AB: 4}`,
  ],
  [
    'temporals',
    `{at: datetime('2024-02-03T04:05:06.789+02:00'), whole: datetime('2024-02-03T04:05:06Z'), day: date('2024-02-03'), local: localdatetime('2024-02-03T04:05:06.007')}`,
  ],
  ['empty', '{}'],
];

describe('Change JSON', () => {
  for (const [name, map] of records) {
    it(`is the same from Cypher and from TypeScript: ${name}`, async () => {
      const [row] = await api.db.raw<{ json: string; state: Record<string, unknown> }>(
        `WITH ${map} AS v RETURN ${stateJsonExpr('v')} AS json, v AS state`,
        { r: { text: `ligne 1\nligne 2\t"cité" \\ fin${control}` }, jsonEscapes: JSON_ESCAPES },
        'READ',
      );
      expect(row.json).toBe(stateJson(row.state));
      expect(JSON.parse(row.json)).toBeTypeOf('object');
    });
  }

  it('is null for no record', async () => {
    const [row] = await api.db.raw<{ json: string | null }>(
      `WITH null AS v RETURN ${stateJsonExpr('v')} AS json`,
      { jsonEscapes: JSON_ESCAPES },
      'READ',
    );
    expect(row.json).toBeNull();
  });
});
