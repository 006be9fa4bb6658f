// The shape of every paged list: `<Name>Connection {edges, pageInfo, totalCount}` of `<Name>Edge {cursor, node}`
// (resolvers/connections.resolver.ts fills them from the rows of the statement).
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

const simple = { simpleResolvers: true };

@ObjectType(simple)
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean, { description: 'True when this page was asked after a cursor' }) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor?: string;
  @Field(() => String, { nullable: true }) endCursor?: string;
}

/** The connection type of `node`'s records, and its edge type (to which a list may add fields). */
export function connectionOf<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, simple)
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => node) node!: T;
  }
  @ObjectType(`${name}Connection`, simple)
  class Connection {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return { Connection, Edge };
}
