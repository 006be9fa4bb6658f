// Hostile query shapes (issue 15, finding 5): reordered and re-aliased fields must reuse Neo4j's cached plan,
// and a request may ask only so many root fields. Cache hits are read from Neo4j's own query statistics.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { createApollo } from '../../src/graphql/apollo.js';
import type { Context } from '../../src/graphql/context.js';
import { ANONYMOUS } from '../../src/domain/viewer.js';
import type { Db } from '../../src/db/db.js';
import { connect } from '../../src/db/connect.js';
import { testConfig } from '../support/api.js';

let db: Db;
let strict: ApolloServer<Context>;
let wide: ApolloServer<Context>;

beforeAll(async () => {
  // Clearing the plan cache makes every concurrent test file plan again: on a busy machine, give them room.
  db = await connect(testConfig({ NEO4J_TX_TIMEOUT_MS: '120000' }));
  strict = await createApollo(testConfig());
  wide = await createApollo(
    testConfig({ MAX_ROOT_FIELDS: '30', MAX_ALIASES: '1000', MAX_TOKENS: '20000', MAX_QUERY_COST: '1000000' }),
  );
});
afterAll(async () => {
  await strict.stop();
  await wide.stop();
  await db.driver.close();
});

async function run(server: ApolloServer<Context>, query: string) {
  const res = await server.executeOperation({ query }, { contextValue: { db, viewer: ANONYMOUS } });
  if (res.body.kind !== 'single') throw new Error('unexpected incremental response');
  return res.body.singleResult as {
    data?: Record<string, any>;
    errors?: Array<{ message: string; extensions?: Record<string, any> }>;
  };
}

/** A deterministic shuffle (seeded), so a failure can be replayed. */
function shuffler(seed: number) {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  return <T>(list: T[]) => [...list].sort(() => next() - 0.5);
}

/** An advocacySpaces root field with its nested fields in a shuffled order, each under a fresh alias. */
function spacesField(i: number): string {
  const shuffle = shuffler(i + 1);
  const alias = (f: string, j: number) => `${f.replace(/\W.*$/s, '')}${i}x${j}: ${f}`;
  const set = (fields: string[]) => `{ ${shuffle(fields).map(alias).join(' ')} }`;
  const place = set(['id', 'name', 'countryCode', 'kind', `country ${set(['id', 'name', 'countryCode'])}`]);
  const space = set([
    'id',
    'level',
    'name(language: "en")',
    'description',
    'example',
    `place ${place}`,
    `themes ${set(['id', 'name(language: "en")'])}`,
  ]);
  const matched = set(['id', 'text(language: "en")', 'language', `themes ${set(['id', 'name'])}`]);
  return `r${i}: advocacySpaces(place: "lille", themes: ["migration", "sex-work"]) ${set(['score', `space ${space}`, `matchedMessages(first: 5) ${matched}`])}`;
}

/** Compile time of each run of a statement whose text contains `marker`, from db.stats (oldest first). */
async function compileTimes(marker: string): Promise<number[]> {
  const rows = await db.raw<{
    data: { query: string; invocations: Array<{ elapsedCompileTimeInUs: number; startTimestampMillis: number }> };
  }>("CALL db.stats.retrieve('QUERIES') YIELD data RETURN data", {}, 'READ');
  return rows
    .filter((r) => r.data.query.includes(marker) && !r.data.query.startsWith('EXPLAIN'))
    .flatMap((r) => r.data.invocations)
    .sort((a, b) => a.startTimestampMillis - b.startTimestampMillis)
    .map((i) => i.elapsedCompileTimeInUs);
}

describe('root fields per operation', () => {
  it('are limited to MAX_ROOT_FIELDS (10 by default), fragments included, with a clear error', async () => {
    const eleven = `{ ${Array.from({ length: 11 }, (_, i) => `t${i}: themes { id }`).join(' ')} }`;
    const r = await run(strict, eleven);
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.errors?.[0]?.message).toMatch(/11 root fields; at most 10/);
    const viaFragment = `{ ...F } fragment F on Query { ${Array.from({ length: 11 }, (_, i) => `t${i}: themes { id }`).join(' ')} }`;
    expect((await run(strict, viaFragment)).errors?.[0]?.message).toMatch(/root fields/);
    const ten = await run(
      strict,
      `{ __typename ${Array.from({ length: 10 }, (_, i) => `t${i}: themes { id }`).join(' ')} }`,
    );
    expect(ten.errors).toBeUndefined();
  });
});

