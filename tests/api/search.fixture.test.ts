// Search in Russian, Spanish and languages without an analyser, British and American spellings, and texts written
// through the API (the language label every write path sets): on a small fixture of this file's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/domain/viewer.js';
import { createFixture, dropFixture } from '../support/fixture.js';
import { withFolded } from '../../src/db/fold.js';
import { scopeClause } from '../../src/model/scope.js';
import { testApi, uid, type TestApi } from '../support/api.js';

const P = uid('srch');
/** A word only this file's texts hold, in English texts beside Russian and Spanish ones. */
const WORD = `zq${P.replace(/[^a-z]/g, '')}`;
const EDITOR: Viewer = { role: 'editor', label: `${P}-editor` };
let api: TestApi;

beforeAll(async () => {
  api = await testApi();
  await createFixture(
    api.db,
    [
      { label: 'Theme', id: `${P}-theme`, texts: { fr: 'Thème témoin', en: 'Test theme' } },
      { label: 'Message', id: `${P}-ru`, texts: { ru: 'Страх депортации из страны', en: `Fear of removal ${WORD}` } },
      { label: 'Message', id: `${P}-es`, texts: { es: 'Derechos de los trabajadores sexuales', en: `Rights ${WORD}` } },
      { label: 'Message', id: `${P}-vi`, texts: { vi: 'Xét nghiệm miễn phí cho cộng đồng' } },
      { label: 'Message', id: `${P}-gb`, texts: { en: 'The colour of their behaviour is analysed' } },
      {
        label: 'Message',
        id: `${P}-hidden`,
        visibility: 'INTERNAL',
        texts: { ru: 'Депортация депортированных', en: 'Deportation of the deported' },
      },
    ],
    [{ type: 'ADDRESSES', from: `${P}-ru`, to: `${P}-theme` }],
  );
});
afterAll(async () => {
  await dropFixture(api.db, P);
  await api.close();
});

const RECORDS = `query($text: String!, $language: String) { searchRecords(text: $text, kinds: [MESSAGE], language: $language, first: 100) {
  edges { score node { ... on Message { id } } snippet { text language highlights { start end } } } } }`;

async function mine(text: string, language?: string, viewer?: Viewer) {
  const r: any = await api.gql(RECORDS, { text, language }, viewer);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data.searchRecords.edges
    .filter((e: any) => e.node.id.startsWith(P))
    .map((e: any) => ({
      id: e.node.id.slice(P.length + 1),
      score: e.score,
      marked: e.snippet.highlights.map((h: any) => e.snippet.text.slice(h.start, h.end)),
    }));
}

describe("search in the users' languages", () => {
  it('Russian: an inflected form finds the text (Russian stemming), accents and case folded', async () => {
    expect(await mine('депортация')).toEqual([{ id: 'ru', score: 1, marked: ['депортации'] }]);
    expect(await mine('ДЕПОРТАЦИЕЙ страна')).toEqual([{ id: 'ru', score: 1, marked: ['депортации', 'страны'] }]);
  });

  it('Spanish: singular finds plural (Spanish stemming)', async () => {
    expect(await mine('trabajador sexual')).toEqual([{ id: 'es', score: 1, marked: ['trabajadores', 'sexuales'] }]);
  });

  it('a language without an analyser is found by its exact words, accents folded', async () => {
    expect(await mine('nghiem mien phi')).toEqual([{ id: 'vi', score: 1, marked: ['nghiệm', 'miễn', 'phí'] }]);
  });

  it('British and American spellings find each other (-our/-or, -yse/-yze)', async () => {
    expect(await mine('color behavior analyzed')).toEqual([
      { id: 'gb', score: 1, marked: ['colour', 'behaviour', 'analysed'] },
    ]);
    expect(await mine('colour')).toEqual([{ id: 'gb', score: 1, marked: ['colour'] }]);
  });

  it('a query in one language finds the exact words of another; language limits the texts', async () => {
    expect(await mine(WORD)).toEqual([
      { id: 'es', score: 1, marked: [WORD] },
      { id: 'ru', score: 1, marked: [WORD] },
    ]);
    expect(await mine('страх')).toEqual([{ id: 'ru', score: 1, marked: ['Страх'] }]);
    expect(await mine('депортация', 'en')).toEqual([]);
    expect(await mine('депортация', 'ru')).toEqual([{ id: 'ru', score: 1, marked: ['депортации'] }]);
  });

  it("hidden records are found by those who may see them only, and never change the others' scores", async () => {
    expect((await mine('депортация deportation')).map((h: any) => h.id)).toEqual(['ru']);
    const staff = await mine('депортация deportation', undefined, { role: 'viewer', label: null });
    expect(staff.map((h: any) => [h.id, h.score])).toEqual([
      ['hidden', 0.5],
      ['ru', 0.5],
    ]);
  });
});

