// Writes against the real database: validation, unknown ids, roles, optimistic concurrency, retries,
// history, archive and purge. Every record here has this file's id prefix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/graphql/context.js';
import { ANONYMOUS } from '../../src/domain/viewer.js';
import { updateRecord } from '../../src/graphql/mutations/change.js';
import { createRecord } from '../../src/graphql/mutations/create.js';
import { createFixture } from '../support/fixture.js';
import { testApi, uid, type TestApi } from '../support/api.js';
import { ADMIN, EDITOR, VIEWER, countWithPrefix, dropWritten } from './support.js';

const P = uid('wr');
const id = (s: string) => `${P}-${s}`;
let api: TestApi;

const CREATE = `mutation($input: CreateMessageInput!) {
  createMessage(input: $input) { id version visibility language fr: text(language: "fr") themes { id } spaces { id } }
}`;
const UPDATE = `mutation($input: UpdateMessageInput!) { updateMessage(input: $input) { id version visibility translations { language text original } } }`;
const HISTORY = `query($id: ID!) { history(id: $id) { id at actorLabel actorRole action subjectLabel subjectId before after } }`;

beforeAll(async () => {
  api = await testApi();
  await createFixture(
    api.db,
    [
      { label: 'Theme', id: id('t1'), texts: { fr: 'Thème un' }, props: { example: true } },
      { label: 'Theme', id: id('t2'), texts: { fr: 'Thème deux' }, props: { example: true } },
      { label: 'Theme', id: id('t-secret'), visibility: 'RESTRICTED', texts: { fr: 'Thème restreint' } },
      { label: 'Space', id: id('s1'), texts: { fr: 'Conseil local' }, props: { level: 'LOCAL' } },
    ],
    [],
  );
});

afterAll(async () => {
  await dropWritten(api.db, P);
  await api.close();
});

