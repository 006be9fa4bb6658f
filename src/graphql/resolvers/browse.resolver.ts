// Root connections to browse every kind of record a team works with; each is one Cypher statement (queries/browse.ts).
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { browse } from '../queries/browse.js';
import {
  AdvocacySpaceConnection,
  EvidenceConnection,
  OrganisationConnection,
  PlaceConnection,
} from '../types/browse.type.js';
import { EvidenceArgs, OrganisationsArgs, PlacesArgs, SpacesArgs } from './browse.args.js';

@Resolver()
export class BrowseResolver {
  @Query(() => PlaceConnection, { description: 'Places by id: cities, regions, countries' })
  places(@Args(() => PlacesArgs) args: PlacesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return browse(ctx, info, 'places', { ...args });
  }

  @Query(() => AdvocacySpaceConnection, {
    description: 'Advocacy spaces by id (advocacySpaces ranks them for a place and messages)',
  })
  spaces(@Args(() => SpacesArgs) args: SpacesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return browse(ctx, info, 'spaces', { ...args });
  }

  @Query(() => OrganisationConnection, {
    description: 'Organisations by id: the NGO, its programmes, partner associations, funders',
  })
  organisations(
    @Args(() => OrganisationsArgs) args: OrganisationsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return browse(ctx, info, 'organisations', { ...args });
  }

  @Query(() => EvidenceConnection, {
    description: 'Evidence by id: quotes, testimonies, observations, lessons, difficulties',
  })
  evidence(@Args(() => EvidenceArgs) args: EvidenceArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return browse(ctx, info, 'evidence', { ...args });
  }
}
