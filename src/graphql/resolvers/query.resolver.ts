// Root queries: each one compiles its whole selection into one Cypher statement (see queries/).
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
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

  @Query(() => MessageConnection, { description: 'Messages by id, filtered by themes, spaces and words' })
  messages(@Args(() => MessagesArgs) args: MessagesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return messages(ctx, info, args);
  }

  @Query(() => SharedMessageConnection, {
    description: 'Messages that several of the given themes share, most themes first',
  })
  sharedMessages(
    @Args(() => SharedMessagesArgs) args: SharedMessagesArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return sharedMessages(ctx, info, args);
  }

  @Query(() => [RankedSpace], { description: 'Advocacy spaces where the selected messages can be carried, best first' })
  advocacySpaces(
    @Args(() => AdvocacySpacesArgs) args: AdvocacySpacesArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return advocacySpaces(ctx, info, args);
  }

  @Query(() => IntersectionGraph, { description: 'Themes, the messages they share and how strongly they intersect' })
  intersectionGraph(
    @Args(() => IntersectionGraphArgs) args: IntersectionGraphArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return intersectionGraph(ctx, info, args);
  }

  @Query(() => [SearchHit], {
    description: 'Full-text search over messages in every language, accents folded (searchRecords covers every kind)',
  })
  search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return search(ctx, info, args);
  }

  @Query(() => SearchResultConnection, {
    description:
      'Search messages, themes, spaces, places, organisations and evidence in every language, with a snippet per hit',
  })
  searchRecords(
    @Args(() => SearchRecordsArgs) args: SearchRecordsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return searchRecords(ctx, info, args);
  }
}
