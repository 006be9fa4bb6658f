// Import and export against the real database: every problem reported with its place and nothing written,
// all-or-nothing, a re-import that changes nothing, and export -> wipe -> import -> export giving the same
// document (counts and checksum). Community Neo4j has one user database, so the round trip uses the records
// this file owns (its id prefix) rather than an empty database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/graph-data/document.js';
import { readCsvFiles } from '../../src/import-export/csv.js';
import { checksum, exportGraph } from '../../src/import-export/export.js';
import { readJson } from '../../src/import-export/files.js';
import { importGraph } from '../../src/import-export/import.js';
import { testApi, uid, type TestApi } from '../support/api.js';
import { ADMIN, EDITOR, countWithPrefix, dropWritten } from './support.js';

const P = uid('ie');
const id = (s: string) => `${P}-${s}`;
let api: TestApi;

const changes = async () =>
  (
    await api.db.raw<{ n: number }>(
      'MATCH (c:Change) WHERE c.subjectId STARTS WITH $p RETURN count(c) AS n',
      { p: P },
      'READ',
    )
  )[0].n;

beforeAll(async () => {
  api = await testApi();
});
afterAll(async () => {
  await dropWritten(api.db, P);
  await api.close();
});

describe('export -> import round trip', () => {
  it('gives the same graph (counts and checksum), and a re-import changes nothing', async () => {
    const w = async (q: string, input: Record<string, unknown>) => {
      const r = await api.gql(q, { input }, ADMIN);
      expect(r.errors).toBeUndefined();
    };
    await w('mutation($input: CreateThemeInput!) { createTheme(input: $input) { id } }', {
      id: id('t1'),
      name: 'Santé',
      description: 'Soins',
      language: 'fr',
      visibility: 'PUBLIC',
    });
    await w('mutation($input: CreateThemeInput!) { createTheme(input: $input) { id } }', {
      id: id('t2'),
      name: 'Secret',
      language: 'fr',
      visibility: 'RESTRICTED',
    });
    await w('mutation($input: CreatePlaceInput!) { createPlace(input: $input) { id } }', {
      id: id('fr'),
      name: 'France',
      language: 'fr',
      kind: 'COUNTRY',
      countryCode: 'FR',
      visibility: 'PUBLIC',
    });
    await w('mutation($input: CreateAdvocacySpaceInput!) { createAdvocacySpace(input: $input) { id } }', {
      id: id('s1'),
      name: 'CLS',
      language: 'fr',
      level: 'LOCAL',
      places: [id('fr')],
      themes: [id('t1')],
    });
    await w('mutation($input: CreateMessageInput!) { createMessage(input: $input) { id } }', {
      id: id('m1'),
      text: 'Un message',
      language: 'fr',
      themes: [id('t1'), id('t2')],
      spaces: [id('s1')],
      basis: 'RECORD',
      visibility: 'PUBLIC',
    });
    await w('mutation($input: UpdateMessageInput!) { updateMessage(input: $input) { id } }', {
      id: id('m1'),
      version: 1,
      translations: [{ language: 'en', text: 'A message' }],
    });
    await w('mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', {
      id: id('o1'),
      name: 'Asso',
      aims: 'Pairs',
      language: 'fr',
      kind: 'ASSOCIATION',
      founded: 2001,
      places: [id('fr')],
    });
    await w('mutation($input: CreateEvidenceInput!) { createEvidence(input: $input) { id } }', {
      id: id('e1'),
      text: 'Témoignage',
      language: 'fr',
      kind: 'TESTIMONY',
      messages: [id('m1')],
      voicedBy: [id('o1')],
    });

    const first = await exportGraph(api.db, { role: 'admin', prefix: P });
    expect(first.nodes).toHaveLength(7);
    expect(first.relationships).toHaveLength(8);
    expect(first.nodes.find((n) => n.id === id('m1'))).toEqual({
      label: 'Message',
      id: id('m1'),
      visibility: 'PUBLIC',
      props: { example: false },
      texts: [
        { field: 'text', lang: 'en', value: 'A message', original: false },
        { field: 'text', lang: 'fr', value: 'Un message', original: true },
      ],
    });
    // Visibility is respected for the role the export runs as.
    const anonymous = await exportGraph(api.db, { role: 'anonymous', prefix: P });
    expect(anonymous.nodes.map((n) => n.id).sort()).toEqual([id('fr'), id('m1'), id('t1')]);
    expect(anonymous.relationships.every((r) => r.to.id !== id('t2'))).toBe(true);

    await dropWritten(api.db, P);
    expect(await countWithPrefix(api.db, P)).toBe(0);
    const applied = await importGraph(api.db, first, { viewer: ADMIN });
    expect(applied).toMatchObject({ nodesCreated: 7, relationshipsCreated: 8, dryRun: false });
    const second = await exportGraph(api.db, { role: 'admin', prefix: P });
    expect(second.nodes.length + second.relationships.length).toBe(first.nodes.length + first.relationships.length);
    expect(checksum(second)).toBe(checksum(first));

    const logged = await changes();
    expect(logged).toBe(7);
    const again = await importGraph(api.db, first, { viewer: ADMIN });
    expect(again).toMatchObject({ nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0 });
    expect(await changes()).toBe(logged);
    expect(checksum(await exportGraph(api.db, { role: 'admin', prefix: P }))).toBe(checksum(first));

    const h = await api.gql(
      'query($id: ID!) { history(id: $id) { action actorLabel after } }',
      { id: id('m1') },
      EDITOR,
    );
    expect(h.data!.history).toEqual([
      {
        action: 'IMPORT',
        actorLabel: 'coordination',
        after: expect.objectContaining({ id: id('m1'), label: 'Message' }),
      },
    ]);
    // The import's history names the links it wrote with their basis, as API writes do; the editor does not see
    // the one to the RESTRICTED theme t2 (an admin does).
    expect(h.data!.history[0].after.links).toEqual([`ADDRESSES ${id('t1')} RECORD`, `CARRIED_IN ${id('s1')} RECORD`]);
    const asAdmin = await api.gql('query($id: ID!) { history(id: $id) { after } }', { id: id('m1') }, ADMIN);
    expect(asAdmin.data!.history[0].after.links).toContain(`ADDRESSES ${id('t2')} RECORD`);
  });
});

