// The HTTP surface: GraphQL, health, metrics (and, added by other modules, downloads and the explorer).
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { forbidden, sendRejection, unauthenticated } from '../auth/rejection.js';
import { identifyViewer, refuseRejected } from '../auth/viewer.js';
import { loadConfig, type Config } from '../config.js';
import type { Db } from '../db/db.js';
import type { Context } from '../graphql/context.js';
import { rateLimit } from '../limits/rate-limit.js';
import { registry } from '../metrics.js';
import { idempotencyHeader } from '../graphql/mutations/idempotency.js';
import type { Shared } from '../shared/redis.js';
import { briefingRouter } from './briefings.js';
import { explorerRouter, graphiqlPage } from './explorer.js';
import { readiness } from './readiness.js';

/** Without a config (tests of other layers), the documented defaults apply: authentication and limits stay on.
 * `shared` (REDIS_URL) holds what several replicas must share: rate-limit counters and key revocations. */
export interface AppDeps {
  db: Db;
  apollo: ApolloServer<Context>;
  config?: Config;
  draining?: () => boolean;
  warmUp?: (db: Db) => Promise<void>;
  shared?: Shared | null;
}

/** Metrics show who writes when: admins only (an API key or token with the admin role). */
const adminsOnly: RequestHandler = (_req, res, next) => {
  const { role } = res.locals.viewer;
  if (role === 'admin') return next();
  sendRejection(
    res,
    role === 'anonymous'
      ? unauthenticated('Metrics need an admin API key or token')
      : forbidden('Metrics are for admins'),
  );
};

export function createApp({
  db,
  apollo,
  config = loadConfig({}),
  draining = () => false,
  warmUp,
  shared,
}: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // Behind a reverse proxy, the caller's address (for the rate limit) is in X-Forwarded-For, this many hops back.
  if (config.limits.trustProxyHops > 0) app.set('trust proxy', config.limits.trustProxyHops);

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // The probe's bound: never longer than a request would wait for the database.
  app.get(
    '/health/ready',
    readiness({ db, timeoutMs: Math.min(config.neo4j.maxRetryMs, 2_000) || 1_000, draining, warmUp }),
  );
  const viewer = identifyViewer(db, config.auth, shared?.revocations);
  app.get('/metrics', viewer, refuseRejected, adminsOnly, async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });

  app.use(explorerRouter());
  app.get('/graphql', graphiqlPage);
  // One rate limit for GraphQL and downloads: a caller's requests count together.
  const guard = [viewer, rateLimit(config.limits, shared), refuseRejected];
  app.use('/briefings', ...guard, briefingRouter(db));
  app.use(
    '/graphql',
    ...guard,
    express.json({ limit: config.limits.bodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => ({
        db,
        viewer: res.locals.viewer,
        idempotency: idempotencyHeader((name) => req.get(name), config.idempotencyKeyTtlSeconds),
      }),
    }),
  );

  app.use(((err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    const message =
      status === 413
        ? 'The request body is larger than the limit'
        : status < 500
          ? 'The request could not be read'
          : 'Something went wrong on our side';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  }) as ErrorRequestHandler);
  return app;
}
