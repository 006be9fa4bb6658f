// The translation workflow against the real database, on records this file owns (its id prefix): export what
// Russian lacks as XLIFF 2.0, translate two texts, import, export again; the same through CSV and GraphQL;
// a malformed file or a unit naming a record nobody may translate is refused with its place and nothing
// written; history keeps each translation with its status and translator; the role decides what goes out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTranslations } from '../../src/translations/export.js';
import { importTranslations, readTranslations } from '../../src/translations/import.js';
import { toCsv } from '../../src/translations/csv.js';
import { toXliff } from '../../src/translations/xliff.js';
import { createFixture } from '../support/fixture.js';
import { testApi, uid, type TestApi } from '../support/api.js';
import { ADMIN, EDITOR, dropWritten } from '../writes/support.js';

const P = uid('tr');
const id = (s: string) => `${P}-${s}`;
let api: TestApi;

/** The Russian texts of the file's records as stored: value, status, translator, by record and field. */
const stored = async () =>
  api.db.raw<{ id: string; field: string; value: string; status: string | null; translator: string | null }>(
    `MATCH (n)-[:HAS_TEXT]->(t:Text {lang: 'ru'}) WHERE n.id STARTS WITH $p
     RETURN n.id AS id, t.field AS field, t.value AS value, t.status AS status, t.translator AS translator ORDER BY id, field`,
    { p: P },
    'READ',
  );
const versionOf = async (key: string) =>
  (await api.db.raw<{ v: number }>('MATCH (n {id: $id}) RETURN n.version AS v', { id: id(key) }, 'READ'))[0].v;

const ru = (
  scope: 'MISSING' | 'UNREVIEWED' | 'ALL' = 'UNREVIEWED',
  role: 'editor' | 'anonymous' | 'admin' = 'editor',
) => exportTranslations(api.db, { role, language: 'ru', scope, prefix: P });

beforeAll(async () => {
  api = await testApi();
  await createFixture(
    api.db,
    [
      { label: 'Theme', id: id('health'), texts: { fr: 'Santé', en: 'Health' } },
      { label: 'Message', id: id('condoms'), texts: { fr: 'Préservatifs gratuits', en: 'Free condoms' } },
      { label: 'Message', id: id('care'), texts: { fr: 'Accès aux soins', en: 'Access to care' } },
      { label: 'Message', id: id('team'), visibility: 'INTERNAL', texts: { fr: 'Note d’équipe', en: 'Team note' } },
      { label: 'Message', id: id('secret'), visibility: 'RESTRICTED', texts: { fr: 'Secret', en: 'Secret' } },
    ],
    [{ type: 'ADDRESSES', from: id('condoms'), to: id('health') }],
  );
  // One draft already there, as the seed's are.
  await api.db.raw(
    `MATCH (n:Message {id: $id}) CREATE (n)-[:HAS_TEXT]->(:Text:MessageText:RussianText {field: 'text', lang: 'ru',
       value: 'Доступ к помощи', folded: 'доступ к помощи', original: false, status: 'DRAFT', translator: 'project'})`,
    { id: id('care') },
  );
});
afterAll(async () => {
  await dropWritten(api.db, P);
  await api.close();
});

