// What the runs need before asking anything (our cursor to the deep page, the peer's, an editor's key for the
// write) and the cleaning after.
import { ApiKeys } from '../src/auth/api-keys.js';
import type { Db } from '../src/db/db.js';
import { decodeCursor } from '../src/graphql/pagination.js';
import { benchCypher } from './cypher.js';
import { tallyClause } from '../src/model/tally.js';
import { send } from './measure.js';
import { DEEP, WRITE_PREFIX, type Prepared } from './workloads.js';

/** Walks our cursors once to the deep page, makes the peer's, and gets ours an editor's API key for the write. */
export async function prepare(db: Db, oursUrl: string): Promise<{ prepared: Prepared; release: () => Promise<void> }> {
  const { cursor, page } = await walkToDeepPage(oursUrl);
  // The peer's cursors are offsets ("arrayconnection:<index>"): the one it gives for the end of page n - 1 is made
  // directly, since walking them costs it more than one deep page each.
  const peerCursor =
    page > 1 ? Buffer.from(`arrayconnection:${(page - 1) * DEEP.pageSize - 1}`).toString('base64') : null;
  const oursWrite = await benchKey(db, 'editor');
  const prepared: Prepared = {
    oursCursor: cursor,
    oursKey: cursor ? (decodeCursor(cursor, ['int', 'string']) as [number, string]) : null,
    peerCursor,
    page,
    oursWrite: { authorization: oursWrite.authorization },
  };
  return { prepared, release: oursWrite.release };
}

/** Our cursor to the deep page (or to the last page, if there are fewer), walked page by page as a client would. */
export async function walkToDeepPage(url: string): Promise<{ cursor: string | null; page: number }> {
  let cursor: string | null = null;
  let page = 1;
  while (page < DEEP.page) {
    const r = await send(url, DEEP.ours(DEEP.themes, cursor));
    if (r.error) throw new Error(`${url}: walking to the deep page: ${r.error}`);
    const info = (r.json as { data: { sharedMessages: { pageInfo: { hasNextPage: boolean; endCursor: string } } } })
      .data.sharedMessages.pageInfo;
    if (!info.hasNextPage) break;
    cursor = info.endCursor;
    page++;
  }
  return { cursor, page };
}

/** Our createMessage needs an editor, our /metrics an admin: an API key made for this run and revoked after it. */
export async function benchKey(
  db: Db,
  role: 'editor' | 'admin',
): Promise<{ authorization: string; release: () => Promise<void> }> {
  const api = new ApiKeys(db, 0);
  const label = `bench-${role}-${process.pid}`;
  const { key } = await api.create(label, role);
  return {
    authorization: `Bearer ${key}`,
    release: async () => {
      await api.revoke(label);
    },
  };
}

/** Deletes what the write workloads created. */
export async function cleanWrites(db: Db): Promise<void> {
  // What our createMessage counted (src/model/tally.ts) is counted out first; the floor's raw writes never were.
  await db.raw(`MATCH (m:Message) WHERE m.id STARTS WITH $prefix ${tallyClause('m', 'gone')}`, {
    prefix: WRITE_PREFIX,
  });
  await db.raw(benchCypher('generate/clean-writes'), { prefix: WRITE_PREFIX });
}