describe('words more texts hold than search reads per word (DEPTH, src/graphql/queries/search.ts)', () => {
  const CROWD = 1001;
  const [A, B, C] = ['a', 'b', 'c'].map((x) => `${WORD}${x}`);
  const LONG = 'Une longue phrase qui parle de bien des choses et de';
  beforeAll(async () => {
    // Short texts repeating a word rank first for it in Lucene; the texts search must find are long ones.
    const crowd = (word: string, vis: string, value: string) =>
      Array.from({ length: CROWD }, (_, i) => ({ id: `${P}-${word}-${i}`, vis, value }));
    const rows = [
      ...crowd(C, 'INTERNAL', `${C} ${C} ${C}`),
      { id: `${P}-lone`, vis: 'PUBLIC', value: `${LONG} ${C}` },
      ...crowd(A, 'PUBLIC', `${A} ${A}`),
      ...crowd(B, 'PUBLIC', `${B} ${B}`),
      { id: `${P}-both`, vis: 'PUBLIC', value: `${LONG} ${A} puis de ${B}` },
    ].map((r) => ({ ...r, text: withFolded({ lang: 'fr', value: r.value }) }));
    await api.db.raw(
      `UNWIND $rows AS r
      CREATE (n:Message {id: r.id, visibility: r.vis, version: 1, archived: false, example: false})
      CREATE (n)-[:HAS_TEXT]->(t:Text:MessageText {field: 'text', lang: 'fr', value: r.text.value, folded: r.text.folded, original: true})
      SET t:$(r.text.labels)
      ${scopeClause('n')}`,
      { rows },
    );
  });

  it('hidden texts never take the place of a visible one', async () => {
    expect(await mine(C)).toEqual([{ id: 'lone', score: 1, marked: [C] }]);
  });

  it('a text holding every word is found although each word alone has over a thousand better hits', async () => {
    const found = await mine(`${A} ${B}`);
    expect(found[0]).toEqual({ id: 'both', score: 1, marked: [A, B] });
    expect(found.slice(1).every((h: { score: number }) => h.score === 0.5)).toBe(true);
  });
});

describe('texts written through the API are searchable in their language', () => {
  it("createMessage and a translation added by updateMessage get their language's analysis", async () => {
    const created: any = await api.gql(
      `mutation($i: CreateMessageInput!) { createMessage(input: $i) { id version } }`,
      {
        i: {
          id: `${P}-new`,
          text: 'Выдача документов мигрантам',
          language: 'ru',
          themes: [`${P}-theme`],
          visibility: 'PUBLIC',
        },
      },
      EDITOR,
    );
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    expect(await mine('документ мигранты')).toEqual([{ id: 'new', score: 1, marked: ['документов', 'мигрантам'] }]);
    const updated: any = await api.gql(
      `mutation($i: UpdateMessageInput!) { updateMessage(input: $i) { version } }`,
      {
        i: {
          id: `${P}-new`,
          version: created.data.createMessage.version,
          translations: [{ language: 'es', text: 'Entrega de documentos a los migrantes' }],
        },
      },
      EDITOR,
    );
    expect(updated.errors, JSON.stringify(updated.errors)).toBeUndefined();
    expect(await mine('migrante', 'es')).toEqual([{ id: 'new', score: 1, marked: ['migrantes'] }]);
  });
});
