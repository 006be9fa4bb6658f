// Writes and history never give away a record the caller may not see: links in change records are filtered
// when read, ids of hidden records carry no text, create answers an invalid input the same whether its id is
// taken by a hidden record or free, and purge does not bring a restricted record's old text back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/graphql/context.js';
import { createRecord } from '../../src/graphql/mutations/create.js';
import { countOut, createFixture, setMessage } from '../support/fixture.js';
import { testApi, uid, type TestApi } from '../support/api.js';
import { ADMIN, EDITOR, dropWritten } from './support.js';

const P = uid('hid');
const id = (s: string) => `${P}-${s}`;
const SECRET = /secret/;
let api: TestApi;

const HISTORY = `query($id: ID!, $label: RecordLabel) { history(id: $id, label: $label) { action subjectId visibility before after } }`;
const ARCHIVE = 'mutation($i: ArchiveInput!) { archive(input: $i) { action before after } }';
const PURGE = 'mutation($label: RecordLabel!, $id: ID!) { purge(label: $label, id: $id) { action } }';

beforeAll(async () => {
  api = await testApi();
  const secret = (label: string, key: string, props: Record<string, unknown> = {}) => ({
    label,
    id: id(`secret-${key}`),
    visibility: 'RESTRICTED',
    texts: { fr: `secret ${key}` },
    props,
  });
  await createFixture(
    api.db,
    [
      { label: 'Theme', id: id('t1'), visibility: 'PUBLIC', texts: { fr: 'Thème public' } },
      {
        label: 'Place',
        id: id('city'),
        visibility: 'PUBLIC',
        texts: { fr: 'Ville' },
        props: { kind: 'CITY', countryCode: 'FR' },
      },
      secret('Theme', 'theme'),
      secret('Space', 'space', { level: 'LOCAL' }),
      secret('Place', 'place', { kind: 'REGION', countryCode: 'FR' }),
      secret('Organisation', 'org', { kind: 'NGO' }),
      secret('Message', 'message'),
      secret('Theme', 'gone'),
      { label: 'Theme', id: id('public-gone'), visibility: 'PUBLIC', texts: { fr: 'Thème public supprimé' } },
      { label: 'Message', id: id('archived'), visibility: 'PUBLIC', texts: { fr: 'Message archivé' } },
    ],
    [],
  );
  await setMessage(api.db, id('archived'), 'm.archived = true');
});

afterAll(async () => {
  await dropWritten(api.db, P);
  await api.close();
});

/** Runs a mutation that must succeed and returns its one root value. */
async function ok(query: string, variables: Record<string, unknown>, viewer = ADMIN) {
  const r = await api.gql(query, variables, viewer);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return Object.values(r.data!)[0] as Record<string, any>;
}

const history = async (subject: string, viewer = EDITOR, label?: string) => {
  const r = await api.gql(HISTORY, { id: subject, label }, viewer);
  expect(r.errors).toBeUndefined();
  return r.data!.history as Array<Record<string, any>>;
};

