// The counts advocacySpaces reads instead of walking every message (src/model/tally.ts): after random writes
// through every write path (create, update of visibility and example, link and unlink with either basis, archive,
// purge, import, seed, and the tests' own raw writes), some of them at once, every space's counts and the totals
// equal a full recount from the records themselves, and search finds for each reader the messages it may see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/graphql/context.js';
import { archiveRecord, changeLinks, updateRecord } from '../../src/graphql/mutations/change.js';
import { createRecord } from '../../src/graphql/mutations/create.js';
import { purgeRecord } from '../../src/graphql/mutations/purge.js';
import type { GraphDocument } from '../../src/graph-data/document.js';
import { applyGraphDocument } from '../../src/graph-data/apply.js';
import { importGraph } from '../../src/import-export/import.js';
import { createFixture, setMessage } from '../support/fixture.js';
import { testApi, uid, type TestApi } from '../support/api.js';
import { ADMIN, VIEWER, dropWritten } from './support.js';
import { ANONYMOUS, visibleTo, type Viewer } from '../../src/domain/viewer.js';
import { VISIBILITIES } from '../../src/model/derived.js';

const P = uid('tally');
const id = (s: string) => `${P}-${s}`;
const SPACES = [0, 1, 2, 3].map((i) => id(`s${i}`));
const VIS = VISIBILITIES;
const BASES = ['RECORD', 'EDITORIAL'];
const ctx = (): Context => ({ db: api.db, viewer: ADMIN });
let api: TestApi;

