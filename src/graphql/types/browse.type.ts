// Root connections for browsing every place, space, organisation and piece of evidence, and their closed kinds.
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AdvocacySpace, Evidence, Organisation, PageInfo, Place } from './entities.type.js';

export enum PlaceKind { CITY = 'CITY', REGION = 'REGION', COUNTRY = 'COUNTRY' }
export enum OrganisationKind { NGO = 'NGO', PROGRAMME = 'PROGRAMME', ASSOCIATION = 'ASSOCIATION', FUNDER = 'FUNDER' }
export enum EvidenceKind { QUOTE = 'QUOTE', TESTIMONY = 'TESTIMONY', OBSERVATION = 'OBSERVATION', LESSON = 'LESSON', DIFFICULTY = 'DIFFICULTY' }

registerEnumType(PlaceKind, { name: 'PlaceKind' });
registerEnumType(OrganisationKind, { name: 'OrganisationKind', description: 'NGO: the organisation itself; PROGRAMME: one of its programmes; ASSOCIATION: a community partner; FUNDER' });
registerEnumType(EvidenceKind, { name: 'EvidenceKind' });

const simple = { simpleResolvers: true };

@ObjectType(simple)
export class PlaceEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Place) node!: Place;
}

@ObjectType(simple)
export class PlaceConnection {
  @Field(() => [PlaceEdge]) edges!: PlaceEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ObjectType(simple)
export class AdvocacySpaceEdge {
  @Field(() => String) cursor!: string;
  @Field(() => AdvocacySpace) node!: AdvocacySpace;
}

@ObjectType(simple)
export class AdvocacySpaceConnection {
  @Field(() => [AdvocacySpaceEdge]) edges!: AdvocacySpaceEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ObjectType(simple)
export class OrganisationEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Organisation) node!: Organisation;
}

@ObjectType(simple)
export class OrganisationConnection {
  @Field(() => [OrganisationEdge]) edges!: OrganisationEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ObjectType(simple)
export class EvidenceEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Evidence) node!: Evidence;
}

@ObjectType(simple)
export class EvidenceConnection {
  @Field(() => [EvidenceEdge]) edges!: EvidenceEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}
