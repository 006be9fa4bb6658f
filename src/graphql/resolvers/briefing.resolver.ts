// briefingPack: one root field, one Cypher statement (see queries/briefing-pack.ts).
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { briefingPackField } from '../queries/briefing-pack.js';
import { BriefingPack, BriefingPackArgs } from '../types/briefing.type.js';

@Resolver()
export class BriefingResolver {
  @Query(() => BriefingPack, {
    description:
      'A briefing pack for a meeting on these themes at this place, in its language (also as /briefings/pack.md, .html and .pdf)',
  })
  briefingPack(
    @Args(() => BriefingPackArgs) args: BriefingPackArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return briefingPackField(ctx, args, info);
  }
}
