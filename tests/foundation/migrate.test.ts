// Migrations: every one recorded once (4, 7, 10 and 11 are code); 0004 gives texts written before Text.folded existed
// their folded form, which search scores from, and 0011 the scope that says who may find them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillScopes } from '../../src/db/scope.js';
import { foldTexts, migrate, readMigrations } from '../../src/db/migrate.js';
import { dropFixture } from '../support/fixture.js';
import { testApi, uid, type TestApi } from '../support/api.js';

const P = uid('mig');
let api: TestApi;
beforeAll(async () => {
  api = await testApi();
});
afterAll(async () => {
  await dropFixture(api.db, P);
  await api.close();
});

describe('migrations', () => {
  it('are all recorded, and a second run applies nothing', async () => {
    expect(await migrate(api.db)).toEqual([]);
    const versions = (
      await api.db.raw<{ v: number }>('MATCH (m:Migration) RETURN m.version AS v ORDER BY v', {}, 'READ')
    ).map((r) => r.v);
    expect(versions).toEqual([...readMigrations().map((m) => m.version), 4, 7, 10, 11].sort((a, b) => a - b));
  });

  it('0004 folds the texts that have no folded form, 0011 gives them a scope, and search then finds and scores them', async () => {
    await api.db.raw(
      `CREATE (m:Message {id: $id, visibility: 'PUBLIC', version: 1, archived: false, example: false})
      CREATE (m)-[:HAS_TEXT]->(:Text:MessageText {field: 'text', lang: 'vi', value: 'Xét nghiệm miễn phí Zẻbrùla', original: true})`,
      { id: `${P}-old` },
    );
    await foldTexts(api.db);
    const [row] = await api.db.raw<{ folded: string }>(
      'MATCH (:Message {id: $id})-[:HAS_TEXT]->(t) RETURN t.folded AS folded',
      { id: `${P}-old` },
      'READ',
    );
    expect(row.folded).toBe('xet nghiem mien phi zebrula');
    await api.db.raw('CALL db.awaitIndexes(60)', {}, 'READ');
    const ask = () => api.gql('{ search(text: "zebrula") { score message { id } } }');
    // Without a scope, search cannot tell who may find the text: it finds nothing.
    expect((await ask()).data!.search).toEqual([]);
    await fillScopes(api.db);
    const r = await ask();
    expect(r.errors).toBeUndefined();
    expect(r.data!.search).toEqual([{ score: 1, message: { id: `${P}-old` } }]);
  });
});