describe('an XLIFF round trip', () => {
  it('exports what Russian lacks, takes two translations back with their status and translator, and exports the rest', async () => {
    const first = await ru();
    // Editors get PUBLIC and INTERNAL texts, the missing ones and the draft; never the RESTRICTED record.
    expect(first.units.map((u) => [u.id, u.state, u.visibility])).toEqual([
      [id('care'), 'DRAFT', 'PUBLIC'],
      [id('condoms'), 'MISSING', 'PUBLIC'],
      [id('team'), 'MISSING', 'INTERNAL'],
      [id('health'), 'MISSING', 'PUBLIC'],
    ]);
    const xliff = toXliff(first);
    expect(xliff).toContain(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ru">',
    );
    expect(xliff).toContain(`<unit id="Message.${id('condoms')}.text">`);
    expect(xliff).toContain('<note category="original">fr: Préservatifs gratuits</note>');
    expect(xliff).not.toContain('Secret');

    // A translator reviews the draft and translates one missing text, leaving the others empty.
    const done = xliff
      .replace(
        '<segment state="translated">\n        <source>Access to care</source>\n        <target>Доступ к помощи</target>',
        '<segment state="reviewed">\n        <source>Access to care</source>\n        <target>Доступ к медицинской помощи</target>',
      )
      .replace(
        '<source>Free condoms</source>',
        '<source>Free condoms</source>\n        <target>Бесплатные презервативы</target>',
      );
    expect(done).not.toBe(xliff);
    const read = readTranslations('XLIFF', 'ru.xlf', done);
    expect(read.problems).toEqual([]);
    const before = await versionOf('care');
    const r = await importTranslations(api.db, read as never, { viewer: EDITOR, translator: 'Yulia (Russia team)' });
    expect(r).toEqual({
      language: 'ru',
      dryRun: false,
      units: 2,
      untranslated: 2,
      textsWritten: 2,
      recordsChanged: 2,
    });
    expect(await stored()).toEqual([
      {
        id: id('care'),
        field: 'text',
        value: 'Доступ к медицинской помощи',
        status: 'REVIEWED',
        translator: 'Yulia (Russia team)',
      },
      {
        id: id('condoms'),
        field: 'text',
        value: 'Бесплатные презервативы',
        status: 'DRAFT',
        translator: 'Yulia (Russia team)',
      },
    ]);
    expect(await versionOf('care')).toBe(before + 1);
    // The imported text is searchable in its language by anyone who may see its record (src/model/scope.ts).
    const found: any = await api.gql(
      '{ searchRecords(text: "презервативов", language: "ru", kinds: [MESSAGE], first: 100) { edges { node { ... on Message { id } } } } }',
    );
    expect(found.data.searchRecords.edges.map((e: any) => e.node.id).filter((i: string) => i.startsWith(P))).toEqual([
      id('condoms'),
    ]);

    // Exported again: the reviewed text is done, the new one is a draft, the two untouched still missing.
    const again = await ru();
    expect(again.units.map((u) => [u.id, u.state, u.target])).toEqual([
      [id('condoms'), 'DRAFT', 'Бесплатные презервативы'],
      [id('team'), 'MISSING', null],
      [id('health'), 'MISSING', null],
    ]);
    expect((await ru('ALL')).units.find((u) => u.id === id('care'))).toMatchObject({
      state: 'REVIEWED',
      status: 'REVIEWED',
      translator: 'Yulia (Russia team)',
    });
    // The same file again changes nothing, and records no more history.
    const changes = await api.db.raw<{ n: number }>(
      "MATCH (c:Change {action: 'TRANSLATE'}) WHERE c.subjectId STARTS WITH $p RETURN count(c) AS n",
      { p: P },
      'READ',
    );
    const twice = await importTranslations(api.db, read as never, { viewer: EDITOR });
    expect(twice.textsWritten).toBe(0);
    expect(
      (
        await api.db.raw<{ n: number }>(
          "MATCH (c:Change {action: 'TRANSLATE'}) WHERE c.subjectId STARTS WITH $p RETURN count(c) AS n",
          { p: P },
          'READ',
        )
      )[0].n,
    ).toBe(changes[0].n);
  });

  it('keeps each translation in history: who imported it, its text, status and translator before and after', async () => {
    const r = await api.gql(
      `{ history(id: "${id('care')}") { action actorLabel subjectId before after } }`,
      {},
      EDITOR,
    );
    expect(r.errors).toBeUndefined();
    const translate = r.data!.history.find((c: any) => c.action === 'TRANSLATE');
    expect(translate).toMatchObject({ actorLabel: 'Lille team', subjectId: id('care') });
    expect(translate.before).toEqual({
      id: id('care'),
      language: 'ru',
      texts: [{ field: 'text', status: 'DRAFT', translator: 'project', value: 'Доступ к помощи' }],
    });
    expect(translate.after.texts).toEqual([
      { field: 'text', status: 'REVIEWED', translator: 'Yulia (Russia team)', value: 'Доступ к медицинской помощи' },
    ]);
  });
});

