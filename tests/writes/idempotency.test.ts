// Idempotency-Key on mutations, over real HTTP against the real Neo4j: a retry with the key returns the first
// result and writes nothing, concurrent retries write once, a key reused for another request is refused, and a
// retry never shows the caller what they may no longer see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeys } from '../../src/auth/api-keys.js';
import { sweepExpiredKeys } from '../../src/graphql/mutations/idempotency.js';
import { createFixture, setMessage } from '../support/fixture.js';
import { dropKeys, httpApi, type HttpApi, type HttpReply } from '../support/http.js';
import { uid } from '../support/api.js';
import { cypherStatements } from '../../src/metrics.js';
import { dropWritten } from './support.js';

const P = uid('idem');
const id = (s: string) => `${P}-${s}`;
let api: HttpApi;
let editor: string;
let otherEditor: string;
const started = new Date().toISOString();

const CREATE = `mutation($input: CreateMessageInput!) { createMessage(input: $input) { id version visibility fr: text(language: "fr") themes { id } } }`;
const UPDATE = `mutation($input: UpdateMessageInput!) { updateMessage(input: $input) { id version translations { language text } } }`;

function send(query: string, variables: Record<string, unknown>, token: string, key?: string): Promise<HttpReply> {
  return api.fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...(key === undefined ? {} : { 'idempotency-key': key }),
    },
    body: JSON.stringify({ query, variables }),
  });
}

const writeStatements = async () =>
  (await cypherStatements.get()).values.filter((v) => v.labels.mode === 'WRITE').reduce((s, v) => s + v.value, 0);

/** Messages of this file whose French text is `text`, and the Changes recorded about them. */
async function written(text: string): Promise<{ messages: number; changes: number }> {
  const [row] = await api.db.raw<{ messages: number; changes: number }>(
    `MATCH (m:Message)-[:HAS_TEXT]->(t:Text {value: $text}) WHERE m.id STARTS WITH $prefix
     RETURN count(DISTINCT m) AS messages, COUNT { MATCH (c:Change) WHERE c.subjectId = m.id } AS changes`,
    { text, prefix: P },
    'READ',
  );
  return row ?? { messages: 0, changes: 0 };
}

beforeAll(async () => {
  api = await httpApi({ LOG_LEVEL: 'error' });
  const keys = new ApiKeys(api.db, 0);
  editor = (await keys.create(`${P}-editor`, 'editor')).key;
  otherEditor = (await keys.create(`${P}-other`, 'editor')).key;
  await createFixture(api.db, [{ label: 'Theme', id: id('t1'), texts: { fr: 'Thème un' } }], []);
});

afterAll(async () => {
  await dropWritten(api.db, P);
  await dropKeys(api.db, P);
  await api.db.raw('MATCH (k:IdempotencyKey) WHERE k.createdAt >= datetime($started) DELETE k', { started });
  await api.close();
});