describe('problems are reported with their place and nothing is written', () => {
  const doc = (): GraphDocument => ({
    nodes: [
      {
        label: 'Theme',
        id: id('j1'),
        visibility: 'PUBLIC',
        props: { example: true },
        texts: [{ field: 'name', lang: 'fr', value: 'Un', original: true }],
      },
      {
        label: 'Place',
        id: id('j2'),
        visibility: 'PUBLIC',
        props: { example: true, kind: 'VILLAGE', countryCode: 'FR' },
        texts: [{ field: 'name', lang: 'fr', value: 'X', original: true }],
      },
    ],
    relationships: [],
  });

  it('JSON: every problem with its entry index and path', () => {
    const bad = doc();
    bad.nodes[0].texts[0].lang = 'french';
    const read = readJson('graph.json', JSON.stringify(bad));
    expect(read.doc).toBeNull();
    expect(read.problems).toEqual([expect.stringMatching(/^graph\.json: nodes\[0\]\.texts\[0\]\.lang: /)]);
    const semantic = readJson('graph.json', JSON.stringify(doc()));
    expect(semantic.problems).toEqual([
      expect.stringMatching(new RegExp(`^graph\\.json: nodes\\[1\\] Place:${id('j2')}: props\\.kind: `)),
    ]);
    expect(readJson('graph.json', '{\n  "nodes": [,\n]}').problems).toEqual([
      expect.stringMatching(/^graph\.json line 2 column 13: not valid JSON: Unexpected token ','/),
    ]);
    expect(readJson('graph.json', '{\n  "nodes": []').problems).toEqual([
      expect.stringMatching(/^graph\.json line 2 column 14: not valid JSON/),
    ]);
  });

  it('a reference that resolves nowhere is named with where it is used, and nothing is written', async () => {
    const d = doc();
    d.nodes[1].props.kind = 'CITY';
    d.relationships.push({
      type: 'PART_OF',
      from: { label: 'Place', id: id('j2') },
      to: { label: 'Place', id: id('nowhere') },
      props: {},
    });
    await expect(importGraph(api.db, d, { viewer: ADMIN })).rejects.toMatchObject({
      lines: [`Place:${id('nowhere')}: not in the file nor in the graph (used at relationships[0])`],
    });
    expect(await countWithPrefix(api.db, id('j'))).toBe(0);
  });

  it('a failure while writing rolls back everything written before it', async () => {
    const d = doc();
    d.nodes[1].props.kind = 'CITY';
    // Valid and resolvable, but the driver refuses the whole transaction when a statement fails.
    const failing = Object.create(api.db) as typeof api.db;
    failing.writeTx = (work) =>
      api.db.writeTx(async (tx) => {
        await work({
          run: async (name, params, text) =>
            name.startsWith('graph-data/upsert-place') ? Promise.reject(new Error('cut')) : tx.run(name, params, text),
        });
        return undefined as never;
      });
    await expect(importGraph(failing, d, { viewer: ADMIN })).rejects.toThrow('cut');
    expect(await countWithPrefix(api.db, id('j'))).toBe(0);
  });

  it('CSV: every problem with its file and line', () => {
    const themes = [
      'id,visibility,name.fr,name.en',
      `${id('c1')},PUBLIC,Santé,Health`,
      'Bad Id,HIDDEN,x,',
      `${id('c2')},SECRET,,`,
    ].join('\n');
    const messages = ['id,text.fr,themes,colour', `${id('cm1')},Texte,${id('c1')};bad id,red`].join('\n');
    const read = readCsvFiles([
      { path: 'themes.csv', text: themes },
      { path: 'messages.csv', text: messages },
      { path: 'people.csv', text: 'id\n' },
    ]);
    expect(read.problems).toEqual([
      'themes.csv line 3: id: "Bad Id" is not kebab-case (lower-case letters, digits, single hyphens)',
      'themes.csv line 3: visibility: must be one of PUBLIC, INTERNAL, RESTRICTED',
      'themes.csv line 4: visibility: must be one of PUBLIC, INTERNAL, RESTRICTED',
      'themes.csv line 4: texts: needs a "name" text',
      expect.stringMatching(/^messages\.csv line 1: unknown column colour /),
      'messages.csv line 2: themes: "bad id" is not a kebab-case id',
      expect.stringMatching(/^people\.csv: the file name must name a kind/),
    ]);
  });

  it('CSV: applied all-or-nothing, links resolved across files and the graph, re-import changes nothing', async () => {
    const themes = ['id,visibility,name.fr,name.en,original', `${id('c1')},PUBLIC,Santé,Health,en`].join('\n');
    const messages = [
      'id,visibility,text.fr,themes,themes.record',
      `${id('cm1')},INTERNAL,"Texte, avec virgule",${id('c1')},`,
      `${id('cm2')},INTERNAL,Autre,,${id('c1')}`,
    ].join('\n');
    const read = readCsvFiles([
      { path: 'themes.csv', text: themes },
      { path: 'messages.csv', text: messages },
    ]);
    expect(read.problems).toEqual([]);
    expect(read.doc.relationships.map((r) => r.props.basis)).toEqual(['EDITORIAL', 'RECORD']);
    expect(read.doc.nodes[0].texts.find((t) => t.original)!.lang).toBe('en');
    const r = await importGraph(api.db, read.doc, { viewer: ADMIN, usedAt: read.usedAt });
    expect(r).toMatchObject({ nodesCreated: 3, relationshipsCreated: 2 });
    expect((await importGraph(api.db, read.doc, { viewer: ADMIN })).nodesUpdated).toBe(0);
    // A file that links to a theme already in the graph.
    const more = readCsvFiles([
      {
        path: 'Message.csv',
        text: `id,text.fr,themes\n${id('cm3')},Encore,${id('c1')}\n${id('cm4')},Non,${id('c-none')}`,
      },
    ]);
    await expect(importGraph(api.db, more.doc, { viewer: ADMIN, usedAt: more.usedAt })).rejects.toMatchObject({
      lines: [`Theme:${id('c-none')}: not in the file nor in the graph (used at Message.csv line 3 themes)`],
    });
    expect(await countWithPrefix(api.db, id('cm3'))).toBe(0);
  });

  it('a large CSV goes in chunks with progress, once', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `${id(`big-${i}`)},INTERNAL,Thème ${i}`);
    const read = readCsvFiles([{ path: 'themes.csv', text: ['id,visibility,name.fr', ...rows].join('\n') }]);
    let progressed = 0;
    const started = Date.now();
    const r = await importGraph(api.db, read.doc, {
      viewer: ADMIN,
      onProgress: (n) => {
        progressed += n;
      },
    });
    console.log(`imported 2500 themes (with history) in ${Date.now() - started} ms`);
    expect(r.nodesCreated).toBe(2500);
    expect(progressed).toBe(2500);
  });
});

