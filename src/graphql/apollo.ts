// Apollo Server over the type-graphql schema, with errors masked and operations counted.
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { Config } from '../config.js';
import { graphqlOperations } from '../metrics.js';
import type { Context } from './context.js';
import { formatError } from './format-error.js';
import { getSchema } from './schema.js';
import { costLimit } from '../limits/cost.js';
import { limitRules } from '../limits/rules.js';
import { wellFormedText } from './well-formed.js';

const countOperations: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ operation, errors }) {
        graphqlOperations.inc({ type: operation?.operation ?? 'unknown', outcome: errors?.length ? 'error' : 'ok' });
      },
    };
  },
};

export async function createApollo(
  config: Config,
  plugins: ApolloServerPlugin<Context>[] = [],
): Promise<ApolloServer<Context>> {
  const production = config.env === 'production';
  const server = new ApolloServer<Context>({
    schema: await getSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    allowBatchedHttpRequests: false,
    // The process owns SIGTERM/SIGINT (main.ts drains HTTP first). Apollo's handler, on by default outside
    // NODE_ENV=test, stops Apollo under requests still in flight and then re-sends the signal.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    // Abuse limits (src/limits): tokens at parse time, then depth/aliases/directives, then cost with the variables.
    parseOptions: { maxTokens: config.limits.tokens },
    validationRules: limitRules(config.limits),
    // No cache hints are set; left on, the cache-control plugin wraps every field's resolver (a third of the
    // time of a large answer such as the intersection graph).
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      countOperations,
      wellFormedText<Context>(),
      costLimit<Context>(config.limits),
      ...plugins,
    ],
  });
  await server.start();
  return server;
}
