// API keys against the real database and over real HTTP: made once, stored as hashes, roles decide what is seen,
// bad or revoked keys are 401 (never 500), and valid keys are looked up once per cache period.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeys, hashKey, looksLikeKey, newKey } from '../../src/auth/api-keys.js';
import { tokenCommand } from '../../src/auth/token-command.js';
import { createApollo } from '../../src/graphql/apollo.js';
import { createApp } from '../../src/http/app.js';
import { createDriver, Db } from '../../src/db/db.js';
import { loadCypher } from '../../src/db/cypher-registry.js';
import { connect } from '../../src/db/connect.js';
import { cypherStatements } from '../../src/metrics.js';
import { createFixture, dropFixture } from '../support/fixture.js';
import { dropKeys, httpApi, type HttpApi } from '../support/http.js';
import { testConfig, uid } from '../support/api.js';

const P = uid('auth');
const id = (s: string) => `${P}-${s}`;
let api: HttpApi;
let keys: ApiKeys;

const MESSAGE = 'query($id: ID!) { message(id: $id) { id text } }';
const lookups = async () =>
  (await cypherStatements.get()).values
    .filter((v) => v.labels.query === 'auth/find-key')
    .reduce((s, v) => s + v.value, 0);

beforeAll(async () => {
  api = await httpApi({ AUTH_KEY_CACHE_SECONDS: '30' });
  keys = new ApiKeys(api.db, 30_000);
  await createFixture(
    api.db,
    [
      { label: 'Message', id: id('public'), texts: { fr: 'public' } },
      { label: 'Message', id: id('internal'), visibility: 'INTERNAL', texts: { fr: 'interne' } },
      { label: 'Message', id: id('restricted'), visibility: 'RESTRICTED', texts: { fr: 'restreint' } },
    ],
    [],
  );
});

afterAll(async () => {
  await dropFixture(api.db, P);
  await dropKeys(api.db, P);
  await api.close();
});

describe('keys', () => {
  it('are 256-bit random, recognisable, and stored only as their SHA-256', async () => {
    const a = newKey();
    expect(looksLikeKey(a)).toBe(true);
    expect(a).not.toBe(newKey());
    expect(Buffer.from(a.slice(4), 'base64url')).toHaveLength(32);
    expect(hashKey(a)).toMatch(/^[0-9a-f]{64}$/);
    const { key } = await keys.create(id('stored'), 'viewer');
    const [node] = await api.db.raw<{ k: Record<string, unknown> }>(
      'MATCH (k:ApiKey {label: $label}) RETURN properties(k) AS k',
      { label: id('stored') },
      'READ',
    );
    expect(node.k.hash).toBe(hashKey(key));
    expect(JSON.stringify(node.k)).not.toContain(key);
    expect(JSON.stringify(node.k)).not.toContain(key.slice(4));
  });
});

describe('npm run token', () => {
  it('creates a key printed once, lists keys without hashes, revokes by label', async () => {
    const label = id('Lille team');
    const made = await tokenCommand(['create', '--role', 'editor', '--label', label], keys);
    expect(made.code).toBe(0);
    expect(made.out).toHaveLength(1);
    const key = made.out[0];
    expect(looksLikeKey(key)).toBe(true);
    expect(made.err.join(' ')).toMatch(/cannot be shown again/);

    const listed = await tokenCommand(['list'], keys);
    const line = listed.out.find((l) => l.startsWith(label))!;
    expect(line).toMatch(/editor/);
    expect(line).toMatch(/\d{4}-\d\d-\d\dT/);
    expect(listed.out.join('\n')).not.toContain(hashKey(key));
    expect(listed.out.join('\n')).not.toContain(key);

    expect((await tokenCommand(['create', '--role', 'viewer', '--label', label], keys)).code).toBe(1);
    const revoked = await tokenCommand(['revoke', label], keys);
    expect(revoked).toMatchObject({ code: 0 });
    expect(revoked.out[0]).toContain(label);
    const after = (await tokenCommand(['list'], keys)).out.find((l) => l.startsWith(label))!;
    expect(after.split(/\s{2,}/)[3]).toMatch(/^\d{4}-/);
    expect((await tokenCommand(['revoke', label], keys)).code).toBe(1);
    // A revoked label may be given to a new key (rotation).
    expect((await tokenCommand(['create', '--role', 'viewer', '--label', label], keys)).code).toBe(0);
  });

  it('refuses bad usage with exit code 2 and the usage text', async () => {
    for (const argv of [
      [],
      ['create', '--role', 'root', '--label', 'x'],
      ['create', '--role', 'viewer'],
      ['revoke'],
      ['frobnicate'],
      ['list', '--nope'],
    ]) {
      const r = await tokenCommand(argv, keys);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err.join('\n')).toMatch(/usage: npm run token/);
    }
  });
});