describe('refused files: a placed problem, nothing written', () => {
  it('refuses malformed XLIFF on its line', async () => {
    const xliff = toXliff(await ru('ALL'));
    const broken = xliff.replace('<source>Health</source>', '<source>Health</sourc>');
    expect(broken).not.toBe(xliff);
    const line = broken.split('\n').findIndex((l) => l.includes('</sourc>')) + 1;
    const read = readTranslations('XLIFF', 'ru.xlf', broken);
    expect(read.units).toBeNull();
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatch(new RegExp(`^ru\\.xlf line ${line} column \\d+: not well-formed XML: .*'source'`));
  });

  it('writes nothing when one unit names a record the caller may not translate, and places each problem', async () => {
    const before = await stored();
    const x = await ru('ALL', 'admin');
    for (const u of x.units) u.target = `${u.source} (ru)`;
    for (const u of x.units) u.state = 'DRAFT';
    const xliff = toXliff(x);
    const read = readTranslations('XLIFF', 'all.xlf', xliff);
    expect(read.problems).toEqual([]);
    // An editor may not see the RESTRICTED message: it is refused as an unknown record, at its unit's line.
    const line = xliff.split('\n').findIndex((l) => l.includes(`<unit id="Message.${id('secret')}.text">`)) + 1;
    await expect(importTranslations(api.db, read as never, { viewer: EDITOR })).rejects.toMatchObject({
      lines: [`all.xlf line ${line}: no such record that you may see`],
    });
    expect(await stored()).toEqual(before);
  });

  it('places problems in a file that names unknown kinds, fields or statuses (CSV)', () => {
    const csv = [
      'kind,id,field,language,target,status',
      `Message,${id('condoms')},text,ru,Да,DONE`,
      `Theme,${id('health')},text,ru,Здоровье,DRAFT`,
      `Spaceship,${id('x')},name,ru,Корабль,DRAFT`,
      `Message,${id('care')},text,ru,,`,
    ].join('\n');
    expect(readTranslations('CSV', 'ru.csv', csv).problems).toEqual([
      'ru.csv line 2: status must be DRAFT or REVIEWED for a translated text',
      'ru.csv line 3: Theme has no text field "text"',
      'ru.csv line 4: unknown kind "Spaceship" (one of Source, Section, Theme, Message, Space, Place, Organisation, Pairing, Evidence, Principle, Risk, Perspective)',
    ]);
  });

  it('keeps markup characters as text both ways, and refuses a DOCTYPE (entity expansion) on its line', () => {
    const text = 'Santé & <droits> "pour" toutes';
    const xliff = toXliff({
      language: 'ru',
      sourceLanguage: 'en',
      units: [
        {
          kind: 'Message',
          id: 'm',
          field: 'text',
          visibility: 'PUBLIC',
          sections: [],
          state: 'DRAFT',
          sourceLanguage: 'en',
          source: text,
          originalLanguage: 'fr',
          original: text,
          target: `${text} (ru)`,
          status: 'DRAFT',
          translator: null,
        },
      ],
    });
    expect(xliff).toContain('<source>Santé &amp; &lt;droits&gt;');
    const read = readTranslations('XLIFF', 'm.xlf', xliff);
    expect(read.units).toEqual([
      { kind: 'Message', id: 'm', field: 'text', value: `${text} (ru)`, status: 'DRAFT', place: 'm.xlf line 4' },
    ]);
    const bomb = '<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY a "aaaaaaaa">]>\n<xliff version="2.0">&a;</xliff>';
    expect(readTranslations('XLIFF', 'bomb.xlf', bomb).problems).toEqual(['bomb.xlf line 2: a DOCTYPE is not allowed']);
  });

  it('refuses to translate a text into its own original language', async () => {
    const read = readTranslations(
      'CSV',
      'fr.csv',
      `kind,id,field,language,target,status\nTheme,${id('health')},name,fr,Santé !,DRAFT\n`,
    );
    await expect(importTranslations(api.db, read as never, { viewer: ADMIN })).rejects.toMatchObject({
      lines: ['fr.csv line 2: the text was written in this language: it is the original, not a translation'],
    });
  });
});

describe('CSV and GraphQL', () => {
  it('round-trips through CSV, and the dry run writes nothing', async () => {
    const csv = toCsv(await ru('MISSING'));
    expect(csv.split('\n')[0]).toBe(
      'kind,id,field,visibility,sections,source_language,source,original_language,original,language,target,status,translator',
    );
    const filled = csv.replace(
      `Theme,${id('health')},name,PUBLIC,,en,Health,fr,Santé,ru,,,`,
      `Theme,${id('health')},name,PUBLIC,,en,Health,fr,Santé,ru,Здоровье,REVIEWED,`,
    );
    expect(filled).not.toBe(csv);
    const read = readTranslations('CSV', 'ru.csv', filled);
    expect(read.problems).toEqual([]);
    const dry = await importTranslations(api.db, read as never, { viewer: EDITOR, dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, textsWritten: 1 });
    expect((await stored()).some((s) => s.id === id('health'))).toBe(false);
    await importTranslations(api.db, read as never, { viewer: EDITOR });
    expect((await stored()).find((s) => s.id === id('health'))).toEqual({
      id: id('health'),
      field: 'name',
      value: 'Здоровье',
      status: 'REVIEWED',
      translator: 'Lille team',
    });
  });

  it('gives editors the file over GraphQL and takes it back; anonymous readers and viewers get FORBIDDEN', async () => {
    const q = `query($l: String!) { translationFile(language: $l, format: CSV, scope: ALL) { language sourceLanguage format texts content } }`;
    const anon = await api.gql(q, { l: 'ru' });
    expect(anon.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(anon)).not.toContain(P);
    const file = await api.gql(q, { l: 'ru' }, EDITOR);
    expect(file.errors).toBeUndefined();
    expect(file.data!.translationFile).toMatchObject({ language: 'ru', sourceLanguage: 'en', format: 'CSV' });
    expect(file.data!.translationFile.content).toContain(`Message,${id('team')},text,INTERNAL`);
    expect(file.data!.translationFile.content).not.toContain(id('secret'));

    const m = `mutation($c: String!) { importTranslations(format: XLIFF, content: $c, dryRun: true) { language units textsWritten } }`;
    const bad = await api.gql(m, { c: '<xliff version="2.0"><file>' }, EDITOR);
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [expect.stringMatching(/^content \(XLIFF\) line 1 column \d+: not well-formed XML/)],
    });
    const bad2 = await api.gql(m, { c: 'x' }, { role: 'viewer', label: 'partner' });
    expect(bad2.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
