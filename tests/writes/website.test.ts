// Organisation.website, the worked example of a scalar property added to the model (src/model/kinds.ts) alone:
// read in GraphQL, set by create and update (http/https URLs only), kept in history, and carried by the seed
// files and by CSV export and import.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../src/graph-data/seed.js';
import { readCsvFiles } from '../../src/import-export/csv.js';
import { writeCsvFiles } from '../../src/import-export/csv-write.js';
import { checksum, exportGraph } from '../../src/import-export/export.js';
import { importGraph } from '../../src/import-export/import.js';
import { testApi, uid, type TestApi } from '../support/api.js';
import { ADMIN, EDITOR, countWithPrefix, dropWritten } from './support.js';

const P = uid('web');
const id = (s: string) => `${P}-${s}`;
let api: TestApi;

beforeAll(async () => {
  api = await testApi();
});
afterAll(async () => {
  await dropWritten(api.db, P);
  await api.close();
});

const CREATE =
  'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id version website } }';
const UPDATE =
  'mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id version website } }';

describe('Organisation.website', () => {
  it('is set by create and update in one statement each, read back, and kept in history', async () => {
    await api.gql(
      'mutation($input: CreatePlaceInput!) { createPlace(input: $input) { id } }',
      {
        input: {
          id: id('lille'),
          name: 'Lille',
          language: 'fr',
          kind: 'CITY',
          countryCode: 'FR',
          visibility: 'PUBLIC',
        },
      },
      EDITOR,
    );
    const created = await api.gql(
      CREATE,
      {
        input: {
          id: id('o1'),
          name: 'Association',
          language: 'fr',
          kind: 'ASSOCIATION',
          website: 'https://example.org/asso',
          places: [id('lille')],
          visibility: 'PUBLIC',
        },
      },
      EDITOR,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createOrganisation).toEqual({ id: id('o1'), version: 1, website: 'https://example.org/asso' });
    expect(created.statements).toBe(1);

    const updated = await api.gql(
      UPDATE,
      { input: { id: id('o1'), version: 1, website: 'http://example.org/new' } },
      EDITOR,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateOrganisation).toEqual({ id: id('o1'), version: 2, website: 'http://example.org/new' });
    expect(updated.statements).toBe(1);

    const h = await api.gql('query($id: ID!) { history(id: $id) { action before after } }', { id: id('o1') }, EDITOR);
    expect(h.data!.history.map((c: any) => [c.action, c.before?.website ?? null, c.after.website])).toEqual([
      ['UPDATE', 'https://example.org/asso', 'http://example.org/new'],
      ['CREATE', null, 'https://example.org/asso'],
    ]);
  });

  it('refuses anything but an http or https URL, naming the field, and writes nothing', async () => {
    for (const website of ['javascript:alert(1)', 'ftp://example.org', 'example.org']) {
      const r = await api.gql(
        CREATE,
        { input: { id: id('bad'), name: 'X', language: 'fr', kind: 'NGO', website } },
        EDITOR,
      );
      expect(r.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [expect.objectContaining({ field: 'website' })],
      });
    }
    expect(await countWithPrefix(api.db, id('bad'))).toBe(0);
    const up = await api.gql(UPDATE, { input: { id: id('o1'), version: 2, website: 'mailto:a@example.org' } }, EDITOR);
    expect(up.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'website' })],
    });
  });

  it('goes through CSV export and import unchanged', async () => {
    const first = await exportGraph(api.db, { role: 'admin', prefix: P });
    expect(first.nodes.find((n) => n.id === id('o1'))!.props.website).toBe('http://example.org/new');
    const files = writeCsvFiles(first);
    expect(files.map((f) => f.file)).toEqual(['places.csv', 'organisations.csv']);
    expect(files[1].text.split('\n')[0]).toContain(',website,');
    const read = readCsvFiles(files.map((f) => ({ path: f.file, text: f.text })));
    expect(read.problems).toEqual([]);
    expect(read.doc).toEqual(first);

    await dropWritten(api.db, P);
    expect(await importGraph(api.db, read.doc, { viewer: ADMIN })).toMatchObject({
      nodesCreated: 2,
      relationshipsCreated: 1,
    });
    expect(checksum(await exportGraph(api.db, { role: 'admin', prefix: P }))).toBe(checksum(first));
  });

  it('is read from the seed files, and checked there too', () => {
    expect(readSeed().nodes.find((n) => n.label === 'Organisation' && n.id === 'mdm')!.props.website).toBe(
      'https://www.medecinsdumonde.org',
    );
  });
});
