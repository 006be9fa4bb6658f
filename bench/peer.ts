// Child process: the peer, @neo4j/graphql 7 over the same database (type definitions in peer.graphql),
// served like ours (Apollo Server 5 on express 5); GET /stats gives the Cypher statements its driver sent.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { StatementCounter } from './counting.js';
import { ROOT } from './env.js';
import { announce, exitWithParent } from './serve.js';

const counter = new StatementCounter();
const driver = counter.wrap(
  neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USERNAME!, process.env.NEO4J_PASSWORD!)),
);
const typeDefs = readFileSync(join(ROOT, 'bench', 'peer.graphql'), 'utf8');
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const apollo = new ApolloServer({
  schema,
  introspection: false,
  csrfPrevention: true,
  plugins: [ApolloServerPluginLandingPageDisabled()],
});
await apollo.start();

const app = express();
app.disable('x-powered-by');
app.get('/stats', (_req, res) => {
  res.json({ statements: counter.count });
});
app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo, { context: async () => ({}) }));
const http = createServer(app);
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
exitWithParent(async () => {
  http.close();
  await apollo.stop();
  await driver.close();
});
announce(`http://127.0.0.1:${(http.address() as AddressInfo).port}`);
