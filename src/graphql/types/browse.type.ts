// Root connections for browsing every place, space, organisation and piece of evidence, and their closed kinds.
import { Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { AdvocacySpace, Evidence, Organisation, PageInfo, Place } from './entities.type.js';

export enum PlaceKind {
  CITY = 'CITY',
  REGION = 'REGION',
  COUNTRY = 'COUNTRY',
}
export enum OrganisationKind {
  NGO = 'NGO',
  PROGRAMME = 'PROGRAMME',
  ASSOCIATION = 'ASSOCIATION',
  FUNDER = 'FUNDER',
}
export enum EvidenceKind {
  QUOTE = 'QUOTE',
  TESTIMONY = 'TESTIMONY',
  OBSERVATION = 'OBSERVATION',
  LESSON = 'LESSON',
  DIFFICULTY = 'DIFFICULTY',
}

registerEnumType(PlaceKind, { name: 'PlaceKind' });
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description:
    'NGO: the organisation itself; PROGRAMME: one of its programmes; ASSOCIATION: a community partner; FUNDER',
});
registerEnumType(EvidenceKind, { name: 'EvidenceKind' });

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