describe('createMessage', () => {
  it('creates the message with its links in one transaction and returns it projected', async () => {
    const r = await api.gql(
      CREATE,
      {
        input: {
          id: id('m1'),
          text: 'Les préservatifs sauvent des vies',
          language: 'fr',
          themes: [id('t1'), id('t2')],
          spaces: [id('s1')],
        },
      },
      EDITOR,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.createMessage).toEqual({
      id: id('m1'),
      version: 1,
      visibility: 'INTERNAL',
      language: 'fr',
      fr: 'Les préservatifs sauvent des vies',
      themes: [{ id: id('t1') }, { id: id('t2') }],
      spaces: [{ id: id('s1') }],
    });
    // One statement: the checked write, its history record (Change) and the projection.
    expect(r.statements).toBe(1);
    const read = await api.gql('query($id: ID!) { message(id: $id) { id themes { id } } }', { id: id('m1') }, VIEWER);
    expect(read.data!.message.themes).toHaveLength(2);
  });

  it('makes a readable id from the text of a PUBLIC record when none is given', async () => {
    const r = await api.gql(
      CREATE,
      { input: { text: `${P} Dépistage: accès gratuit!`, language: 'fr', visibility: 'PUBLIC', themes: [id('t1')] } },
      EDITOR,
    );
    expect(r.data!.createMessage.id).toMatch(new RegExp(`^${P}-depistage-acces-gratuit-[0-9a-f]{6}$`));
  });

  it('rejects invalid input with the field path and writes nothing', async () => {
    const before = await countWithPrefix(api.db, P);
    const r = await api.gql(CREATE, { input: { id: 'Bad Id', text: ' ', language: 'french', themes: [] } }, EDITOR);
    expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const fields = r.errors![0].extensions!.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['id', 'text', 'language', 'themes']));
    expect(await countWithPrefix(api.db, P)).toBe(before);
  });

  it('names every unknown or hidden id and writes nothing', async () => {
    const before = await countWithPrefix(api.db, P);
    const r = await api.gql(
      CREATE,
      {
        input: {
          id: id('m-bad'),
          text: 'x',
          language: 'fr',
          themes: [id('t1'), id('nope'), id('t-secret')],
          spaces: [id('nowhere')],
        },
      },
      EDITOR,
    );
    expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toContain(`theme "${id('nope')}"`);
    expect(r.errors![0].message).toContain(`theme "${id('t-secret')}"`);
    expect(r.errors![0].message).toContain(`space "${id('nowhere')}"`);
    expect(await countWithPrefix(api.db, P)).toBe(before);
    const [c] = await api.db.raw<{ n: number }>(
      'MATCH (c:Change {subjectId: $id}) RETURN count(c) AS n',
      { id: id('m-bad') },
      'READ',
    );
    expect(c.n).toBe(0);
  });

  it('is CONFLICT for a taken id', async () => {
    const r = await api.gql(
      CREATE,
      { input: { id: id('m1'), text: 'encore', language: 'fr', themes: [id('t1')] } },
      EDITOR,
    );
    expect(r.errors![0].extensions!.code).toBe('CONFLICT');
  });

  it('is FORBIDDEN (HTTP 403) for anonymous readers and viewers, and editors may not make RESTRICTED records', async () => {
    for (const viewer of [ANONYMOUS, VIEWER]) {
      const res = await api.apollo.executeOperation(
        { query: CREATE, variables: { input: { id: id('m-no'), text: 'x', language: 'fr', themes: [id('t1')] } } },
        { contextValue: { db: api.db, viewer } },
      );
      expect(res.http.status).toBe(403);
      const body = res.body.kind === 'single' ? res.body.singleResult : null;
      expect(body!.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    const r = await api.gql(
      CREATE,
      { input: { id: id('m-no'), text: 'x', language: 'fr', themes: [id('t1')], visibility: 'RESTRICTED' } },
      EDITOR,
    );
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'visibility' });
    expect(await countWithPrefix(api.db, id('m-no'))).toBe(0);
  });

  it('a retried commit (same request id) returns the record and creates no duplicate', async () => {
    const ctx: Context = { db: api.db, viewer: EDITOR };
    const input = { text: `${P} retry`, language: 'fr', visibility: 'PUBLIC', themes: [id('t1')] };
    const first = (await createRecord(ctx, 'Message', {}, input, 'req-retry-1')) as Record<string, unknown>;
    const again = await createRecord(ctx, 'Message', {}, input, 'req-retry-1');
    expect(again).toEqual(first);
    const [row] = await api.db.raw<{ nodes: number; changes: number }>(
      `MATCH (m:Message) WHERE m.id STARTS WITH $slug WITH count(m) AS nodes
       MATCH (c:Change {id: 'req-retry-1'}) RETURN nodes, count(c) AS changes`,
      { slug: `${P}-retry` },
      'READ',
    );
    expect(row).toEqual({ nodes: 1, changes: 1 });
    await api.db.raw("MATCH (c:Change {id: 'req-retry-1'}) DETACH DELETE c");
  });
});