describe('shuffled and re-aliased selections', () => {
  it('answer each alias with its own field, as the plain query does', async () => {
    const plain = await run(
      strict,
      '{ advocacySpaces(place: "lille", themes: ["migration"]) { score space { id level name(language: "en") } } }',
    );
    const aliased = await run(
      strict,
      '{ advocacySpaces(themes: ["migration"], place: "lille") { s: score space { nm: name(language: "en") id: level lvl: level key: id } } }',
    );
    expect(aliased.errors).toBeUndefined();
    expect(
      aliased.data!.advocacySpaces.map((r: any) => [r.s, r.space.key, r.space.id, r.space.lvl, r.space.nm]),
    ).toEqual(
      plain.data!.advocacySpaces.map((r: any) => [r.score, r.space.id, r.space.level, r.space.level, r.space.name]),
    );
  });

  it('30 shuffled advocacySpaces root fields are answered in under 2 s, planned cold once', async () => {
    // One cold statement of about the same size first (no theme filter: another text); on a machine too busy for
    // 2 s, the bound is 3 plans of it
    // (before, each of the 30 fields was a statement of its own, planned cold: 15 to 20 s, 30 plans).
    await db.raw('CALL db.clearQueryCaches()', {}, 'WRITE');
    let started = Date.now();
    expect(
      (await run(strict, `{ ${spacesField(500).replace('themes: ["migration", "sex-work"]', '')} }`)).errors,
    ).toBeUndefined();
    const onePlan = Date.now() - started;
    const query = `{ ${Array.from({ length: 30 }, (_, i) => spacesField(i)).join('\n')} }`;
    started = Date.now();
    const r = await run(wide, query);
    const ms = Date.now() - started;
    expect(r.errors).toBeUndefined();
    expect(Object.keys(r.data!)).toHaveLength(30);
    expect(r.data!.r0.length).toBeGreaterThan(0);
    console.log(`30 shuffled root fields: ${ms} ms (one cold plan of a statement of that size: ${onePlan} ms)`);
    expect(ms).toBeLessThan(Math.max(2_000, 3 * onePlan));
  }, 180_000);

  it('a second shuffled variant hits the plan cache (compile time from db.stats)', async () => {
    for (const step of ['stop', 'clear', 'collect']) await db.raw(`CALL db.stats.${step}('QUERIES')`, {}, 'READ');
    await db.raw('CALL db.clearQueryCaches()', {}, 'WRITE');
    // The fields only this test asks (kind, example...) make its statement text its own.
    for (const i of [100, 200, 300]) expect((await run(strict, `{ ${spacesField(i)} }`)).errors).toBeUndefined();
    // The three spellings are one statement text (one entry in db.stats, three runs of it).
    const times = await compileTimes('example: s.example');
    expect(times).toHaveLength(3);
    // Cold, it is planned (seconds on a busy machine); then it comes from the cache. Neo4j 5.26 was seen planning a
    // statement twice before keeping it, hence the third run.
    expect(times[2]).toBeLessThan(times[0] / 5);
  }, 180_000);
});

describe('every statement', () => {
  it('is ended by Neo4j at NEO4J_TX_TIMEOUT_MS, as QUERY_TIMEOUT', async () => {
    const short = await connect(testConfig({ NEO4J_TX_TIMEOUT_MS: '300' }));
    try {
      const started = Date.now();
      const err = await short
        .raw('UNWIND range(1, 2000000000) AS x RETURN count(x) AS n', {}, 'READ')
        .catch((e: unknown) => e);
      expect((err as { extensions?: { code?: string } }).extensions?.code).toBe('QUERY_TIMEOUT');
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      await short.driver.close();
    }
  });
});
