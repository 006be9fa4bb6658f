// Builds the executable schema once from the resolver classes.
import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { installAliasResolver } from './projection/alias-resolver.js';
import { BrowseResolver } from './resolvers/browse.resolver.js';
import { CONNECTION_RESOLVERS } from './resolvers/connections.resolver.js';
import { ENTITY_RESOLVERS } from './resolvers/entities.resolver.js';
import { QueryResolver } from './resolvers/query.resolver.js';
import { RankedSpaceFields } from './resolvers/ranked-space.resolver.js';
import { HistoryResolver } from './resolvers/history.resolver.js';
import { MutationResolver } from './resolvers/mutation.resolver.js';
import { BriefingResolver } from './resolvers/briefing.resolver.js';
import { TranslationResolver } from './resolvers/translation.resolver.js';

const RESOLVERS = [
  QueryResolver,
  BrowseResolver,
  ...ENTITY_RESOLVERS,
  ...CONNECTION_RESOLVERS,
  RankedSpaceFields,
  MutationResolver,
  HistoryResolver,
  BriefingResolver,
  TranslationResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [...RESOLVERS],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  }).then(installAliasResolver);
  return built;
}

/** The SDL committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
