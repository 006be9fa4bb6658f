// RankedSpace.matchedMessages(first): the statement fetched as many as the largest `first` asked; each alias gets its own.
import { Arg, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Message, RankedSpace } from '../types/entities.type.js';

@Resolver(() => RankedSpace)
export class RankedSpaceFields {
  @FieldResolver(() => [Message])
  matchedMessages(
    @Root() root: { matchedMessages: Message[] },
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'At most 100' }) first: number,
  ) {
    return root.matchedMessages.slice(0, first ?? 20);
  }
}