describe('over HTTP', () => {
  it('serves anonymous readers without a key: PUBLIC only', async () => {
    const pub = await api.gql(MESSAGE, { id: id('public') });
    expect(pub.status).toBe(200);
    expect(pub.body.data.message.id).toBe(id('public'));
    const internal = await api.gql(MESSAGE, { id: id('internal') });
    expect(internal.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('gives viewers and editors INTERNAL, and only admins RESTRICTED', async () => {
    const made = Object.fromEntries(
      await Promise.all(
        (['viewer', 'editor', 'admin'] as const).map(async (role) => [
          role,
          (await keys.create(id(`role-${role}`), role)).key,
        ]),
      ),
    );
    for (const role of ['viewer', 'editor', 'admin']) {
      const internal = await api.gql(MESSAGE, { id: id('internal') }, made[role]);
      expect(internal.body.data?.message?.text, role).toBe('interne');
      const restricted = await api.gql(MESSAGE, { id: id('restricted') }, made[role]);
      if (role === 'admin') expect(restricted.body.data.message.text).toBe('restreint');
      else expect(restricted.body.errors[0].extensions.code, role).toBe('NOT_FOUND');
    }
  });

  it('answers 401 UNAUTHENTICATED for unknown keys, other schemes and garbage, never 500', async () => {
    const headers = [
      'Bearer agk_' + 'A'.repeat(43),
      'Bearer nonsense',
      'Basic dXNlcjpwYXNz',
      'Bearer',
      'Bearer a b',
      'bearer ' + 'x'.repeat(5000),
      'Bearer a.b.c',
    ];
    for (const authorization of headers) {
      const r = await api.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: '{ themes { id } }' }),
      });
      expect(r.status, authorization.slice(0, 30)).toBe(401);
      expect(r.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(r.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(r.body.errors[0].message).toMatch(/\w/);
      expect(r.body.data).toBeUndefined();
    }
  });

  it('looks a valid key up once per cache period, so GraphQL operations still cost one statement', async () => {
    const { key } = await keys.create(id('cached'), 'viewer');
    const before = await lookups();
    for (let i = 0; i < 3; i++)
      expect((await api.gql(MESSAGE, { id: id('internal') }, key)).body.data.message.id).toBe(id('internal'));
    expect((await lookups()) - before).toBe(1);
  });

  it('stops a key revoked in this process at once', async () => {
    const { key } = await keys.create(id('revoked-here'), 'viewer');
    expect((await api.gql(MESSAGE, { id: id('internal') }, key)).status).toBe(200);
    await keys.revoke(id('revoked-here'));
    const r = await api.gql(MESSAGE, { id: id('internal') }, key);
    expect(r.status).toBe(401);
    expect(r.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('stops a key revoked by another process (the CLI) once its cache entry expires', async () => {
    const short = await httpApi({ AUTH_KEY_CACHE_SECONDS: '1' });
    const elsewhere = await connect(testConfig());
    try {
      const { key } = await keys.create(id('revoked-elsewhere'), 'viewer');
      expect((await short.gql(MESSAGE, { id: id('internal') }, key)).status).toBe(200);
      await new ApiKeys(elsewhere, 0).revoke(id('revoked-elsewhere'));
      await new Promise((r) => setTimeout(r, 1_100));
      expect((await short.gql(MESSAGE, { id: id('internal') }, key)).status).toBe(401);
    } finally {
      await elsewhere.driver.close();
      await short.close();
    }
  });

  it('answers 503 DATABASE_UNAVAILABLE, not 500, when a key cannot be checked because Neo4j is down', async () => {
    const config = testConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_MAX_RETRY_MS: '300' });
    const db = new Db(createDriver(config.neo4j.uri, 'neo4j', 'x', 300), 'neo4j', loadCypher());
    const apollo = await createApollo(config);
    const server = createApp({ db, apollo, config }).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${newKey()}` },
        body: JSON.stringify({ query: '{ themes { id } }' }),
      });
      const text = await res.text();
      expect(res.status).toBe(503);
      expect(JSON.parse(text).errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(text).not.toMatch(/127\.0\.0\.1|bolt:|Neo\./);
    } finally {
      server.close();
      await apollo.stop();
      await db.driver.close();
    }
  });
});