describe('history and archive results', () => {
  it('never show an editor a link to a record they may not see, whatever the link type', async () => {
    // Public records made by an admin, each linked to restricted ones through every link its kind has.
    await ok('mutation($i: CreateMessageInput!) { createMessage(input: $i) { id } }', {
      i: {
        id: id('m'),
        text: 'Message public',
        language: 'fr',
        visibility: 'PUBLIC',
        themes: [id('t1'), id('secret-theme')],
        spaces: [id('secret-space')],
      },
    });
    await ok('mutation($i: CreateAdvocacySpaceInput!) { createAdvocacySpace(input: $i) { id } }', {
      i: {
        id: id('s'),
        name: 'Espace public',
        language: 'fr',
        visibility: 'PUBLIC',
        level: 'LOCAL',
        themes: [id('secret-theme')],
        places: [id('secret-place'), id('city')],
      },
    });
    await ok('mutation($i: CreatePlaceInput!) { createPlace(input: $i) { id } }', {
      i: {
        id: id('p'),
        name: 'Quartier',
        language: 'fr',
        visibility: 'PUBLIC',
        kind: 'CITY',
        countryCode: 'FR',
        partOf: [id('secret-place')],
      },
    });
    await ok('mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }', {
      i: {
        id: id('o'),
        name: 'Association',
        language: 'fr',
        visibility: 'PUBLIC',
        kind: 'NGO',
        places: [id('secret-place')],
        themes: [id('secret-theme')],
        partners: [id('secret-org')],
      },
    });
    await ok('mutation($i: CreateEvidenceInput!) { createEvidence(input: $i) { id } }', {
      i: {
        id: id('e'),
        text: 'Témoignage',
        language: 'fr',
        visibility: 'PUBLIC',
        kind: 'QUOTE',
        messages: [id('secret-message')],
        themes: [id('secret-theme')],
        voicedBy: [id('secret-org')],
      },
    });
    await ok('mutation($i: LinkMessageInput!) { linkMessage(input: $i) { id } }', {
      i: { id: id('m'), version: 1, spaces: [id('secret-space')], themes: [id('secret-theme')] },
    });

    const seen: string[] = [];
    for (const [subject, label] of [
      ['m', 'Message'],
      ['s', 'Space'],
      ['p', 'Place'],
      ['o', 'Organisation'],
      ['e', 'Evidence'],
    ]) {
      const editor = await history(id(subject), EDITOR, label.toUpperCase());
      expect(editor.length).toBeGreaterThan(0);
      expect(JSON.stringify(editor), `${label} history`).not.toMatch(SECRET);
      // The admin sees them: the filter is the caller's, not the record's.
      expect(JSON.stringify(await history(id(subject), ADMIN, label.toUpperCase()))).toMatch(SECRET);
      seen.push(...editor.flatMap((c) => c.after?.links ?? []));
    }
    // Visible links stay.
    expect(seen).toEqual(expect.arrayContaining([`ADDRESSES ${id('t1')} EDITORIAL`, `LOCATED_IN ${id('city')}`]));

    // A link that changed nothing the editor may see is not shown as a change.
    expect((await history(id('m'))).map((c) => c.action)).toEqual(['CREATE']);

    // Archiving answers with the change: the archiving editor sees no hidden link in it either.
    const archived = await ok(ARCHIVE, { i: { label: 'MESSAGE', id: id('m'), version: 2 } }, EDITOR);
    expect(archived.before.links).toEqual([`ADDRESSES ${id('t1')} EDITORIAL`]);
    expect(JSON.stringify(archived)).not.toMatch(SECRET);
  });

  it('show a link to a purged record only to those who could see it when it was purged', async () => {
    await ok('mutation($i: CreateMessageInput!) { createMessage(input: $i) { id } }', {
      i: {
        id: id('m-gone'),
        text: 'Message public',
        language: 'fr',
        visibility: 'PUBLIC',
        themes: [id('t1'), id('secret-gone'), id('public-gone')],
      },
    });
    await ok(PURGE, { label: 'THEME', id: id('secret-gone') });
    await ok(PURGE, { label: 'THEME', id: id('public-gone') });
    const [created] = await history(id('m-gone'));
    expect(created.after.links).toEqual([
      `ADDRESSES ${id('public-gone')} EDITORIAL`,
      `ADDRESSES ${id('t1')} EDITORIAL`,
    ]);
    const [asAdmin] = await history(id('m-gone'), ADMIN);
    expect(asAdmin.after.links).toContain(`ADDRESSES ${id('secret-gone')} EDITORIAL`);
  });
});

