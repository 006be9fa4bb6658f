// applyGraphDocument on documents this file owns (ids with a unique prefix, removed afterwards):
// edits by a person survive, missing endpoints and invalid seed files write nothing, statements use the index.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/db.js';
import { applyGraphDocument } from '../../src/graph-data/apply.js';
import { GraphDataError, type GraphDocument } from '../../src/graph-data/document.js';
import { upsertStatement } from '../../src/model/statements.js';
import { loadSeed } from '../../src/graph-data/seed.js';
import { uid } from '../support/api.js';
import { dropFixture } from '../support/fixture.js';
import { seedCopy, testDb } from './support.js';

let db: Db;
const prefix = uid('seedtest');
beforeAll(async () => {
  db = await testDb();
});
afterAll(async () => {
  await dropFixture(db, prefix);
  await db.driver.close();
});

const themeId = `${prefix}-theme`;
const messageId = `${prefix}-message`;
const doc = (themeFr: string, messageFr: string): GraphDocument => ({
  nodes: [
    {
      label: 'Theme',
      id: themeId,
      visibility: 'PUBLIC',
      props: { example: true },
      texts: [
        { field: 'name', lang: 'fr', value: themeFr, original: true },
        { field: 'name', lang: 'en', value: 'Theme', original: false },
      ],
    },
    {
      label: 'Message',
      id: messageId,
      visibility: 'PUBLIC',
      props: { example: true },
      texts: [
        { field: 'text', lang: 'fr', value: messageFr, original: true },
        { field: 'text', lang: 'en', value: 'Message', original: false },
      ],
    },
  ],
  relationships: [
    {
      type: 'ADDRESSES',
      from: { label: 'Message', id: messageId },
      to: { label: 'Theme', id: themeId },
      props: { basis: 'EDITORIAL' },
    },
    // An endpoint already in the graph (the seed's), not in the document.
    {
      type: 'ADDRESSES',
      from: { label: 'Message', id: messageId },
      to: { label: 'Theme', id: 'sex-work' },
      props: { basis: 'EDITORIAL' },
    },
  ],
});
const state = (label: string, id: string) =>
  db
    .raw<{ version: number; visibility: string; fr: string }>(
      `MATCH (n:${label} {id: $id})-[:HAS_TEXT]->(t:Text {lang: 'fr'}) RETURN n.version AS version, n.visibility AS visibility, t.value AS fr`,
      { id },
      'READ',
    )
    .then((r) => r[0]);

describe('applyGraphDocument', () => {
  it('creates, then changes nothing when applied again, then updates what changed', async () => {
    const first = await applyGraphDocument(db, doc('Thème', 'Message'), { actor: 'test', seeded: true });
    expect(first).toMatchObject({ nodes: 2, relationships: 2, nodesCreated: 2, relationshipsCreated: 2 });
    const again = await applyGraphDocument(db, doc('Thème', 'Message'), { actor: 'test', seeded: true });
    expect(again).toMatchObject({ nodesCreated: 0, nodesUpdated: 0, relationshipsCreated: 0, relationshipsUpdated: 0 });
    expect(await state('Theme', themeId)).toMatchObject({ version: 1, fr: 'Thème' });
    const changed = await applyGraphDocument(db, doc('Thème corrigé', 'Message'), { actor: 'test', seeded: true });
    expect(changed).toMatchObject({ nodesCreated: 0, nodesUpdated: 1 });
    expect(await state('Theme', themeId)).toMatchObject({ version: 2, fr: 'Thème corrigé' });
  });

  it('never overwrites a node a person has edited', async () => {
    await applyGraphDocument(db, doc('Thème', 'Message'), { actor: 'test', seeded: true });
    // What the API does on an edit: new values, a new version, editedAt set.
    await db.raw(
      `MATCH (n:Message {id: $id})-[:HAS_TEXT]->(t:Text {lang: 'fr'})
                  SET t.value = 'Texte d’une personne', n.visibility = 'INTERNAL', n.version = n.version + 1, n.editedAt = datetime()`,
      { id: messageId },
    );
    const before = await state('Message', messageId);
    const r = await applyGraphDocument(db, doc('Thème', 'Message du seed modifié'), { actor: 'test', seeded: true });
    expect(r.nodesKept).toBe(1);
    expect(await state('Message', messageId)).toEqual(before);
    expect(before).toMatchObject({ visibility: 'INTERNAL', fr: 'Texte d’une personne' });
  });

  it('refuses a relationship whose endpoint is nowhere, naming it, and writes nothing', async () => {
    const lonely = `${prefix}-lonely`;
    const bad: GraphDocument = {
      nodes: [
        {
          label: 'Theme',
          id: lonely,
          visibility: 'PUBLIC',
          props: { example: true },
          texts: [{ field: 'name', lang: 'fr', value: 'Seul', original: true }],
        },
      ],
      relationships: [
        {
          type: 'ADDRESSES',
          from: { label: 'Message', id: `${prefix}-ghost` },
          to: { label: 'Theme', id: lonely },
          props: { basis: 'RECORD' },
        },
      ],
    };
    const err = await applyGraphDocument(db, bad, { actor: 'test' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphDataError);
    expect((err as GraphDataError).lines).toEqual([
      expect.stringContaining(`Message:${prefix}-ghost: not in the document nor in the graph`),
    ]);
    expect(await db.raw(`MATCH (n:Theme {id: $id}) RETURN n`, { id: lonely }, 'READ')).toEqual([]);
  });

  it('writes nothing from seed files that have a problem', async () => {
    const good = `${prefix}-good`;
    const dir = seedCopy({
      append: {
        'themes.yaml': [
          `- id: ${good}`,
          '  visibility: PUBLIC',
          '  section: advocacy',
          '  name: {fr: Bon, en: Good}',
          `- id: ${prefix}-bad`,
          '  visibility: PUBLIC',
          '  section: advocacy',
          '  name: {fr: Mauvais}',
        ].join('\n'),
      },
    });
    const err = await loadSeed(db, dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GraphDataError);
    expect((err as GraphDataError).lines).toEqual([
      expect.stringMatching(new RegExp(`themes\\.yaml: entry "${prefix}-bad": name\\.en: `)),
    ]);
    expect(await db.raw(`MATCH (n:Theme {id: $id}) RETURN n`, { id: good }, 'READ')).toEqual([]);
  });

  it('looks nodes up through the id uniqueness constraint, not a scan', async () => {
    const constraint = await db.raw(
      `SHOW CONSTRAINTS YIELD labelsOrTypes, properties WHERE labelsOrTypes = ['Theme'] AND properties = ['id'] RETURN 1 AS x`,
      {},
      'READ',
    );
    expect(constraint.length, 'the migrations create the Theme id constraint').toBe(1);
    const session = db.driver.session({ database: db.database });
    try {
      const plan = (
        await session.run(`EXPLAIN ${db.statement(upsertStatement('Theme'))}`, { rows: [], seeded: true, actor: 'x' })
      ).summary.plan;
      const ops: string[] = [];
      const walk = (p: { operatorType: string; children: unknown[] }) => {
        ops.push(p.operatorType);
        p.children.forEach((c) => walk(c as never));
      };
      walk(plan as never);
      expect(ops.some((o) => o.startsWith('NodeUniqueIndexSeek'))).toBe(true);
      expect(ops.filter((o) => /AllNodesScan|NodeByLabelScan/.test(o))).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
