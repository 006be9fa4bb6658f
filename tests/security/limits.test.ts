// Abuse limits over real HTTP, on by default: each rejection is a 4xx with extensions.code, never a 5xx.
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeys } from '../../src/auth/api-keys.js';
import { loadConfig } from '../../src/config.js';
import { dropKeys, httpApi, type HttpApi, type HttpReply } from '../support/http.js';
import { uid } from '../support/api.js';

let api: HttpApi;
beforeAll(async () => {
  api = await httpApi();
});
afterAll(async () => {
  await api.close();
});

function refused(r: HttpReply, status: number, code: string, message?: RegExp) {
  expect(r.status).toBe(status);
  expect(r.body?.errors?.[0]?.extensions?.code).toBe(code);
  if (message) expect(r.body.errors[0].message).toMatch(message);
}

describe('defaults', () => {
  it('are the documented values', () => {
    expect(loadConfig({}).limits).toEqual({
      depth: 8,
      cost: 50_000,
      listSize: 10,
      aliases: 30,
      rootFields: 10,
      directives: 10,
      tokens: 3_000,
      bodyBytes: 102_400,
      rateWindowMs: 60_000,
      rateAnonymous: 120,
      rateAuthenticated: 600,
      trustProxyHops: 0,
    });
  });
});

describe('query shape', () => {
  it('refuses queries deeper than 8 fields, fragments included', async () => {
    const deep =
      '{ theme(id: "x") { messages { edges { node { spaces { place { country { country { id } } } } } } } } }';
    refused(await api.gql(deep), 400, 'GRAPHQL_VALIDATION_FAILED', /9 fields deep; at most 8/);
    const viaFragment =
      '{ theme(id: "x") { messages { edges { node { ...M } } } } } fragment M on Message { spaces { place { country { country { id } } } } }';
    refused(await api.gql(viaFragment), 400, 'GRAPHQL_VALIDATION_FAILED', /deep/);
    const ok = await api.gql(
      '{ theme(id: "x") { messages { edges { node { spaces { place { country { id } } } } } } } }',
    );
    expect(ok.status).toBe(200);
    expect(ok.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('lets the standard introspection query through (introspection is on outside production)', async () => {
    const r = await api.gql(getIntrospectionQuery());
    expect(r.status).toBe(200);
    expect(r.body.data.__schema.queryType.name).toBe('Query');
  });

  it('counts list sizes in the cost, from `first` (also given as a variable) or 10 for other lists', async () => {
    const q = 'query($n: Int) { messages(first: $n) { edges { node { spaces { messages { spaces { id } } } } } } }';
    expect((await api.gql(q, { n: 1 })).status).toBe(200);
    refused(await api.gql(q, { n: 100 }), 400, 'GRAPHQL_VALIDATION_FAILED', /would cost 111301; at most 50000/);
  });

  it('refuses more than 30 aliases and more than 10 directives', async () => {
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    refused(await api.gql(aliases), 400, 'GRAPHQL_VALIDATION_FAILED', /31 aliases; at most 30/);
    const directives = `{ themes { ${Array.from({ length: 11 }, () => 'id @include(if: true)').join(' ')} } }`;
    refused(await api.gql(directives), 400, 'GRAPHQL_VALIDATION_FAILED', /11 directives; at most 10/);
    expect((await api.gql(`{ ${Array.from({ length: 30 }, (_, i) => `a${i}: __typename`).join(' ')} }`)).status).toBe(
      200,
    );
  });

  it("cuts documents of more than 3000 tokens at parse time (400, not graphql-armor's 500)", async () => {
    refused(await api.gql(`{ themes { ${'id '.repeat(3_000)}} }`), 400, 'GRAPHQL_PARSE_FAILED', /token/i);
  });

  it('measures fragments once, so exponentially spread fragments are cheap to refuse', async () => {
    const frags = Array.from({ length: 40 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(
      ' ',
    );
    const t0 = Date.now();
    const r = await api.gql(`{ ...F0 } ${frags} fragment F40 on Query { a: __typename }`);
    expect(Date.now() - t0).toBeLessThan(2_000);
    refused(r, 400, 'GRAPHQL_VALIDATION_FAILED', /aliases/);
  });
});

describe('HTTP', () => {
  const post = (body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    api.fetch('/graphql', { method: 'POST', headers, body });

  it('refuses bodies over 100 kB with 413', async () => {
    const big = JSON.stringify({ query: `{ themes { id } } # ${'x'.repeat(101 * 1024)}` });
    refused(await post(big), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('takes the body limit from MAX_BODY_BYTES', async () => {
    const small = await httpApi({ MAX_BODY_BYTES: '2000' });
    try {
      const body = (n: number) => JSON.stringify({ query: `{ themes { id } } # ${'x'.repeat(n)}` });
      expect(
        (
          await small.fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: body(1_000),
          })
        ).status,
      ).toBe(200);
      refused(
        await small.fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: body(3_000),
        }),
        413,
        'PAYLOAD_TOO_LARGE',
      );
    } finally {
      await small.close();
    }
  });

  it('refuses batched requests', async () => {
    refused(
      await post(JSON.stringify([{ query: '{ themes { id } }' }, { query: '{ themes { id } }' }])),
      400,
      'BAD_REQUEST',
    );
  });

  it('refuses requests a browser could send cross-site without a preflight (CSRF)', async () => {
    const body = JSON.stringify({ query: '{ themes { id } }' });
    refused(await post(body, { 'content-type': 'text/plain' }), 400, 'BAD_REQUEST', /CSRF/);
    refused(await post(body, { 'content-type': 'application/x-www-form-urlencoded' }), 400, 'BAD_REQUEST', /CSRF/);
    refused(await post(body, { 'content-type': 'multipart/form-data; boundary=x' }), 400, 'BAD_REQUEST', /CSRF/);
    refused(await post(new Blob([body]), {}), 400, 'BAD_REQUEST', /CSRF/);
    refused(await api.fetch(`/graphql?query=${encodeURIComponent('{ themes { id } }')}`), 400, 'BAD_REQUEST', /CSRF/);
    const preflighted = await api.fetch(`/graphql?query=${encodeURIComponent('{ themes { id } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
  });

  it('refuses malformed JSON with 400', async () => {
    refused(await post('{"query": '), 400, 'BAD_REQUEST');
  });
});

describe('production mode', () => {
  let prod: HttpApi;
  beforeAll(async () => {
    prod = await httpApi({ NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await prod.close();
  });

  it('turns introspection off', async () => {
    refused(await prod.gql(getIntrospectionQuery()), 400, 'GRAPHQL_VALIDATION_FAILED', /introspection/i);
    refused(await prod.gql('{ __type(name: "Message") { fields { name } } }'), 400, 'GRAPHQL_VALIDATION_FAILED');
    expect((await api.gql('{ __type(name: "Message") { name } }')).body.data.__type.name).toBe('Message');
  });

  it('does not suggest field names', async () => {
    const dev = await api.gql('{ themez { id } }');
    expect(dev.body.errors[0].message).toMatch(/Did you mean .*"themes"/);
    const r = await prod.gql('{ themez { id } }');
    refused(r, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(r.text).not.toMatch(/Did you mean|themes/);
  });
});

describe('rate limit', () => {
  const P = uid('rate');
  let limited: HttpApi;
  beforeAll(async () => {
    limited = await httpApi({
      RATE_LIMIT_ANONYMOUS: '3',
      RATE_LIMIT_AUTHENTICATED: '5',
      RATE_LIMIT_WINDOW_SECONDS: '60',
    });
  });
  afterAll(async () => {
    await dropKeys(limited.db, P);
    await limited.close();
  });

  it('counts per address without a key and per key with one; 429 with Retry-After', async () => {
    const q = '{ themes { id } }';
    for (let i = 0; i < 3; i++) expect((await limited.gql(q)).status).toBe(200);
    const over = await limited.gql(q);
    refused(over, 429, 'RATE_LIMITED', /try again/);
    const retry = Number(over.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(60);
    // Refused credentials count against the address too: no free guessing.
    refused(await limited.gql(q, {}, `agk_${'B'.repeat(43)}`), 429, 'RATE_LIMITED');

    const keys = new ApiKeys(limited.db, 0);
    const a = (await keys.create(`${P}-a`, 'viewer')).key;
    const b = (await keys.create(`${P}-b`, 'viewer')).key;
    for (let i = 0; i < 5; i++) expect((await limited.gql(q, {}, a)).status).toBe(200);
    refused(await limited.gql(q, {}, a), 429, 'RATE_LIMITED');
    expect((await limited.gql(q, {}, b)).status).toBe(200);
  });
});