describe('ids of hidden records', () => {
  it('are random for INTERNAL and RESTRICTED records created without an id, readable for PUBLIC ones, stable on a retry', async () => {
    const text = 'Safe house 14 rue des Lilas peer meeting';
    const internal = await ok(
      'mutation($i: CreateAdvocacySpaceInput!) { createAdvocacySpace(input: $i) { id } }',
      { i: { name: text, language: 'en', level: 'LOCAL' } },
      EDITOR,
    );
    const restricted = await ok('mutation($i: CreateMessageInput!) { createMessage(input: $i) { id } }', {
      i: { text, language: 'en', visibility: 'RESTRICTED', themes: [id('t1')] },
    });
    for (const r of [internal, restricted]) {
      expect(r.id).toMatch(/^[a-z]+-[0-9a-f]{24}$/);
      expect(r.id).not.toMatch(/safe|house|lilas|peer|meeting/);
    }
    const pub = await ok('mutation($i: CreateThemeInput!) { createTheme(input: $i) { id } }', {
      i: { name: `${P} Santé publique`, language: 'fr', visibility: 'PUBLIC' },
    });
    expect(pub.id).toMatch(new RegExp(`^${P}-sante-publique-[0-9a-f]{6}$`));
    // A retried request (same request id) finds the record it made.
    const ctx: Context = { db: api.db, viewer: ADMIN };
    const input = { text, language: 'en', visibility: 'RESTRICTED', themes: [id('t1')] };
    await createRecord(ctx, 'Message', {}, input, `${P}-req-hidden`);
    await createRecord(ctx, 'Message', {}, input, `${P}-req-hidden`);
    const [made] = await api.db.raw<{ id: string; n: number }>(
      'MATCH (c:Change {id: $req})-[:CHANGED]->(m:Message) RETURN m.id AS id, COUNT { MATCH (x:Message {requestId: $req}) } AS n',
      { req: `${P}-req-hidden` },
      'READ',
    );
    expect(made.id).toMatch(/^message-[0-9a-f]{24}$/);
    expect(made.n).toBe(1);
    await countOut(api.db, [internal.id, restricted.id, made.id]);
    await api.db.raw(
      `MATCH (m:Message|Space) WHERE m.id IN $ids OPTIONAL MATCH (m)-[:HAS_TEXT]->(t) OPTIONAL MATCH (c:Change)-[:CHANGED]->(m)
      DETACH DELETE m, t, c`,
      { ids: [internal.id, restricted.id, made.id] },
    );
  });
});

describe('create with invalid input', () => {
  it('answers the same for an id taken by a hidden or archived record as for a free one', async () => {
    const cases: Array<[string, string, Record<string, unknown>, string]> = [
      [
        'createMessage',
        'CreateMessageInput',
        { text: 'x', language: 'fr', themes: [id('t1'), id('nope')] },
        id('secret-message'),
      ],
      [
        'createMessage',
        'CreateMessageInput',
        { text: 'x', language: 'fr', themes: [id('t1'), id('nope')] },
        id('archived'),
      ],
      [
        'createPlace',
        'CreatePlaceInput',
        { name: 'x', language: 'fr', kind: 'CITY', countryCode: 'FR', partOf: [id('nope')] },
        id('secret-place'),
      ],
      ['createTheme', 'CreateThemeInput', { name: 'x', language: 'french' }, id('secret-theme')],
    ];
    for (const [field, type, input, taken] of cases) {
      const ask = async (i: string) =>
        JSON.stringify(
          (await api.gql(`mutation($i: ${type}!) { ${field}(input: $i) { id } }`, { i: { ...input, id: i } }, EDITOR))
            .errors,
        )
          .split(i)
          .join('<id>');
      const free = await ask(id('free'));
      expect(free).toContain('BAD_USER_INPUT');
      expect(await ask(taken), `${field} on ${taken}`).toBe(free);
    }
  });
});

describe('purge', () => {
  it('does not show an editor the text of a record that was restricted before it was purged', async () => {
    const m = await ok(
      'mutation($i: CreateMessageInput!) { createMessage(input: $i) { id version } }',
      { i: { id: id('to-hide'), text: 'Adresse du lieu sûr', language: 'fr', themes: [id('t1')] } },
      EDITOR,
    );
    await ok('mutation($i: UpdateMessageInput!) { updateMessage(input: $i) { id } }', {
      i: { id: m.id, version: m.version, visibility: 'RESTRICTED' },
    });
    await ok(PURGE, { label: 'MESSAGE', id: m.id });
    expect(await history(m.id)).toEqual([]);
    expect((await history(m.id, ADMIN)).map((c) => c.action)).toEqual(['PURGE', 'UPDATE', 'CREATE']);
  });
});
