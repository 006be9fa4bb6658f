// A Neo4j that went down, then holds statements unanswered (as while it starts after a crash, where statements were
// held 20 to 34 s): the request gets DATABASE_UNAVAILABLE within NEO4J_MAX_RETRY_MS + 1 s and its write is never
// committed; a request waiting out the outage is answered promptly once Neo4j answers again. A slow statement on a
// Neo4j that answers is left to finish, even just after an outage. The real Neo4j sits behind a TCP proxy that can
// hold every byte (freeze), so the driver's connections stay open and the statement is sent but never answered.
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../src/db/connect.js';
import type { Db } from '../../src/db/db.js';
import { testConfig, uid } from '../support/api.js';

const WAIT_MS = 2_000;

/** Forwards to Neo4j; while frozen, bytes in both directions are held until thawed. */
class FreezingProxy {
  private frozen = false;
  private refusing = false;
  private held: (() => void)[] = [];
  private readonly sockets = new Set<Socket>();
  readonly server: Server;

  constructor(target: { host: string; port: number }) {
    this.server = createServer((client) => {
      if (this.refusing) return void client.destroy();
      const upstream = createConnection(target);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('error', () => {});
      }
      const pipe = (from: Socket, to: Socket) =>
        from.on('data', (chunk) => (this.frozen ? this.held.push(() => to.write(chunk)) : to.write(chunk)));
      pipe(client, upstream);
      pipe(upstream, client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
  }

  listen(): Promise<number> {
    return new Promise((done) => this.server.listen(0, '127.0.0.1', () => done((this.server.address() as any).port)));
  }

  /** Neo4j down: open connections cut, new ones closed at once. */
  refuse(on: boolean): void {
    this.refusing = on;
    if (on) for (const s of this.sockets) s.destroy();
  }

  freeze(): void {
    this.frozen = true;
  }

  thaw(): void {
    this.frozen = false;
    for (const send of this.held.splice(0)) send();
  }

  close(): void {
    for (const s of this.sockets) s.destroy();
    this.server.close();
  }
}

let proxy: FreezingProxy;
let proxyPort: number;
let db: Db;
const P = uid('unresp');

beforeAll(async () => {
  const real = testConfig();
  const url = new URL(real.neo4j.uri.replace(/^[a-z+]+:/, 'http:'));
  proxy = new FreezingProxy({ host: url.hostname, port: Number(url.port || 7687) });
  proxyPort = await proxy.listen();
  const config = testConfig({ NEO4J_URI: `bolt://127.0.0.1:${proxyPort}`, NEO4J_MAX_RETRY_MS: String(WAIT_MS) });
  db = await connect(config);
});

afterAll(async () => {
  proxy.thaw();
  await db.raw('MATCH (n:UnresponsiveProbe) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: P });
  await db.driver.close();
  proxy.close();
});

const stored = async (id: string) =>
  (await db.raw<{ n: number }>('MATCH (n:UnresponsiveProbe {id: $id}) RETURN count(n) AS n', { id }, 'READ'))[0].n;

describe('a Neo4j that stops answering', () => {
  it('answers DATABASE_UNAVAILABLE within NEO4J_MAX_RETRY_MS + 1 s, and the write it held never commits', async () => {
    // Down first (as after a crash): the request is told so within the bound.
    proxy.refuse(true);
    const down = Date.now();
    await expect(db.raw('RETURN 1', {}, 'READ')).rejects.toMatchObject({
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
    expect(Date.now() - down).toBeLessThan(WAIT_MS + 1_000);
    // Then starting: connections accepted, statements held unanswered.
    proxy.refuse(false);
    const id = `${P}-frozen`;
    const started = Date.now();
    // Frozen once the transaction has begun: the statement is sent and never answered.
    const write = db.writeTx(async (tx) => {
      proxy.freeze();
      return tx.run('raw', { id }, 'CREATE (:UnresponsiveProbe {id: $id})');
    });
    await expect(write).rejects.toMatchObject({ extensions: { code: 'DATABASE_UNAVAILABLE' } });
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(WAIT_MS - 100);
    expect(waited).toBeLessThan(WAIT_MS + 1_000);
    // Neo4j answers again: the held statement runs, and the abandoned transaction is rolled back, not committed.
    proxy.thaw();
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await stored(id)).toBe(0);
  });

  it('a request waiting for Neo4j is answered within 1.5 s of Neo4j answering again', async () => {
    const waiting = await connect(
      testConfig({ NEO4J_URI: `bolt://127.0.0.1:${proxyPort}`, NEO4J_MAX_RETRY_MS: '10000' }),
    );
    try {
      proxy.refuse(true);
      const read = waiting.raw<{ one: number }>('RETURN 1 AS one', {}, 'READ');
      // Back while the request is still within its wait. The driver's own pauses (1 s, 2 s, 4 s, ±20%) put its next
      // attempt at least 1.6 s after this; with them the answer came 3.2 s after Neo4j was back. Ours are at most
      // 480 ms; under CI's load the answer then took up to about 1 s.
      await new Promise((r) => setTimeout(r, 4_000));
      proxy.refuse(false);
      const back = Date.now();
      await expect(read).resolves.toEqual([{ one: 1 }]);
      expect(Date.now() - back).toBeLessThan(1_500);
    } finally {
      proxy.refuse(false);
      await waiting.driver.close();
    }
  });

  it('leaves a slow statement to finish while Neo4j answers, just after an outage (a lock held past the wait)', async () => {
    const id = `${P}-locked`;
    await db.raw('CREATE (:UnresponsiveProbe {id: $id, n: 0})', { id }, 'WRITE');
    // Another client holds the node's write lock for longer than the request's wait.
    const holder = db.driver.session({ defaultAccessMode: neo4j.session.WRITE, database: db.database });
    const tx = await holder.beginTransaction();
    await tx.run('MATCH (n:UnresponsiveProbe {id: $id}) SET n.n = 1', { id });
    const started = Date.now();
    const write = db.raw('MATCH (n:UnresponsiveProbe {id: $id}) SET n.n = n.n + 10 RETURN n.n AS n', { id }, 'WRITE');
    setTimeout(() => void tx.commit().then(() => holder.close()), WAIT_MS + 1_500);
    await expect(write).resolves.toEqual([{ n: 11 }]);
    expect(Date.now() - started).toBeGreaterThan(WAIT_MS + 1_000);
  });
});
