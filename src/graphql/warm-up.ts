// Plans the statements of representative operations before the first request: Neo4j caches a plan by statement
// text, and a large statement planned cold takes seconds (the first request after a restart paid it).
// The same operations give the Cypher snapshots of tests/unit/cypher.test.ts.
import { graphql } from 'graphql';
import type { CypherRegistry } from '../db/cypher-registry.js';
import type { Db } from '../db/db.js';
import { Rehearsal, Rehearsed, type Statement } from '../db/rehearsal.js';
import { logger } from '../logger.js';
import type { Context } from './context.js';
import { getSchema } from './schema.js';

const L = { l: 'en' };
const LIST = 'edges { cursor node { id text(language: $l) } } pageInfo { hasNextPage endCursor }';

/** What the explorer, the examples, the briefing downloads and the benchmark ask: one entry per statement shape.
 * The ids exist nowhere, so each statement stops at its check of the ids and costs its plan only. */
export const REPRESENTATIVE: ReadonlyArray<{ name: string; query: string; variables?: Record<string, unknown> }> = [
  { name: 'themes', query: 'query($l: String) { themes { id name(language: $l) } }', variables: L },
  {
    name: 'theme',
    query: `query($l: String) { theme(id: "warm-up-a") { id name(language: $l) description(language: $l) messages(first: 20) { totalCount ${LIST} } } }`,
    variables: L,
  },
  {
    name: 'message',
    query: `query($l: String) { message(id: "warm-up-m") { id text(language: $l) translations { language }
      provenance { origin sections { title(language: $l) } } themeLinks { basis node { id name(language: $l) } }
      spaceLinks { basis node { id level example name(language: $l) } } evidenceLinks { basis node { id kind example text(language: $l) } } } }`,
    variables: L,
  },
  { name: 'messages', query: `query($l: String) { messages(first: 20) { ${LIST} } }`, variables: L },
  {
    name: 'messages-themes',
    query: `query($l: String) { messages(themes: ["warm-up-a"], first: 20) { totalCount ${LIST} } }`,
    variables: L,
  },
  {
    name: 'messages-text',
    query: `query($l: String) { messages(text: "accès", first: 20) { ${LIST} } }`,
    variables: L,
  },
  {
    name: 'sharedMessages',
    query: `query($l: String, $after: String) { sharedMessages(themes: ["warm-up-a", "warm-up-b"], first: 20, after: $after) {
      edges { cursor matchedThemes { id } node { id text(language: $l) themes { id name(language: $l) } spaces { id level name(language: $l) } } }
      pageInfo { hasNextPage endCursor } } }`,
    variables: L,
  },
  {
    name: 'sharedMessages-total',
    query: `query($l: String) { sharedMessages(themes: ["warm-up-a", "warm-up-b", "warm-up-c"], minThemes: 2) { totalCount
      edges { matchedThemes { id } node { id text(language: $l) } } } }`,
    variables: L,
  },
  {
    name: 'advocacySpaces',
    query: `query($l: String) { advocacySpaces(place: "warm-up-place", themes: ["warm-up-a", "warm-up-b"], first: 10) {
      score space { id level name(language: $l) place { id name(language: $l) } } matchedMessages { id text(language: $l) } } }`,
    variables: L,
  },
  {
    name: 'advocacySpaces-place',
    query:
      'query($l: String) { advocacySpaces(place: "warm-up-place", first: 20) { score space { id level name(language: $l) place { id name(language: $l) } } } }',
    variables: L,
  },
  ...(
    [
      ['intersectionGraph', false, false],
      ['intersectionGraph-spaces', true, false],
      ['intersectionGraph-record', true, true],
    ] as const
  ).map(([name, spaces, record]) => ({
    // The explorer's selection (web/src/explorer/explorer.js)
    name,
    query: `query($spaces: Boolean!, $record: Boolean!, $l: String) {
      intersectionGraph(themes: ["warm-up-a", "warm-up-b"], includeSpaces: $spaces, recordOnly: $record) {
        nodes { id recordId kind example label(language: $l) } edges { source target kind weight basis } } }`,
    variables: { ...L, spaces, record },
  })),
  {
    // Without the basis (the benchmark's): a statement that reads no link's basis
    name: 'intersectionGraph-plain',
    query: `query($l: String) { intersectionGraph(themes: ["warm-up-a", "warm-up-b"]) {
      nodes { id kind label(language: $l) } edges { source target kind weight } } }`,
    variables: L,
  },
  {
    name: 'search',
    query:
      'query($l: String) { search(text: "préservatifs", first: 20) { score message { id text(language: $l) themes { id } } } }',
    variables: L,
  },
  {
    name: 'briefingPack',
    query: `{ briefingPack(themes: ["warm-up-a", "warm-up-b"], place: "warm-up-place", language: "en") { title
      themes { id name { text } } sharedMessages { messages { id text { text } evidence { id } } }
      spaces { id score } partners { id } safety { note } fallbacks } }`,
  },
  {
    name: 'createMessage',
    query: 'mutation { createMessage(input: {text: "Un message", language: "fr", themes: ["warm-up-a"]}) { id } }',
  },
  {
    name: 'updateMessage',
    query:
      'mutation { updateMessage(input: {id: "warm-up-m", version: 1, translations: [{language: "en", text: "A message"}]}) { id version text } }',
  },
];

/** Runs each representative operation as an admin with a database that hands each statement to `take` and stops. */
async function rehearse(
  cypher: CypherRegistry,
  take: (s: Statement, operation: string) => Promise<void>,
  operations = REPRESENTATIVE,
): Promise<Array<{ operation: string; error?: string }>> {
  const schema = await getSchema();
  const outcomes = [];
  for (const op of operations) {
    const contextValue: Context = {
      db: new Rehearsal(cypher, (s) => take(s, op.name)),
      viewer: { role: 'admin', label: 'warm-up' },
    };
    const { errors = [] } = await graphql({ schema, source: op.query, variableValues: op.variables, contextValue });
    const unexpected = errors.find((e) => !(e.originalError instanceof Rehearsed));
    outcomes.push({ operation: op.name, ...(unexpected ? { error: unexpected.message } : {}) });
  }
  return outcomes;
}

/** The statements of some operations (by default the representative ones), without a database. */
export async function representativeStatements(
  cypher: CypherRegistry,
  operations = REPRESENTATIVE,
): Promise<Array<Statement & { operation: string }>> {
  const taken: Array<Statement & { operation: string }> = [];
  const failed = (
    await rehearse(
      cypher,
      async (s, operation) => {
        taken.push({ operation, ...s });
      },
      operations,
    )
  ).filter((o) => o.error);
  if (failed.length) throw new Error(failed.map((o) => `${o.operation}: ${o.error}`).join('; '));
  return taken;
}

/** Plans every representative statement (run and rolled back: see Db.plan), so Neo4j's plan cache holds them. */
export async function warmUp(db: Db): Promise<void> {
  const started = Date.now();
  const outcomes = await rehearse(db.cypher, async (s) => {
    await db.plan(s.text, s.params, s.mode);
  });
  const failed = outcomes.filter((o) => o.error);
  if (failed.length) logger.error('warm-up: some statements were not planned', { failed });
  logger.info('statements planned', { count: outcomes.length - failed.length, ms: Date.now() - started });
}
