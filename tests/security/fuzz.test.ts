// Fuzzing the running server over HTTP with fast-check: random bytes, token soup, schema-aware documents with
// variables, and odd HTTP bodies and headers. Whatever comes in: no 5xx, no crash, every error has a code, and no
// internal detail (Neo4j codes, Cypher, hosts, stack traces) in any answer.
import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpApi, type HttpApi } from '../support/http.js';

// What must never reach a client. A pattern the request itself contains may be echoed back (an unknown field name,
// a bad value): only patterns absent from the request count.
const INTERNAL = [
  /Neo\./,
  /Cypher/i,
  /MATCH /,
  /at \//,
  /bolt:\/\//,
  /127\.0\.0\.1:7687/,
  /stack/i,
  /neo4j-driver/i,
  /node_modules/,
];
// At most this many requests per kind, within a time budget per kind (seconds) that keeps the file under a minute.
const RUNS = { bytes: 1_000, tokens: 1_200, schema: 2_000, http: 800 };
const BUDGET_S = { bytes: 6, tokens: 6, schema: 28, http: 12 };
const MIN_REQUESTS = 2_000;
// Requests go out in concurrent batches of this size, one fast-check run each.
const BATCH = 8;

let api: HttpApi;
let schema: GraphQLSchema;
let sent = 0;
const failures: string[] = [];
const slowest = { ms: 0, request: '' };

beforeAll(async () => {
  // Defaults for every limit except the rate limit, which thousands of requests from one address would hit.
  api = await httpApi({ RATE_LIMIT_ANONYMOUS: '1000000', RATE_LIMIT_AUTHENTICATED: '1000000' });
  schema = buildClientSchema((await api.gql(getIntrospectionQuery())).body.data);
});

afterAll(async () => {
  console.log(
    `fuzz: ${sent} requests sent over HTTP (${JSON.stringify(perKind)}), ${failures.length} failures; slowest ${slowest.ms} ms: ${slowest.request.slice(0, 300)}`,
  );
  await api.close();
});

