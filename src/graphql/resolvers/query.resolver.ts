// Root queries: each one compiles its whole selection into one Cypher statement (see queries/).
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { argsQuery, declareArgsQueries } from './root-field.js';
import type { Context } from '../context.js';
import { advocacySpaces } from '../queries/advocacy-spaces.js';
import { byId, messages, themes } from '../queries/catalogue.js';
import { intersectionGraph } from '../queries/intersection-graph.js';
import { search, searchRecords } from '../queries/search.js';
import { sharedMessages } from '../queries/shared-messages.js';
import {
  IntersectionGraph,
  Message,
  MessageConnection,
  RankedSpace,
  SearchHit,
  SharedMessageConnection,
  Theme,
} from '../types/entities.type.js';
import { SearchResultConnection } from '../types/search.type.js';
import {
  AdvocacySpacesArgs,
  IdArgs,
  IntersectionGraphArgs,
  MessagesArgs,
  SearchArgs,
  SearchRecordsArgs,
  SharedMessagesArgs,
} from './query.args.js';

@Resolver()
export class QueryResolver {
  @Query(() => [Theme], { description: 'Every theme you may see' })
  themes(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return themes(ctx, info);
  }

  @Query(() => Theme, { nullable: true })
  theme(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return byId(ctx, info, 'theme', id);
  }

  @Query(() => Message, { nullable: true })
  message(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return byId(ctx, info, 'message', id);
  }
}

/** Root queries that hand their arguments to one function of queries/. */
const ARGS_QUERIES = {
  messages: argsQuery(MessagesArgs, () => MessageConnection, messages),
  sharedMessages: argsQuery(SharedMessagesArgs, () => SharedMessageConnection, sharedMessages),
  advocacySpaces: argsQuery(AdvocacySpacesArgs, () => [RankedSpace], advocacySpaces),
  intersectionGraph: argsQuery(IntersectionGraphArgs, () => IntersectionGraph, intersectionGraph),
  search: argsQuery(SearchArgs, () => [SearchHit], search),
  searchRecords: argsQuery(SearchRecordsArgs, () => SearchResultConnection, searchRecords),
};
declareArgsQueries(QueryResolver.prototype, ARGS_QUERIES, {
  messages: 'Messages by id, filtered by themes, spaces and words',
  sharedMessages: 'Messages that several of the given themes share, most themes first',
  advocacySpaces: 'Advocacy spaces where the selected messages can be carried, best first',
  intersectionGraph: 'Themes, the messages they share and how strongly they intersect',
  search: 'Full-text search over messages in every language, accents folded (searchRecords covers every kind)',
  searchRecords:
    'Search messages, themes, spaces, places, organisations and evidence in every language, with a snippet per hit',
});
