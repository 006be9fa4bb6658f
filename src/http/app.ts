// The HTTP surface: GraphQL, health, metrics (and, added by other modules, downloads and the explorer).
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import express, { type ErrorRequestHandler, type Express } from 'express';
import type { Db } from '../db/db.js';
import { ANONYMOUS, type Context } from '../graphql/context.js';
import { registry } from '../metrics.js';

export interface AppDeps { db: Db; apollo: ApolloServer<Context>; bodyLimit?: string }

export function createApp({ db, apollo, bodyLimit = '100kb' }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');

  app.get('/health/live', (_req, res) => { res.json({ status: 'ok' }); });
  app.get('/health/ready', async (_req, res) => {
    try {
      await db.driver.getServerInfo({ database: db.database });
      res.json({ status: 'ok', neo4j: 'up' });
    } catch {
      res.status(503).json({ status: 'unavailable', neo4j: 'down' });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });

  app.use('/graphql', express.json({ limit: bodyLimit }), expressMiddleware(apollo, {
    context: async (): Promise<Context> => ({ db, viewer: ANONYMOUS }),
  }));

  app.use(((err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    const message = status === 413 ? 'The request body is larger than the limit' : status < 500 ? 'The request could not be read' : 'Something went wrong on our side';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  }) as ErrorRequestHandler);
  return app;
}