/** Sends one request and returns what is wrong with the answer (empty when nothing is). */
async function check(init: {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<string[]> {
  sent++;
  const t0 = Date.now();
  const res = await fetch(`${api.url}${init.path ?? '/graphql'}`, {
    method: init.method ?? 'POST',
    headers: init.headers ?? { 'content-type': 'application/json' },
    body: init.method === 'GET' ? undefined : init.body,
  });
  const text = await res.text();
  if (Date.now() - t0 > slowest.ms)
    Object.assign(slowest, {
      ms: Date.now() - t0,
      request: `${init.method ?? 'POST'} ${init.path ?? ''} ${init.body ?? ''}`,
    });
  const problems: string[] = [];
  if (res.status >= 500) problems.push(`HTTP ${res.status}`);
  const request = `${init.path ?? ''} ${JSON.stringify(init.headers ?? {})} ${init.body ?? ''}`;
  for (const p of INTERNAL) if (p.test(text) && !p.test(request)) problems.push(`internal detail ${p}`);
  let body: { errors?: Array<{ extensions?: { code?: unknown } }> } | undefined;
  try {
    body = JSON.parse(text);
  } catch {
    problems.push(`not JSON: ${text.slice(0, 100)}`);
  }
  if (body?.errors?.some((e) => typeof e?.extensions?.code !== 'string'))
    problems.push('an error without extensions.code');
  if (res.status >= 400 && !body?.errors?.length) problems.push(`HTTP ${res.status} without errors`);
  if (problems.length)
    failures.push(
      `${problems.join(', ')}\n  request: ${request.slice(0, 500)}\n  answer: ${res.status} ${text.slice(0, 300)}`,
    );
  return problems;
}

const post = (query: unknown, variables?: unknown) => check({ body: JSON.stringify({ query, variables }) });

// ---- Schema-aware documents ----

type Draw = <T>(arb: fc.Arbitrary<T>) => T;

function scalarValue(draw: Draw, name: string): unknown {
  switch (draw(fc.nat(9)) < 8 ? name : 'wrong') {
    case 'ID':
      return draw(
        fc.oneof(
          fc.constantFrom('sex-work', 'migration', 'lille', 'nope', ''),
          fc.stringMatching(/^[a-z0-9-]{1,20}$/),
          fc.string({ maxLength: 120 }),
        ),
      );
    case 'String':
      return draw(
        fc.oneof(
          fc.constantFrom('fr', 'en', 'pt-BR', 'préservatifs', 'santé', ''),
          fc.string({ maxLength: 80 }),
          fc.string({ unit: 'binary', maxLength: 40 }),
        ),
      );
    case 'Int':
      return draw(fc.oneof(fc.integer({ min: -5, max: 150 }), fc.integer(), fc.constant(2 ** 31)));
    case 'Float':
      return draw(fc.double());
    case 'Boolean':
      return draw(fc.boolean());
    default:
      return draw(fc.jsonValue({ maxDepth: 2 }));
  }
}

function inputValue(draw: Draw, type: GraphQLInputType, depth = 0): unknown {
  const t = getNullableType(type);
  if (isNonNullType(type) && draw(fc.nat(30)) === 0) return null;
  if (isListType(t))
    return draw(fc.nat(20)) === 0
      ? inputValue(draw, t.ofType, depth + 1)
      : Array.from({ length: draw(fc.nat(4)) }, () => inputValue(draw, t.ofType, depth + 1));
  if (isEnumType(t))
    return draw(fc.nat(6)) === 0
      ? draw(fc.string({ maxLength: 10 }))
      : draw(fc.constantFrom(...t.getValues().map((v) => v.value)));
  if (isInputObjectType(t)) {
    if (depth > 3) return {};
    return Object.fromEntries(
      Object.values(t.getFields())
        .filter(() => draw(fc.nat(4)) > 0)
        .map((f) => [f.name, inputValue(draw, f.type, depth + 1)]),
    );
  }
  return scalarValue(draw, getNamedType(t).name);
}

/** A GraphQL literal for a JSON-ish value (enums as bare names when they look like names). */
function literal(v: unknown, enumLike: boolean): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map((x) => literal(x, enumLike)).join(', ')}]`;
  if (typeof v === 'object')
    return `{${Object.entries(v)
      .map(([k, x]) => `${/^[_A-Za-z]\w*$/.test(k) ? k : 'x'}: ${literal(x, false)}`)
      .join(', ')}}`;
  if (typeof v === 'string') return enumLike && /^[_A-Za-z]\w*$/.test(v) ? v : JSON.stringify(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '0';
  return String(v);
}

function schemaDocument(draw: Draw): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const defs: string[] = [];
  const fragments: string[] = [];
  const maxDepth = draw(fc.nat(11));
  const args = (field: { args: readonly { name: string; type: GraphQLInputType }[] }) => {
    const given = field.args.filter((a) => (isNonNullType(a.type) ? draw(fc.nat(10)) > 0 : draw(fc.boolean())));
    if (!given.length) return '';
    return `(${given
      .map((a) => {
        const value = inputValue(draw, a.type);
        if (draw(fc.boolean())) {
          const v = `v${defs.length}`;
          defs.push(
            `$${v}: ${draw(fc.nat(8)) === 0 ? draw(fc.constantFrom('Int', 'String!', '[ID!]!', 'Boolean')) : String(a.type)}`,
          );
          variables[v] = draw(fc.nat(8)) === 0 ? draw(fc.jsonValue({ maxDepth: 2 })) : value;
          return `${a.name}: $${v}`;
        }
        return `${a.name}: ${literal(value, isEnumType(getNamedType(a.type)))}`;
      })
      .join(', ')})`;
  };
  const select = (type: GraphQLObjectType, depth: number): string => {
    const fields = Object.values(type.getFields());
    const picks = Array.from({ length: 1 + draw(fc.nat(3)) }, () => fields[draw(fc.nat(fields.length - 1))]);
    const parts = picks.map((f) => {
      const alias = draw(fc.nat(3)) === 0 ? `a${draw(fc.nat(99))}: ` : '';
      const directive =
        draw(fc.nat(8)) === 0 ? ` @${draw(fc.constantFrom('include', 'skip'))}(if: ${draw(fc.boolean())})` : '';
      const named = getNamedType(f.type);
      const head = `${alias}${f.name}${args(f)}${directive}`;
      if (isLeafType(named)) return head;
      if (!isObjectType(named)) return `${head} { __typename }`;
      if (depth >= maxDepth) return `${head} { __typename }`;
      const inner = select(named, depth + 1);
      if (draw(fc.nat(6)) === 0) {
        const name = `F${fragments.length}`;
        fragments.push(`fragment ${name} on ${named.name} { ${inner} }`);
        return `${head} { ...${name} }`;
      }
      return draw(fc.nat(6)) === 0 ? `${head} { ... on ${named.name} { ${inner} } }` : `${head} { ${inner} }`;
    });
    if (draw(fc.nat(5)) === 0) parts.push('__typename');
    return parts.join(' ');
  };
  const mutation = schema.getMutationType();
  const root = mutation && draw(fc.nat(5)) === 0 ? mutation : (schema.getQueryType() as GraphQLObjectType);
  const body = select(root, 1);
  const op = root === mutation ? 'mutation' : 'query';
  return {
    query: `${op} Fuzz${defs.length ? `(${defs.join(', ')})` : ''} { ${body} } ${fragments.join(' ')}`,
    variables,
  };
}

// ---- The properties ----

const perKind: Record<string, number> = {};
const opts = (kind: keyof typeof RUNS) => ({
  // Counts this kind's requests when its run ends (fast-check calls it once, with the run's outcome).
  reporter: () => {
    perKind[kind] = sent - Object.values(perKind).reduce((a, b) => a + b, 0);
  },
  numRuns: Math.ceil(RUNS[kind] / BATCH),
  endOnFailure: true,
  interruptAfterTimeLimit: BUDGET_S[kind] * 1000,
  markInterruptAsFailure: false,
});
const batch = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: BATCH, maxLength: BATCH });
const allPass = async (checks: Promise<string[]>[]) => (await Promise.all(checks)).every((p) => p.length === 0);

describe('fuzzing the running server over HTTP', () => {
  it('survives random bytes as a query', async () => {
    await fc.assert(
      fc.asyncProperty(batch(fc.string({ unit: 'binary', maxLength: 300 })), (qs) => allPass(qs.map((q) => post(q)))),
      opts('bytes'),
    );
  });

  it("survives token soup made of GraphQL punctuation and the schema's own names", async () => {
    const names = [
      ...Object.keys(schema.getTypeMap()),
      ...Object.values(schema.getTypeMap()).flatMap((t) => (isObjectType(t) ? Object.keys(t.getFields()) : [])),
    ];
    const token = fc.oneof(
      fc.constantFrom(
        '{',
        '}',
        '(',
        ')',
        '[',
        ']',
        ':',
        '$',
        '...',
        '@',
        '!',
        '=',
        '|',
        '&',
        'query',
        'mutation',
        'fragment',
        'on',
        'true',
        'null',
        '"',
        '"""',
        '#',
      ),
      fc.constantFrom(...names),
      fc.integer().map(String),
      fc.string({ maxLength: 8 }).map((s) => JSON.stringify(s)),
    );
    const doc = fc.tuple(fc.array(token, { maxLength: 80 }), fc.jsonValue({ maxDepth: 2 }));
    await fc.assert(
      fc.asyncProperty(batch(doc), (docs) =>
        allPass(
          docs.map(([tokens, variables]) =>
            post(tokens.join(' '), typeof variables === 'object' ? variables : undefined),
          ),
        ),
      ),
      opts('tokens'),
    );
  });

  it('survives schema-aware documents with aliases, fragments, directives and wrongly typed variables', async () => {
    await fc.assert(
      fc.asyncProperty(fc.gen(), (g) => {
        const draw: Draw = (arb) => g(() => arb);
        return allPass(
          Array.from({ length: BATCH }, () => schemaDocument(draw)).map(({ query, variables }) =>
            post(query, variables),
          ),
        );
      }),
      opts('schema'),
    );
  });

  it('survives odd bodies, methods, content types and credentials', async () => {
    const request = fc.record({
      method: fc.constantFrom('POST', 'POST', 'GET', 'PUT', 'DELETE', 'PATCH'),
      contentType: fc.constantFrom(
        'application/json',
        'application/json; charset=utf-16',
        'text/plain',
        'application/graphql',
        'multipart/form-data',
        '',
      ),
      preflight: fc.boolean(),
      authorization: fc.option(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.string({ maxLength: 60 }).map((s) => `Bearer ${s}`),
          fc.constant('Bearer agk_' + 'x'.repeat(43)),
        ),
        { nil: undefined },
      ),
      body: fc.oneof(
        fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
        fc
          .record({
            query: fc.oneof(fc.constant('{ themes { id } }'), fc.jsonValue()),
            variables: fc.jsonValue(),
            operationName: fc.jsonValue(),
            extensions: fc.jsonValue(),
          })
          .map((v) => JSON.stringify(v)),
        fc.string({ unit: 'binary', maxLength: 200 }),
      ),
      query: fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
    });
    const send = (r: typeof request extends fc.Arbitrary<infer R> ? R : never) => {
      const headers: Record<string, string> = {};
      if (r.contentType) headers['content-type'] = r.contentType;
      if (r.preflight) headers['apollo-require-preflight'] = 'true';
      if (r.authorization !== undefined) headers.authorization = r.authorization.replace(/[^\t\x20-\x7e]/g, '');
      const path =
        r.query === undefined
          ? '/graphql'
          : `/graphql?query=${encodeURIComponent(r.query)}&variables=${encodeURIComponent(r.body.slice(0, 100))}`;
      return check({ method: r.method, path, headers, body: r.body });
    };
    await fc.assert(
      fc.asyncProperty(batch(request), (rs) => allPass(rs.map(send))),
      opts('http'),
    );
  });

  it('found nothing wrong', () => {
    expect(failures, failures.join('\n')).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(MIN_REQUESTS);
  });
});
