// The cost limit must let a real client ask for a whole briefing pack in one query (it is one bounded statement),
// while a nested fan-out of connections stays refused.
import { createRequire } from 'node:module';
import { getNamedType, isObjectType, parse, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { getSchema } from '../../src/graphql/schema.js';
import { costEstimator } from '../../src/limits/cost.js';

const { getComplexity } = createRequire(import.meta.url)('graphql-query-complexity');

/** Every field of a type, recursively (scalars only at the leaves), without arguments. */
function everything(schema: GraphQLSchema, type: GraphQLObjectType, depth: number): string {
  return `{ ${Object.values(type.getFields())
    .map((f) => {
      const t = getNamedType(f.type);
      if (!isObjectType(t)) return f.name;
      return depth > 0 ? `${f.name} ${everything(schema, t, depth - 1)}` : '';
    })
    .filter(Boolean)
    .join(' ')} }`;
}

const cost = async (query: string) => {
  const schema = await getSchema();
  const { limits } = loadConfig({ NODE_ENV: 'test' });
  return {
    cost: getComplexity({ schema, query: parse(query), variables: {}, estimators: [costEstimator(limits.listSize)] }),
    limit: limits.cost,
  };
};

describe('query cost', () => {
  it('admits a briefing pack with every field selected', async () => {
    const schema = await getSchema();
    const pack = getNamedType(schema.getQueryType()!.getFields().briefingPack.type) as GraphQLObjectType;
    const { cost: c, limit } = await cost(
      `{ briefingPack(themes: ["migration", "sex-work"], place: "lille") ${everything(schema, pack, 6)} }`,
    );
    expect(c).toBeLessThanOrEqual(limit);
  });

  it('refuses nested connections of 100 x 100 x 100', async () => {
    const { cost: c, limit } = await cost(
      '{ messages(first: 100) { edges { node { themes { messages(first: 100) { edges { node { themes { messages(first: 100) { edges { node { id } } } } } } } } } } } }',
    );
    expect(c).toBeGreaterThan(limit);
  });
});