describe('importGraph over GraphQL', () => {
  const IMPORT =
    'mutation($d: JSON!, $dry: Boolean) { importGraph(document: $d, dryRun: $dry) { dryRun nodes nodesCreated relationshipsCreated } }';
  const d = () => ({
    nodes: [
      {
        label: 'Theme',
        id: id('g1'),
        visibility: 'PUBLIC',
        props: { example: true },
        texts: [{ field: 'name', lang: 'fr', value: 'G', original: true }],
      },
    ],
    relationships: [],
  });

  it('is for admins; a dry run reports and writes nothing; problems are listed', async () => {
    expect((await api.gql(IMPORT, { d: d() }, EDITOR)).errors![0].extensions!.code).toBe('FORBIDDEN');
    const dry = await api.gql(IMPORT, { d: d(), dry: true }, ADMIN);
    expect(dry.data!.importGraph).toEqual({ dryRun: true, nodes: 1, nodesCreated: 1, relationshipsCreated: 0 });
    expect(await countWithPrefix(api.db, id('g1'))).toBe(0);
    expect(await changes()).toBeGreaterThan(0);
    const before = await changes();
    const done = await api.gql(IMPORT, { d: d() }, ADMIN);
    expect(done.data!.importGraph).toEqual({ dryRun: false, nodes: 1, nodesCreated: 1, relationshipsCreated: 0 });
    expect(await changes()).toBe(before + 1);
    const bad = await api.gql(
      IMPORT,
      { d: { nodes: [{ ...d().nodes[0], visibility: 'SECRET' }], relationships: [] } },
      ADMIN,
    );
    expect(bad.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'document',
      problems: [expect.stringMatching(/^nodes\[0\]\.visibility: /)],
    });
  });
});