// mulberry32: the same writes on every run (the seed is in the test name).
const SEED = 13;
let state = SEED;
const random = () => {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
const some = <T>(xs: readonly T[]): T[] => xs.filter(() => random() < 0.5);
/** At least one: what a link or unlink must name. */
const oneOrMore = <T>(xs: readonly T[]): T[] => {
  const got = some(xs);
  return got.length ? got : [pick(xs)];
};

beforeAll(async () => {
  api = await testApi();
  await createFixture(
    api.db,
    SPACES.map((s) => ({ label: 'Space', id: s, texts: { fr: `Espace ${s}` }, props: { level: 'INTERNATIONAL' } })),
    [],
  );
});

afterAll(async () => {
  await dropWritten(api.db, P);
  await api.close();
});

async function current(mid: string): Promise<{ version: number } | undefined> {
  const [row] = await api.db.raw<{ version: number }>(
    'MATCH (m:Message {id: $id}) WHERE NOT coalesce(m.archived, false) RETURN m.version AS version',
    { id: mid },
    'READ',
  );
  return row;
}

const document = (mid: string, spaces: string[]): GraphDocument => ({
  nodes: [
    {
      label: 'Message',
      id: mid,
      visibility: pick(VIS),
      props: { example: random() < 0.3 },
      texts: [{ field: 'text', lang: 'fr', value: `Message ${mid}`, original: true }],
    },
  ],
  relationships: spaces.map((s) => ({
    type: 'CARRIED_IN',
    from: { label: 'Message', id: mid },
    to: { label: 'Space', id: s },
    props: { basis: pick(BASES) },
  })),
});

/** One random write to message `mid` through one of the write paths, named; a refusal (archived, gone) is fine. */
async function write(mid: string): Promise<string> {
  const found = await current(mid);
  const path = random();
  if (!found || path < 0.15) {
    // Made through the API, or imported, or seeded (a record the seed owns).
    const how = random();
    if (how < 0.4) {
      await createRecord(ctx(), 'Message', {}, {
        id: mid,
        text: `Message ${mid}`,
        language: 'fr',
        visibility: pick(VIS),
        spaces: some(SPACES),
        basis: pick(BASES),
        example: random() < 0.3,
      } as never).catch(() => {});
      return 'create';
    }
    if (how < 0.7) {
      await importGraph(api.db, document(mid, some(SPACES)), { viewer: ADMIN });
      return 'import';
    }
    await applyGraphDocument(api.db, document(mid, some(SPACES)), { actor: 'seed', seeded: true });
    return 'seed';
  }
  const base = { id: mid, version: found.version };
  const r = random();
  if (r < 0.2) {
    await updateRecord(ctx(), 'Message', {}, { ...base, visibility: pick(VIS) });
    return 'visibility';
  }
  if (r < 0.3) {
    await updateRecord(ctx(), 'Message', {}, { ...base, example: random() < 0.5 } as never);
    return 'example';
  }
  if (r < 0.5) {
    const input = { ...base, spaces: oneOrMore(SPACES), basis: pick(BASES) };
    await changeLinks(ctx(), 'Message', {}, input as never, 'link');
    return 'link';
  }
  if (r < 0.65) {
    await changeLinks(ctx(), 'Message', {}, { ...base, spaces: oneOrMore(SPACES) } as never, 'unlink');
    return 'unlink';
  }
  if (r < 0.72) {
    await archiveRecord(ctx(), { label: 'Message', ...base });
    return 'archive';
  }
  if (r < 0.8) {
    await purgeRecord(ctx(), 'Message', mid);
    return 'purge';
  }
  if (r < 0.9) {
    await setMessage(api.db, mid, `m.visibility = '${pick(VIS)}', m.example = ${random() < 0.5}`);
    return 'raw';
  }
  // Imported again: its visibility, example flag and links' basis change unless a person edited them.
  await importGraph(api.db, document(mid, some(SPACES)), { viewer: ADMIN });
  return 'import';
}

/** Stored counts against a recount from the records, for every space and for the totals: the differences. */
async function drift(): Promise<unknown[]> {
  const recount = `[i IN range(0, 5) | COUNT { MATCH (x)<-[c:CARRIED_IN]-(m:Message)
    WHERE m.visibility = $vis[i % 3] AND NOT coalesce(m.archived, false)
      AND (i < 3 OR (c.basis = 'RECORD' AND NOT coalesce(m.example, false))) }]`;
  return api.db.raw(
    `CALL () {
      MATCH (x:Space)
      RETURN x.id AS id, [i IN range(0, 5) | coalesce(x.tally[i], 0)] AS stored, ${recount} AS counted
      UNION ALL
      MATCH (t:Tally {id: 'messages'})
      RETURN 'totals' AS id, [i IN range(0, 5) | coalesce(t.tally[i], 0)] AS stored,
        [i IN range(0, 5) | COUNT { MATCH (m:Message) WHERE m.visibility = $vis[i % 3] AND NOT coalesce(m.archived, false)
          AND (i < 3 OR NOT coalesce(m.example, false)) }] AS counted
    }
    WITH id, stored, counted WHERE stored <> counted
    RETURN id, stored, counted`,
    { vis: VIS },
    'READ',
  );
}

const READERS = [ANONYMOUS, VIEWER, ADMIN];

/** This file's messages a reader finds by a word all their texts hold. */
async function searched(viewer: Viewer): Promise<string[]> {
  const r: any = await api.gql(
    'query($text: String!) { searchRecords(text: $text, kinds: [MESSAGE], first: 50) { edges { node { ... on Message { id } } } } }',
    { text: P.split('-').pop() },
    viewer,
  );
  expect(r.errors).toBeUndefined();
  return r.data.searchRecords.edges.map((e: any) => e.node.id).sort();
}

async function visibleMessages(viewer: Viewer): Promise<string[]> {
  const rows = await api.db.raw<{ id: string }>(
    'MATCH (m:Message) WHERE m.id STARTS WITH $p AND m.visibility IN $vis AND NOT coalesce(m.archived, false) RETURN m.id AS id',
    { p: P, vis: visibleTo(viewer.role) },
    'READ',
  );
  return rows.map((v) => v.id).sort();
}

/** Other test files write at the same time: a recount can fall between their commits, so a difference must last. */
async function lastingDrift(): Promise<unknown[]> {
  let found: unknown[] = [];
  for (let attempt = 0; attempt < 5; attempt++) {
    found = await drift();
    if (!found.length) return found;
    await new Promise((done) => setTimeout(done, 500));
  }
  return found;
}

describe('message counts', () => {
  it(`equal a full recount after random writes through every path, three at a time (seed ${SEED})`, async () => {
    const messages = Array.from({ length: 9 }, (_, i) => id(`m${i}`));
    const paths = new Set<string>();
    // At least 30 rounds, and on until every path was taken: which write a round makes depends on the state the
    // concurrent writes before it left, so 30 rounds alone once missed one path.
    for (let round = 0; round < 30 || (paths.size < 10 && round < 300); round++) {
      // Three different messages at once, sharing the same few spaces: their counts are written concurrently.
      const batch = [...new Set([pick(messages), pick(messages), pick(messages)])];
      for (const path of await Promise.all(batch.map(write))) paths.add(path);
      // Who may find the texts (src/model/scope.ts) followed the same writes: a reader's search finds exactly the
      // messages it may see and that are not archived.
      const viewer = READERS[round % READERS.length];
      expect(await searched(viewer), `round ${round}, ${viewer.role}`).toEqual(await visibleMessages(viewer));
    }
    // Every path was taken.
    expect([...paths].sort()).toEqual(
      ['archive', 'create', 'example', 'import', 'link', 'purge', 'raw', 'seed', 'unlink', 'visibility'].sort(),
    );
    const [mine] = await api.db.raw<{ carried: number }>(
      'MATCH (:Message)-[c:CARRIED_IN]->(s:Space) WHERE s.id IN $spaces RETURN count(c) AS carried',
      { spaces: SPACES },
      'READ',
    );
    // The writes left something to count.
    expect(mine.carried).toBeGreaterThan(0);
    expect(await lastingDrift()).toEqual([]);
  });

  it('follow an archive, then a purge, of one message', async () => {
    const mid = id('one');
    await createRecord(ctx(), 'Message', {}, {
      id: mid,
      text: 'Un message',
      language: 'fr',
      visibility: 'PUBLIC',
      spaces: [SPACES[0]],
      basis: 'RECORD',
    } as never);
    const space = async () =>
      (
        await api.db.raw<{ tally: number[] }>(
          'MATCH (s:Space {id: $id}) RETURN [i IN range(0, 5) | coalesce(s.tally[i], 0)] AS tally',
          { id: SPACES[0] },
          'READ',
        )
      )[0].tally;
    const before = await space();
    const v = (await current(mid))!.version;
    await archiveRecord(ctx(), { label: 'Message', id: mid, version: v });
    const archived = await space();
    // PUBLIC (bucket 0) and PUBLIC on the record (bucket 3) each lose one.
    expect(archived).toEqual(before.map((n, i) => (i === 0 || i === 3 ? n - 1 : n)));
    await purgeRecord(ctx(), 'Message', mid);
    expect(await space()).toEqual(archived);
  });
});
