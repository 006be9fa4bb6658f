// In-process access to the real service for tests: the same schema, Apollo server and Neo4j as `npm start`.
import 'reflect-metadata';
import { inject } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { loadConfig, type Config } from '../../src/config.js';
import type { Db } from '../../src/db/db.js';
import { createApollo } from '../../src/graphql/apollo.js';
import type { Context } from '../../src/graphql/context.js';
import { ANONYMOUS, type Viewer } from '../../src/domain/viewer.js';
import { cypherStatements } from '../../src/metrics.js';
import { connect } from '../../src/db/connect.js';

export function testConfig(extra: Record<string, string> = {}): Config {
  const n = inject('neo4j') ?? {
    uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    username: 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? 'advocacy-local',
    database: 'neo4j',
  };
  return loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    NEO4J_URI: n.uri,
    NEO4J_USERNAME: n.username,
    NEO4J_PASSWORD: n.password,
    NEO4J_DATABASE: n.database,
    LOG_LEVEL: 'silent',
    ...extra,
  });
}

async function statementsSent(): Promise<number> {
  const m = await cypherStatements.get();
  return m.values.reduce((s, v) => s + v.value, 0);
}

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: readonly (string | number)[]; extensions?: Record<string, any> }>;
  statements: number;
}

export interface TestApi {
  db: Db;
  apollo: ApolloServer<Context>;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    viewer?: Viewer,
  ): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export async function testApi(): Promise<TestApi> {
  const config = testConfig();
  const db = await connect(config);
  const apollo = await createApollo(config);
  return {
    db,
    apollo,
    async gql(query, variables = {}, viewer = ANONYMOUS) {
      const before = await statementsSent();
      const res = await apollo.executeOperation({ query, variables }, { contextValue: { db, viewer } });
      const statements = (await statementsSent()) - before;
      if (res.body.kind !== 'single') throw new Error('unexpected incremental response');
      return { ...(res.body.singleResult as object), statements } as never;
    },
    async close() {
      await apollo.stop();
      await db.driver.close();
    },
  };
}

/** A unique id prefix per test file run, so tests never touch each other's data. */
export const uid = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
