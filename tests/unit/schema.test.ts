// The committed SDL is what the code builds: clients read schema/schema.graphql, so it must never be stale.
import { readFileSync } from 'node:fs';
import { GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { getSchema, printedSchema } from '../../src/graphql/schema.js';

/** `field(arg: Type = default, ...): Type` for one field, without descriptions. */
function signature(schema: GraphQLSchema, type: string, field: string): string {
  const f = (schema.getType(type) as GraphQLObjectType).getFields()[field];
  const args = f.args.map(
    (a) => `${a.name}: ${String(a.type)}${a.defaultValue !== undefined ? ` = ${JSON.stringify(a.defaultValue)}` : ''}`,
  );
  return `${field}${args.length ? `(${args.join(', ')})` : ''}: ${String(f.type)}`;
}

describe('schema/schema.graphql', () => {
  it('matches the schema built from the code (run `npm run schema` after changing types)', async () => {
    expect(readFileSync('schema/schema.graphql', 'utf8')).toBe(await printedSchema());
  });

  it('keeps the contract of issue 4 (arguments may be added, never changed)', async () => {
    const s = await getSchema();
    const has = (type: string, field: string, expected: string) => {
      const actual = signature(s, type, field);
      for (const part of expected.split(/, |\(|\): /))
        expect(actual, `${type}.${actual}`).toContain(part.replace(/\)$/, ''));
    };
    has('Query', 'themes', 'themes: [Theme!]!');
    has('Query', 'theme', 'theme(id: ID!): Theme');
    has('Query', 'message', 'message(id: ID!): Message');
    has(
      'Query',
      'messages',
      'messages(themes: [ID!], spaces: [ID!], text: String, first: Int = 20, after: String): MessageConnection!',
    );
    has(
      'Query',
      'sharedMessages',
      'sharedMessages(themes: [ID!]!, minThemes: Int, first: Int = 20, after: String): SharedMessageConnection!',
    );
    has(
      'Query',
      'advocacySpaces',
      'advocacySpaces(place: ID, levels: [SpaceLevel!], themes: [ID!], messages: [ID!], first: Int = 20): [RankedSpace!]!',
    );
    has('Query', 'intersectionGraph', 'intersectionGraph(themes: [ID!], minShared: Int = 1): IntersectionGraph!');
    has('Query', 'search', 'search(text: String!, language: String, first: Int = 20): [SearchHit!]!');
    has('Theme', 'messages', 'messages(first: Int = 20, after: String): MessageConnection!');
    has('Message', 'text', 'text(language: String): String!');
    has('SharedMessageEdge', 'matchedThemes', 'matchedThemes: [Theme!]!');
    has('RankedSpace', 'score', 'score: Float!');
    has('GraphNode', 'label', 'label(language: String): String!');
    has('GraphEdge', 'weight', 'weight: Float!');
  });
});
