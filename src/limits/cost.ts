// The query cost limit: every field costs 1, and what a list field selects counts once per item it may return
// (its `first` argument, else an assumed list size). It needs the variables, so it runs as an Apollo plugin
// once the operation is known and before anything executes.
import type { ApolloServerPlugin } from '@apollo/server';
import { createRequire } from 'node:module';
import { getNamedType, getNullableType, getVariableValues, GraphQLError, isListType } from 'graphql';
import type { ComplexityEstimator, getComplexity as GetComplexity } from 'graphql-query-complexity';
import type { Config } from '../config.js';
import { logger } from '../logger.js';

// Its CommonJS build, which loads graphql the way type-graphql does: its ESM build imports graphql/index.mjs,
// a second graphql instance under vitest ("from another module or realm", see ENGINEERING.md).
const { getComplexity } = createRequire(import.meta.url)('graphql-query-complexity') as {
  getComplexity: typeof GetComplexity;
};

type Limits = Pick<Config['limits'], 'cost' | 'listSize'>;

export function costEstimator(listSize: number): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    // Introspection is bounded by the schema's size: count it, but do not multiply it.
    if (type.name.startsWith('__') || getNamedType(field.type).name.startsWith('__')) return 1 + childComplexity;
    let items = 1;
    // A list that is small by nature says how many items to expect (`@Extensions({ listSize: n })`).
    const declared = (field.extensions as { listSize?: unknown } | undefined)?.listSize;
    if (typeof args.first === 'number') items = Math.max(0, args.first);
    else if (typeof declared === 'number') items = declared;
    // A connection is already multiplied by its `first`; its edges are those same items.
    else if (isListType(getNullableType(field.type)) && !(field.name === 'edges' && type.name.endsWith('Connection')))
      items = listSize;
    return 1 + items * childComplexity;
  };
}

const tooCostly = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });

export function costLimit<C extends object>(limits: Limits): ApolloServerPlugin<C> {
  const estimators = [costEstimator(limits.listSize)];
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          // Variables that do not fit are rejected by execution (BAD_USER_INPUT); nothing to cost yet.
          if (getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables ?? {}).errors) return;
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: request.operationName ?? undefined,
              estimators,
            });
          } catch (e) {
            // Past 10,000 selections graphql-query-complexity stops counting; its message stays in the log.
            logger.debug('query not costed', { message: (e as Error).message });
            throw tooCostly('The query has too many fields to be run');
          }
          if (cost > limits.cost)
            throw tooCostly(
              `The query would cost ${cost}; at most ${limits.cost} is allowed (each field costs 1, times the items its lists may return)`,
            );
        },
      };
    },
  };
}