describe('a mutation sent with an Idempotency-Key', () => {
  it('sent twice, writes once and answers the same (the claim is a second statement in the write transaction)', async () => {
    const input = { text: `${P} gratuit`, language: 'fr', themes: [id('t1')], visibility: 'PUBLIC' };
    const before = await writeStatements();
    const first = await send(CREATE, { input }, editor, '"retry-1"');
    expect((await writeStatements()) - before).toBe(2);
    expect(first.body.errors).toBeUndefined();
    const again = await send(CREATE, { input }, editor, '"retry-1"');
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    // The bare form of the same key is the same key.
    expect((await send(CREATE, { input }, editor, 'retry-1')).body).toEqual(first.body);
    expect(await written(`${P} gratuit`)).toEqual({ messages: 1, changes: 1 });
  });

  it('sent eight times at once, writes once and all get the same answer', async () => {
    const input = { text: `${P} ensemble`, language: 'fr', themes: [id('t1')], visibility: 'PUBLIC' };
    const replies = await Promise.all(Array.from({ length: 8 }, () => send(CREATE, { input }, editor, 'together-1')));
    for (const r of replies) {
      expect(r.status).toBe(200);
      expect(r.body).toEqual(replies[0].body);
    }
    expect(replies[0].body.data.createMessage.id).toMatch(new RegExp(`^${P}-ensemble-`));
    expect(await written(`${P} ensemble`)).toEqual({ messages: 1, changes: 1 });
  });

  it('reused for a different request is refused (422 IDEMPOTENCY_KEY_REUSED) and writes nothing', async () => {
    expect(
      (
        await send(
          CREATE,
          { input: { text: `${P} premier`, language: 'fr', themes: [id('t1')], visibility: 'PUBLIC' } },
          editor,
          'reused-1',
        )
      ).body.errors,
    ).toBeUndefined();
    const other = await send(
      CREATE,
      { input: { text: `${P} second`, language: 'fr', themes: [id('t1')], visibility: 'PUBLIC' } },
      editor,
      'reused-1',
    );
    expect(other.status).toBe(422);
    expect(other.body.errors[0].extensions.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(other.body.errors[0].message).toMatch(/already used for a different request/);
    expect(other.body.data).toBeNull();
    expect(await written(`${P} second`)).toEqual({ messages: 0, changes: 0 });
    // Concurrent: one of the two requests wins the key, the other is refused; one write in all.
    const [a, b] = await Promise.all([
      send(
        CREATE,
        { input: { text: `${P} course A`, language: 'fr', themes: [id('t1')], visibility: 'PUBLIC' } },
        editor,
        'race-1',
      ),
      send(
        CREATE,
        { input: { text: `${P} course B`, language: 'fr', themes: [id('t1')], visibility: 'PUBLIC' } },
        editor,
        'race-1',
      ),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 422]);
    const counts = [await written(`${P} course A`), await written(`${P} course B`)];
    expect(counts.map((c) => c.messages).sort()).toEqual([0, 1]);
  });

  it('belongs to its caller: another caller with the same key makes their own write', async () => {
    const input = { text: `${P} chacun`, language: 'fr', themes: [id('t1')], visibility: 'PUBLIC' };
    const mine = await send(CREATE, { input }, editor, 'shared-name');
    const theirs = await send(CREATE, { input }, otherEditor, 'shared-name');
    expect(theirs.body.errors).toBeUndefined();
    expect(theirs.body.data.createMessage.id).not.toBe(mine.body.data.createMessage.id);
    expect((await written(`${P} chacun`)).messages).toBe(2);
  });

  it('on an update, a retry does not move the version twice nor turn into a stale-version conflict', async () => {
    const mid = id('edited');
    await send(
      CREATE,
      { input: { id: mid, text: 'avant', language: 'fr', themes: [id('t1')], visibility: 'PUBLIC' } },
      editor,
    );
    const input = { id: mid, version: 1, translations: [{ language: 'en', text: 'after' }] };
    const first = await send(UPDATE, { input }, editor, 'update-1');
    const again = await send(UPDATE, { input }, editor, 'update-1');
    expect(first.body.data.updateMessage.version).toBe(2);
    expect(again.body).toEqual(first.body);
    const [row] = await api.db.raw<{ version: number; changes: number }>(
      'MATCH (m:Message {id: $id}) RETURN m.version AS version, COUNT { MATCH (c:Change {subjectId: $id}) } AS changes',
      { id: mid },
      'READ',
    );
    expect(row).toEqual({ version: 2, changes: 2 });
    // Without the key, the same request is a new edit: stale.
    expect((await send(UPDATE, { input }, editor)).body.errors[0].extensions.code).toBe('CONFLICT');
  });

  it('retried after the record was hidden from the caller, shows nothing of it', async () => {
    const mid = id('hidden-later');
    const input = { id: mid, text: `${P} secret plus tard`, language: 'fr', themes: [id('t1')], visibility: 'PUBLIC' };
    expect((await send(CREATE, { input }, editor, 'hidden-1')).body.data.createMessage.id).toBe(mid);
    await setMessage(api.db, mid, "m.visibility = 'RESTRICTED'");
    const again = await send(CREATE, { input }, editor, 'hidden-1');
    expect(again.body.data).toBeNull();
    expect(again.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(again.text).not.toContain('secret plus tard');
    expect(await written(`${P} secret plus tard`)).toEqual({ messages: 1, changes: 1 });
  });

  it('that is malformed is refused before anything is written', async () => {
    const input = { text: `${P} mauvaise clé`, language: 'fr', themes: [id('t1')], visibility: 'PUBLIC' };
    for (const key of ['x'.repeat(256), 'é', '']) {
      const r = await send(CREATE, { input }, editor, key);
      expect(r.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(r.body.errors[0].message).toMatch(/Idempotency-Key/);
    }
    expect(await written(`${P} mauvaise clé`)).toEqual({ messages: 0, changes: 0 });
  });

  it('expires: an expired key may be used again, and the sweep deletes expired keys', async () => {
    await send(
      CREATE,
      { input: { text: `${P} ancien`, language: 'fr', themes: [id('t1')], visibility: 'PUBLIC' } },
      editor,
      'expiring-1',
    );
    const expire = () =>
      api.db.raw(
        "MATCH (k:IdempotencyKey) WHERE k.createdAt >= datetime($started) SET k.expiresAt = datetime() - duration('PT1S')",
        { started },
      );
    await expire();
    const reused = await send(
      CREATE,
      { input: { text: `${P} nouveau`, language: 'fr', themes: [id('t1')], visibility: 'PUBLIC' } },
      editor,
      'expiring-1',
    );
    expect(reused.body.errors).toBeUndefined();
    expect((await written(`${P} nouveau`)).messages).toBe(1);
    await expire();
    expect(await sweepExpiredKeys(api.db)).toBeGreaterThan(0);
    const [left] = await api.db.raw<{ n: number }>(
      'MATCH (k:IdempotencyKey) WHERE k.expiresAt <= datetime() RETURN count(k) AS n',
      {},
      'READ',
    );
    expect(left.n).toBe(0);
  });
});
