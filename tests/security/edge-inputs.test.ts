// Inputs at the edges of what GraphQL and HTTP accept (issue 15, finding 8): each gets a clear 4xx or GraphQL
// error code, never a 500, and nothing a client caused is logged as unexpected.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiKeys } from '../../src/auth/api-keys.js';
import { logger } from '../../src/logger.js';
import { encodeCursor } from '../../src/graphql/pagination.js';
import { httpApi, type HttpApi } from '../support/http.js';
import { uid } from '../support/api.js';

const P = uid('edge');
let api: HttpApi;
let keys: ApiKeys;
let admin: string;
const logged = vi.spyOn(logger, 'error');

beforeAll(async () => {
  api = await httpApi();
  keys = new ApiKeys(api.db, 0);
  admin = (await keys.create(`${P}-admin`, 'admin')).key;
});
afterAll(async () => {
  await keys.revoke(`${P}-admin`);
  await api.close();
});
afterEach(() => {
  logged.mockClear();
});

const unexpected = () => logged.mock.calls.filter(([msg]) => msg === 'unexpected error');

describe('edge inputs', () => {
  it('importGraph with the document as an inline literal answers like the same document in a variable', async () => {
    const inline = await api.gql(
      'mutation { importGraph(document: {nodes: [], relationships: []}, dryRun: true) { dryRun nodes } }',
      {},
      admin,
    );
    const variable = await api.gql(
      'mutation($d: JSON!) { importGraph(document: $d, dryRun: true) { dryRun nodes } }',
      { d: { nodes: [], relationships: [] } },
      admin,
    );
    expect(inline.body.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    expect(inline.body).toEqual(variable.body);
    expect(unexpected()).toEqual([]);
  });

  it('a persisted-query hash without its query: PERSISTED_QUERY_NOT_FOUND, not logged as unexpected', async () => {
    const r = await api.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }),
    });
    expect(r.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unexpected()).toEqual([]);
  });

  it('refuses a lone surrogate in any text variable with BAD_USER_INPUT (it was silently replaced)', async () => {
    for (const variables of [{ t: '\ud800' }, { t: 'ok \udc00 ok' }]) {
      const r = await api.gql('query($t: String!) { search(text: $t) { score } }', variables);
      expect(r.status).toBe(400);
      expect(r.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(r.body.errors[0].message).toMatch(/Unicode/);
    }
    const nested = await api.gql(
      'mutation($d: JSON!) { importGraph(document: $d, dryRun: true) { dryRun nodes } }',
      { d: { nodes: [{ id: 'x\ud83d' }], relationships: [] } },
      admin,
    );
    expect(nested.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const pair = await api.gql('query($t: String!) { search(text: $t) { score } }', { t: 'santé 😀' });
    expect(pair.body.errors).toBeUndefined();
  });

  it('history(first: -1) is BAD_USER_INPUT, not an empty list', async () => {
    const r = await api.gql('{ history(id: "sex-work", first: -1) { id } }', {}, admin);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const ok = await api.gql('{ history(id: "sex-work", first: 1) { id } }', {}, admin);
    expect(ok.body.errors).toBeUndefined();
  });

  it('refuses cursors whose decoded values have the wrong type (BAD_USER_INPUT)', async () => {
    const cases: Array<[string, string]> = [
      ['{ messages(first: 1, after: "%") { totalCount } }', encodeCursor([42])],
      ['{ messages(first: 1, after: "%") { totalCount } }', encodeCursor([true as never])],
      [
        '{ sharedMessages(themes: ["sex-work", "hiv"], first: 1, after: "%") { totalCount } }',
        encodeCursor(['2', 'x']),
      ],
      [
        '{ sharedMessages(themes: ["sex-work", "hiv"], first: 1, after: "%") { totalCount } }',
        encodeCursor([1.5, 'x']),
      ],
      ['{ theme(id: "sex-work") { messages(first: 1, after: "%") { totalCount } } }', encodeCursor([7])],
    ];
    for (const [query, cursor] of cases) {
      const r = await api.gql(query.replace('%', cursor));
      expect(r.body.errors?.[0]?.extensions?.code, `${query} ${cursor}`).toBe('BAD_USER_INPUT');
    }
    const good = await api.gql(`{ messages(first: 1, after: "${encodeCursor(['a'])}") { totalCount } }`);
    expect(good.body.errors).toBeUndefined();
  });

  it('GET /assets/vendor/<an Object.prototype name> is a 404, not a 500', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect((await api.fetch(`/assets/vendor/${name}`)).status, name).toBe(404);
    }
    expect((await api.fetch('/assets/vendor/react.js')).status).toBe(200);
  });
});

describe('error formatting', () => {
  it("masks and logs a validator that crashed instead of passing it on as the client's error", async () => {
    const { formatError } = await import('../../src/graphql/format-error.js');
    const { GraphQLError } = await import('graphql');
    const crashed = new GraphQLError('Argument Validation Error', {
      extensions: { code: 'BAD_USER_INPUT', validationErrors: new TypeError('Cannot read properties of undefined') },
    });
    const out = formatError(
      { message: crashed.message, path: ['importGraph'], extensions: crashed.extensions },
      crashed,
    );
    expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(out)).not.toMatch(/Cannot read|validationErrors/);
    expect(unexpected()).toHaveLength(1);
  });
});
