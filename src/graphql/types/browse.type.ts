// Root connections for browsing every place, space, organisation and piece of evidence.
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { AdvocacySpace, Evidence, Organisation, PageInfo, Place } from './entities.type.js';

const simple = { simpleResolvers: true };

/** `<Name>Connection` of `<Name>Edge`s, shaped like every other connection (resolvers/connections.resolver.ts). */
function connectionOf<T extends object>(node: ClassType<T>, name: string) {
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
  return Connection;
}

export const PlaceConnection = connectionOf(Place, 'Place');
export const AdvocacySpaceConnection = connectionOf(AdvocacySpace, 'AdvocacySpace');
export const OrganisationConnection = connectionOf(Organisation, 'Organisation');
export const EvidenceConnection = connectionOf(Evidence, 'Evidence');
