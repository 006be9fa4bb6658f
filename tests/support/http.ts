// The whole service over real HTTP for tests of the HTTP layer (auth, limits, leaks, fuzzing): start() on a free port.
import type { Db } from '../../src/db/db.js';
import { start, type Running } from '../../src/server.js';
import { testConfig } from './api.js';

export interface HttpReply {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

export interface HttpApi {
  url: string;
  db: Db;
  running: Running;
  /** POSTs a GraphQL operation as JSON; `token` goes in as a Bearer credential. */
  gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<HttpReply>;
  fetch(path: string, init?: RequestInit): Promise<HttpReply>;
  close(): Promise<void>;
}

export async function httpApi(env: Record<string, string> = {}): Promise<HttpApi> {
  const running = await start(testConfig({ PORT: '0', SEED_ON_EMPTY: 'false', ...env }));
  const call = async (path: string, init?: RequestInit): Promise<HttpReply> => {
    const res = await fetch(`${running.url}${path}`, init);
    const text = await res.text();
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON: the test looks at text */
    }
    return { status: res.status, headers: res.headers, text, body };
  };
  return {
    url: running.url,
    db: running.db,
    running,
    gql: (query, variables = {}, token) =>
      call('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      }),
    fetch: call,
    close: () => running.close(),
  };
}

/** Removes the API keys a test made (their labels start with the test's prefix). */
export async function dropKeys(db: Db, prefix: string): Promise<void> {
  await db.raw('MATCH (k:ApiKey) WHERE k.label STARTS WITH $prefix DETACH DELETE k', { prefix });
}
