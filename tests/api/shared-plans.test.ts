// sharedMessages has two plans in its one statement (cypher/queries/shared-messages.cypher): a walk along the
// message id index when every theme must match and the themes are common together, and the gathering of every
// candidate otherwise. Asking totalCount forces the gathering, so the same pages with and without it compare
// the two plans. Bulk data written here in a few UNWIND statements (thousands of messages).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFixture } from '../support/fixture.js';
import { testApi, uid, type TestApi, type GqlResult } from '../support/api.js';

const P = uid('plans');
const id = (s: string) => `${P}-${s}`;
const pad = (i: number) => String(i).padStart(4, '0');
let api: TestApi;

interface Bulk {
  id: string;
  visibility: string;
  themes: string[];
}

async function bulk(messages: Bulk[]): Promise<void> {
  await api.db.raw(
    `UNWIND $rows AS r
    CREATE (m:Message {id: r.id, visibility: r.visibility, version: 1, archived: false, example: false})
    CREATE (m)-[:HAS_TEXT]->(:Text:MessageText {field: 'text', lang: 'fr', value: r.id, original: true})
    WITH m, r UNWIND r.themes AS t MATCH (th:Theme {id: t}) CREATE (m)-[:ADDRESSES]->(th)`,
    { rows: messages },
  );
}

beforeAll(async () => {
  api = await testApi();
  await api.db.raw(
    `UNWIND $ids AS i CREATE (t:Theme {id: i, visibility: 'PUBLIC', version: 1, archived: false, example: false})
    CREATE (t)-[:HAS_TEXT]->(:Text:ThemeText {field: 'name', lang: 'en', value: i, original: true})`,
    { ids: ['a', 'b', 'c', 'd', 'e'].map(id) },
  );
  // a and b are common and meet often (the walk finds pages): 400 on both, some hidden, some on a only, some also on c.
  await bulk(
    Array.from({ length: 600 }, (_, i) => ({
      id: id(`ab-${pad(i)}`),
      visibility: i % 7 === 3 ? 'INTERNAL' : 'PUBLIC',
      themes: i % 3 === 2 ? [id('a')] : i % 5 === 0 ? [id('a'), id('b'), id('c')] : [id('a'), id('b')],
    })),
  );
  // d and e are common but meet only in the three z messages, after 4,200 messages on one of them in id order:
  // the walk gives up after 4,000 and the gathering must find them.
  await bulk([
    ...Array.from({ length: 2100 }, (_, i) => ({ id: id(`d-${pad(i)}`), visibility: 'PUBLIC', themes: [id('d')] })),
    ...Array.from({ length: 2100 }, (_, i) => ({ id: id(`e-${pad(i)}`), visibility: 'PUBLIC', themes: [id('e')] })),
    ...Array.from({ length: 3 }, (_, i) => ({
      id: id(`z-${pad(i)}`),
      visibility: 'PUBLIC',
      themes: [id('d'), id('e')],
    })),
  ]);
}, 120_000);

afterAll(async () => {
  await dropFixture(api.db, P);
  await api.close();
});

const PAGE = (total: boolean) => `query($themes: [ID!]!, $first: Int, $after: String) {
  sharedMessages(themes: $themes, first: $first, after: $after) {
    ${total ? 'totalCount' : ''} pageInfo { hasNextPage endCursor }
    edges { cursor node { id } matchedThemes { id } }
  }
}`;

async function allPages(themes: string[], first: number, total: boolean) {
  const pages: Array<{ ids: string[]; cursors: string[]; hasNext: boolean }> = [];
  let after: string | null = null;
  for (;;) {
    const r: GqlResult = await api.gql(PAGE(total), { themes, first, after });
    expect(r.errors).toBeUndefined();
    expect(r.statements).toBe(1);
    const c = r.data!.sharedMessages;
    for (const e of c.edges) expect(e.matchedThemes.map((t: { id: string }) => t.id)).toEqual([...themes].sort());
    pages.push({
      ids: c.edges.map((e: { node: { id: string } }) => e.node.id),
      cursors: c.edges.map((e: { cursor: string }) => e.cursor),
      hasNext: c.pageInfo.hasNextPage,
    });
    if (!c.pageInfo.hasNextPage) return pages;
    after = c.pageInfo.endCursor;
  }
}

/** The statement's own estimate (shared-messages.cypher): the walk runs when $limit / share <= 1000. */
async function walkRuns(themes: string[], first: number): Promise<boolean> {
  const [row] = await api.db.raw<{ share: number }>(
    `CALL () { UNWIND $themes AS id MATCH (t:Theme {id: id}) RETURN collect(COUNT { (t)<-[:ADDRESSES]-() }) AS degrees }
    CALL () { MATCH (m:Message) RETURN count(m) AS messages }
    RETURN reduce(share = 1.0, d IN degrees | share * d / messages) AS share`,
    { themes },
    'READ',
  );
  return (first + 1) / row.share <= 1000;
}

/** The walk can only be compared when it runs: in a database that holds many other messages (a benchmark graph,
 * say) the themes here are too rare for the estimate to choose it, and the comparison would prove nothing. */
async function needWalk(ctx: { skip: (note?: string) => void }, themes: string[], first: number): Promise<void> {
  if (await walkRuns(themes, first)) return;
  const [row] = await api.db.raw<{ n: number }>('MATCH (m:Message) RETURN count(m) AS n', {}, 'READ');
  ctx.skip(`the database holds ${row.n} messages: too many others for the walk plan to be chosen on this fixture`);
}

describe('sharedMessages: the id walk and the gathering give the same pages', () => {
  it('on themes that meet often: every public message on both, by id, the same pages and cursors either way', async (ctx) => {
    const expected = (
      await api.db.raw<{ id: string }>(
        `MATCH (a:Theme {id: $a})<-[:ADDRESSES]-(m:Message)-[:ADDRESSES]->(b:Theme {id: $b})
      WHERE m.visibility = 'PUBLIC' RETURN m.id AS id ORDER BY id`,
        { a: id('a'), b: id('b') },
        'READ',
      )
    ).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(300);
    await needWalk(ctx, [id('a'), id('b')], 5);
    const walked = await allPages([id('a'), id('b')], 5, false);
    const gathered = await allPages([id('a'), id('b')], 5, true);
    expect(walked.flatMap((p) => p.ids)).toEqual(expected);
    expect(walked).toEqual(gathered);
  });

  it('on common themes that rarely meet: the walk gives up and the three shared messages are still found', async (ctx) => {
    await needWalk(ctx, [id('d'), id('e')], 20);
    const walked = await allPages([id('d'), id('e')], 20, false);
    expect(walked).toEqual([
      { ids: [id('z-0000'), id('z-0001'), id('z-0002')], cursors: expect.any(Array), hasNext: false },
    ]);
    expect(walked).toEqual(await allPages([id('d'), id('e')], 20, true));
  });
});