describe('updates, history, archive and purge', () => {
  it('moves version by one per change and refuses a stale version with the current one', async () => {
    await api.gql(
      CREATE,
      { input: { id: id('m2'), text: `${P} texte original`, language: 'fr', themes: [id('t1')] } },
      EDITOR,
    );
    const ok = await api.gql(
      UPDATE,
      { input: { id: id('m2'), version: 1, translations: [{ language: 'en', text: `${P} original text` }] } },
      EDITOR,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateMessage.version).toBe(2);
    // One statement, history record included.
    expect(ok.statements).toBe(1);
    expect(ok.data!.updateMessage.translations).toEqual([
      { language: 'fr', text: `${P} texte original`, original: true },
      { language: 'en', text: `${P} original text`, original: false },
    ]);
    const stale = await api.gql(UPDATE, { input: { id: id('m2'), version: 1, visibility: 'PUBLIC' } }, EDITOR);
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const [n] = await api.db.raw<{ v: string }>(
      'MATCH (m:Message {id: $id}) RETURN m.visibility AS v',
      { id: id('m2') },
      'READ',
    );
    expect(n.v).toBe('INTERNAL');
  });

  it('of concurrent edits sent with the same version, exactly one wins and the others are CONFLICT', async () => {
    await api.gql(CREATE, { input: { id: id('race'), text: 'course', language: 'fr', themes: [id('t1')] } }, EDITOR);
    const results = await Promise.all(
      ['en', 'es', 'de', 'it', 'pt'].map((language) =>
        api.gql(
          UPDATE,
          { input: { id: id('race'), version: 1, translations: [{ language, text: language }] } },
          EDITOR,
        ),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions!.code === 'CONFLICT')).toHaveLength(4);
    const [n] = await api.db.raw<{ v: number; texts: number }>(
      'MATCH (m:Message {id: $id}) RETURN m.version AS v, COUNT { (m)-[:HAS_TEXT]->() } AS texts',
      { id: id('race') },
      'READ',
    );
    expect(n).toEqual({ v: 2, texts: 2 });
    const creates = await Promise.all(
      [1, 2, 3].map(() =>
        api.gql(CREATE, { input: { id: id('race-new'), text: 'x', language: 'fr', themes: [id('t1')] } }, EDITOR),
      ),
    );
    expect(creates.filter((r) => !r.errors)).toHaveLength(1);
    expect(creates.filter((r) => r.errors?.[0].extensions!.code === 'CONFLICT')).toHaveLength(2);
  });

  it('a retried update (same request id) is applied once', async () => {
    const ctx: Context = { db: api.db, viewer: EDITOR };
    const input = { id: id('m2'), version: 2, visibility: 'PUBLIC' };
    await updateRecord(ctx, 'Message', {}, input, `${P}-req-up`);
    await updateRecord(ctx, 'Message', {}, input, `${P}-req-up`);
    const [n] = await api.db.raw<{ v: number }>(
      'MATCH (m:Message {id: $id}) RETURN m.version AS v',
      { id: id('m2') },
      'READ',
    );
    expect(n.v).toBe(3);
  });

  it('links and unlinks, and keeps who, when, what before and after, newest first', async () => {
    const link = await api.gql(
      'mutation($i: LinkMessageInput!) { linkMessage(input: $i) { version themes { id } } }',
      { i: { id: id('m2'), version: 3, themes: [id('t2')], basis: 'RECORD' } },
      EDITOR,
    );
    expect(link.data!.linkMessage).toEqual({ version: 4, themes: [{ id: id('t1') }, { id: id('t2') }] });
    const unlink = await api.gql(
      'mutation($i: LinkMessageInput!) { unlinkMessage(input: $i) { version themes { id } } }',
      { i: { id: id('m2'), version: 4, themes: [id('t1')] } },
      ADMIN,
    );
    expect(unlink.data!.unlinkMessage).toEqual({ version: 5, themes: [{ id: id('t2') }] });

    const h = await api.gql(HISTORY, { id: id('m2') }, EDITOR);
    expect(h.statements).toBe(1);
    const changes = h.data!.history;
    expect(changes.map((c: { action: string }) => c.action)).toEqual([
      'UNLINK',
      'LINK',
      'UPDATE',
      'TRANSLATE',
      'CREATE',
    ]);
    expect(changes[0]).toMatchObject({
      actorLabel: 'coordination',
      actorRole: 'admin',
      subjectLabel: 'Message',
      subjectId: id('m2'),
    });
    expect(changes[1].actorLabel).toBe('Lille team');
    // Each link names its basis: t1 from the create (EDITORIAL by default), t2 linked as RECORD.
    expect(changes[0].before.links).toEqual([`ADDRESSES ${id('t1')} EDITORIAL`, `ADDRESSES ${id('t2')} RECORD`]);
    expect(changes[0].after.links).toEqual([`ADDRESSES ${id('t2')} RECORD`]);
    expect(changes[2].before.visibility).toBe('INTERNAL');
    expect(changes[2].after.visibility).toBe('PUBLIC');
    expect(changes[4].before).toBeNull();
    expect(new Date(changes[0].at).getTime()).toBeGreaterThanOrEqual(new Date(changes[4].at).getTime());

    for (const viewer of [ANONYMOUS, VIEWER]) {
      const denied = await api.gql(HISTORY, { id: id('m2') }, viewer);
      expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
  });

  it('archive hides the record from every read; history stays', async () => {
    const ARCHIVE = 'mutation($i: ArchiveInput!) { archive(input: $i) { action subjectId after } }';
    const stale = await api.gql(ARCHIVE, { i: { label: 'MESSAGE', id: id('m2'), version: 1 } }, EDITOR);
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 5 });
    const a = await api.gql(ARCHIVE, { i: { label: 'MESSAGE', id: id('m2'), version: 5 } }, EDITOR);
    expect(a.data!.archive).toMatchObject({ action: 'ARCHIVE', subjectId: id('m2'), after: { archived: true } });
    const read = await api.gql('query($id: ID!) { message(id: $id) { id } }', { id: id('m2') }, ADMIN);
    expect(read.errors![0].extensions!.code).toBe('NOT_FOUND');
    const list = await api.gql(
      'query($t: [ID!]) { messages(themes: $t) { totalCount edges { node { id } } } }',
      { t: [id('t2')] },
      ADMIN,
    );
    expect(list.data!.messages.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(id('m2'));
    const again = await api.gql(UPDATE, { input: { id: id('m2'), version: 6, visibility: 'INTERNAL' } }, EDITOR);
    expect(again.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await api.gql(HISTORY, { id: id('m2') }, EDITOR)).data!.history[0].action).toBe('ARCHIVE');
  });

  it('purge is for admins; it deletes the record and its texts and keeps the history', async () => {
    const PURGE = 'mutation($id: ID!) { purge(label: MESSAGE, id: $id) { action subjectId before } }';
    const denied = await api.gql(PURGE, { id: id('m2') }, EDITOR);
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
    const p = await api.gql(PURGE, { id: id('m2') }, ADMIN);
    expect(p.data!.purge).toMatchObject({ action: 'PURGE', subjectId: id('m2'), before: { archived: true } });
    const [left] = await api.db.raw<{ n: number; t: number }>(
      'RETURN COUNT { MATCH (m:Message {id: $id}) } AS n, COUNT { MATCH (t:MessageText) WHERE t.value IN $texts } AS t',
      { id: id('m2'), texts: [`${P} texte original`, `${P} original text`] },
      'READ',
    );
    expect(left).toEqual({ n: 0, t: 0 });
    const h = await api.gql(HISTORY, { id: id('m2') }, ADMIN);
    expect(h.data!.history.map((c: { action: string }) => c.action)).toEqual([
      'PURGE',
      'ARCHIVE',
      'UNLINK',
      'LINK',
      'UPDATE',
      'TRANSLATE',
      'CREATE',
    ]);
    expect((await api.gql(PURGE, { id: id('m2') }, ADMIN)).errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});

describe('the other kinds', () => {
  it('creates and updates themes, places, spaces, organisations and evidence', async () => {
    const run = async (q: string, input: Record<string, unknown>) => {
      const r = await api.gql(q, { input }, EDITOR);
      expect(r.errors).toBeUndefined();
      return Object.values(r.data!)[0] as Record<string, any>;
    };
    const theme = await run(
      'mutation($input: CreateThemeInput!) { createTheme(input: $input) { id name description version } }',
      { id: id('t3'), name: 'Santé', description: 'Accès aux soins', language: 'fr' },
    );
    expect(theme).toEqual({ id: id('t3'), name: 'Santé', description: 'Accès aux soins', version: 1 });
    const country = await run(
      'mutation($input: CreatePlaceInput!) { createPlace(input: $input) { id kind countryCode } }',
      { id: id('fr'), name: 'France', language: 'fr', kind: 'COUNTRY', countryCode: 'FR' },
    );
    expect(country.kind).toBe('COUNTRY');
    const city = await run('mutation($input: CreatePlaceInput!) { createPlace(input: $input) { id country { id } } }', {
      id: id('lille'),
      name: 'Lille',
      language: 'fr',
      kind: 'CITY',
      countryCode: 'FR',
      partOf: [id('fr')],
    });
    expect(city.country).toEqual({ id: id('fr') });
    const space = await run(
      'mutation($input: CreateAdvocacySpaceInput!) { createAdvocacySpace(input: $input) { id level place { id } themes { id } } }',
      { id: id('s2'), name: 'CLS', language: 'fr', level: 'LOCAL', places: [id('lille')], themes: [id('t3')] },
    );
    expect(space).toEqual({ id: id('s2'), level: 'LOCAL', place: { id: id('lille') }, themes: [{ id: id('t3') }] });
    const org = await run(
      'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id kind founded places { id } } }',
      { id: id('o1'), name: 'Association', language: 'fr', kind: 'ASSOCIATION', founded: 2001, places: [id('lille')] },
    );
    expect(org).toEqual({ id: id('o1'), kind: 'ASSOCIATION', founded: 2001, places: [{ id: id('lille') }] });
    const ev = await run(
      'mutation($input: CreateEvidenceInput!) { createEvidence(input: $input) { id kind text voicedBy { id } themes { id } } }',
      { id: id('e1'), text: 'Témoignage', language: 'fr', kind: 'TESTIMONY', voicedBy: [id('o1')], themes: [id('t3')] },
    );
    expect(ev).toMatchObject({ kind: 'TESTIMONY', voicedBy: [{ id: id('o1') }] });

    const up = await run(
      'mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { version founded aims(language: "en") } }',
      {
        id: id('o1'),
        version: 1,
        founded: 1999,
        translations: [{ field: 'aims', language: 'en', text: 'Peer support' }],
      },
    );
    expect(up).toEqual({ version: 2, founded: 1999, aims: 'Peer support' });
    const bad = await api.gql(
      'mutation($input: UpdatePlaceInput!) { updatePlace(input: $input) { id } }',
      {
        input: {
          id: id('lille'),
          version: 1,
          kind: 'VILLAGE',
          translations: [{ field: 'aims', language: 'en', text: 'x' }],
        },
      },
      EDITOR,
    );
    // A kind outside PlaceKind is refused with the variable, before the input's own checks.
    expect(bad.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: '$input.kind' })]);
    const badField = await api.gql(
      'mutation($input: UpdatePlaceInput!) { updatePlace(input: $input) { id } }',
      { input: { id: id('lille'), version: 1, translations: [{ field: 'aims', language: 'en', text: 'x' }] } },
      EDITOR,
    );
    expect(badField.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'translations.0.field' });
  });

  it('history hides from editors every change of a record that is now RESTRICTED', async () => {
    await api.gql(
      CREATE,
      { input: { id: id('later-secret'), text: 'bientôt secret', language: 'fr', themes: [id('t1')] } },
      EDITOR,
    );
    await api.gql(UPDATE, { input: { id: id('later-secret'), version: 1, visibility: 'RESTRICTED' } }, ADMIN);
    expect((await api.gql(HISTORY, { id: id('later-secret') }, EDITOR)).data!.history).toEqual([]);
    expect((await api.gql(HISTORY, { id: id('later-secret') }, ADMIN)).data!.history).toHaveLength(2);
  });

  it('an editor cannot see, and so cannot edit, a RESTRICTED record', async () => {
    const r = await api.gql(
      'mutation($input: UpdateThemeInput!) { updateTheme(input: $input) { id } }',
      { input: { id: id('t-secret'), version: 1, visibility: 'INTERNAL' } },
      EDITOR,
    );
    expect(r.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});
