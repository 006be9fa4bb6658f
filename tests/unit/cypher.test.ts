// The Cypher each root field sends, without a database: one file per representative operation under
// tests/unit/cypher/ (review a change of a statement there), and the text depends on which fields are asked,
// never on their order or aliases (Neo4j caches plans by text).
import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { loadCypher } from '../../src/db/cypher-registry.js';
import { REPRESENTATIVE, representativeStatements } from '../../src/graphql/warm-up.js';

const cypher = loadCypher();
const statementOf = async (query: string) => (await representativeStatements(cypher, [{ name: 'q', query }]))[0];

describe('the Cypher of every root field', () => {
  it('matches its snapshot for each representative operation, one statement each', async () => {
    const statements = await representativeStatements(cypher);
    expect(statements.map((s) => s.operation)).toEqual(REPRESENTATIVE.map((o) => o.name));
    for (const s of statements) {
      const header = `// ${s.operation}: ${s.name} (${s.mode}), parameters: ${Object.keys(s.params).sort().join(', ')}\n`;
      await expect(header + s.text).toMatchFileSnapshot(`./cypher/${s.operation}.cypher`);
    }
  });
});

describe('canonical statements', () => {
  const plain = `{ advocacySpaces(place: "lille", themes: ["migration"]) {
    score space { id name(language: "en") level place { id name countryCode } themes { id name } } matchedMessages(first: 3) { id text } } }`;
  const shuffled = `{ spaces: advocacySpaces(themes: ["migration"], place: "lille") {
    mm: matchedMessages(first: 3) { body: text key: id }
    space { ts: themes { n: name id } lvl: level place { countryCode n: name id } label: name(language: "en") id }
    again: space { id } s: score } }`;

  it('send the same text whatever the order and aliases of the fields', async () => {
    const a = await statementOf(plain);
    const b = await statementOf(shuffled);
    expect(b.text).toBe(a.text);
    expect(Object.keys(b.params).sort()).toEqual(Object.keys(a.params).sort());
  });

  it('depend on which arguments are given, not on their values', async () => {
    const fr = await statementOf('{ themes { name(language: "fr") } }');
    const ptBR = await statementOf('{ themes { name(language: "pt-BR") } }');
    const none = await statementOf('{ themes { name } }');
    expect(ptBR.text).toBe(fr.text);
    expect(none.text).not.toBe(fr.text);
    expect(ptBR.params).toMatchObject({ p0: 'pt-BR', p1: 'pt' });
  });

  it('ask a field once per set of arguments, however many aliases ask it', async () => {
    const s = await statementOf(
      '{ themes { a: name b: name en: name(language: "en") en2: name(language: "en") fr: name(language: "fr") } }',
    );
    expect(s.text.match(/name(_\d)?: coalesce/g)).toEqual(['name_0: coalesce', 'name_1: coalesce', 'name_2: coalesce']);
  });
});
