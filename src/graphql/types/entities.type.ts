// The graph's records as GraphQL types. Values come from the root field's one Cypher projection;
// fields with arguments get them through the field resolvers in resolvers/entities.resolver.ts.
// Scalar properties are the model's (declareModelFields, at the end).
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphEdgeKind, GraphNodeKind, LinkBasis, Origin, Visibility } from './enums.js';
import { declareModelFields } from './model-fields.js';
import { SpaceCoverage, SpaceReach } from './reach.type.js';

const simple = { simpleResolvers: true };

@ObjectType(simple)
export class Translation {
  @Field(() => String, { description: 'BCP 47 language tag' }) language!: string;
  @Field(() => String) text!: string;
  @Field(() => Boolean, { description: 'True for the text as first written' }) original!: boolean;
}

@ObjectType({ ...simple, description: 'A section of the workshop record' })
export class RecordSection {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Its place in the record, from 1' }) order!: number;
}

@ObjectType({ ...simple, description: 'Where a record comes from' })
class Provenance {
  @Field(() => Origin) origin!: Origin;
  @Field(() => [RecordSection], { description: 'The sections of the workshop record it comes from, in order' })
  sections!: RecordSection[];
  @Field(() => String, {
    nullable: true,
    description:
      'Who wrote it through the API or an import (key label or jwt:<subject>); null for the seed and for anonymous readers',
  })
  addedBy?: string;
  @Field(() => String, {
    nullable: true,
    description: 'When it was written through the API or an import (ISO date-time); null for the seed',
  })
  addedAt?: string;
}

@ObjectType({ ...simple, description: 'A record everyone can cite by id; version counts its edits' })
abstract class Record {
  @Field(() => ID) id!: string;
  @Field(() => Visibility) visibility!: Visibility;
  @Field(() => Int) version!: number;
  @Field(() => Boolean, { description: 'Example data for teams to curate, not from the workshop record' })
  example!: boolean;
  @Field(() => Provenance) provenance!: Provenance;
}

/** A link that is a claim, with its basis: whether the workshop record states it or the team adds it. */
interface Link<T> {
  basis: LinkBasis;
  node: T;
}

@ObjectType(simple)
export class Theme extends Record {}

@ObjectType(simple)
export class Message extends Record {
  @Field(() => String, { description: 'Language the message was first written in' }) language!: string;
  @Field(() => [Translation]) translations!: Translation[];
  @Field(() => [Theme]) themes!: Theme[];
  @Field(() => [AdvocacySpace]) spaces!: AdvocacySpace[];
  @Field(() => [Evidence], { description: 'Quotes, testimonies and observations behind the message' })
  evidence!: Evidence[];
  @Field(() => [ThemeLink], { description: 'Its themes, each with the basis of the link' }) themeLinks!: Link<Theme>[];
  @Field(() => [AdvocacySpaceLink], { description: 'The spaces carrying it, each with the basis of the link' })
  spaceLinks!: Link<AdvocacySpace>[];
  @Field(() => [EvidenceLink], { description: 'The evidence supporting it, each with the basis of the link' })
  evidenceLinks!: Link<Evidence>[];
}

@ObjectType(simple)
export class Place extends Record {
  @Field(() => Place, { nullable: true, description: 'The country the place is in (itself excluded)' }) country?: Place;
}

@ObjectType(simple)
export class AdvocacySpace extends Record {
  @Field(() => Place, { nullable: true }) place?: Place;
  @Field(() => [Translation]) translations!: Translation[];
  @Field(() => [Theme]) themes!: Theme[];
  @Field(() => [Message]) messages!: Message[];
  @Field(() => [ThemeLink], { description: 'The themes it covers, with the basis of each link' })
  themeLinks!: Link<Theme>[];
  @Field(() => [MessageLink], { description: 'The messages carried in it, with the basis of each link' })
  messageLinks!: Link<Message>[];
}

@ObjectType(simple)
export class Organisation extends Record {
  @Field(() => [Place]) places!: Place[];
  @Field(() => [Theme]) themes!: Theme[];
  @Field(() => [PlaceLink], { description: 'The places it is based in, with the basis of each link' })
  placeLinks!: Link<Place>[];
  @Field(() => [ThemeLink], { description: 'The themes it works on, with the basis of each link' })
  themeLinks!: Link<Theme>[];
}

@ObjectType(simple)
export class Evidence extends Record {
  @Field(() => [Translation]) translations!: Translation[];
  @Field(() => [Theme]) themes!: Theme[];
  @Field(() => [Organisation]) voicedBy!: Organisation[];
  @Field(() => [ThemeLink], { description: 'The themes it is about, with the basis of each link' })
  themeLinks!: Link<Theme>[];
  @Field(() => [OrganisationLink], { description: 'The groups its words come from, with the basis of each link' })
  voicedByLinks!: Link<Organisation>[];
}

/** The object type of a link to `node`'s type: `ThemeLink {basis, node}`. Its content depends on both ends, so
 * it has no id of its own (a client cache keeps it under the record that lists it). */
function linkType<T>(name: string, node: () => abstract new () => T) {
  @ObjectType(`${name}Link`, { ...simple, description: `A link to a ${name} that is a claim, with its basis` })
  class LinkOf {
    @Field(() => LinkBasis, { description: 'RECORD: the workshop record states it; EDITORIAL: the team adds it' })
    basis!: LinkBasis;
    @Field(node) node!: T;
  }
  return LinkOf;
}
const ThemeLink = linkType('Theme', () => Theme);
const MessageLink = linkType('Message', () => Message);
const AdvocacySpaceLink = linkType('AdvocacySpace', () => AdvocacySpace);
const PlaceLink = linkType('Place', () => Place);
const OrganisationLink = linkType('Organisation', () => Organisation);
const EvidenceLink = linkType('Evidence', () => Evidence);

@ObjectType(simple)
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean, { description: 'True when this page was asked after a cursor' }) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor?: string;
  @Field(() => String, { nullable: true }) endCursor?: string;
}

@ObjectType(simple)
export class MessageEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Message) node!: Message;
}

@ObjectType(simple)
export class MessageConnection {
  @Field(() => [MessageEdge]) edges!: MessageEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ObjectType(simple)
export class SharedMessageEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Message) node!: Message;
  @Field(() => [Theme], { description: 'The asked themes this message addresses' }) matchedThemes!: Theme[];
  @Field(() => [ThemeLink], { description: 'The asked themes this message addresses, with the basis of each link' })
  matchedThemeLinks!: Link<Theme>[];
}

@ObjectType(simple)
export class SharedMessageConnection {
  @Field(() => [SharedMessageEdge]) edges!: SharedMessageEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}

@ObjectType(simple)
export class RankedSpace {
  @Field(() => AdvocacySpace) space!: AdvocacySpace;
  @Field(() => SpaceReach, {
    nullable: true,
    description: 'How close it is to the asked place; null when no place is asked',
  })
  reach?: SpaceReach;
  @Field(() => SpaceCoverage) coverage!: SpaceCoverage;
  @Field(() => Float, {
    description: 'Share of the selected messages this space carries, 0 to 1',
    deprecationReason: 'Use coverage.score',
  })
  score!: number;
  @Field(() => [Message], {
    description: 'The selected messages it carries, by id (the first `first` of them): why it is listed',
  })
  matchedMessages!: Message[];
}

@ObjectType(simple)
export class GraphNode {
  @Field(() => ID, { description: 'Unique across kinds (a theme and a message may share a record id): kind:recordId' })
  id!: string;
  @Field(() => ID, { description: 'The id of the theme, message or space, as theme(id:) or message(id:) take it' })
  recordId!: string;
  @Field(() => GraphNodeKind) kind!: string;
  @Field(() => Boolean, { description: 'Example data for teams to curate, not from the workshop record' })
  example!: boolean;
}

@ObjectType(simple)
export class GraphEdge {
  @Field(() => ID, { description: 'GraphNode id' }) source!: string;
  @Field(() => ID, { description: 'GraphNode id' }) target!: string;
  @Field(() => GraphEdgeKind) kind!: string;
  @Field(() => Float) weight!: number;
  @Field(() => LinkBasis, {
    nullable: true,
    description: 'Of an ADDRESSES or CARRIED_IN edge: whether the record states the link; null on SHARES',
  })
  basis?: LinkBasis;
}

@ObjectType(simple)
export class IntersectionGraph {
  @Field(() => [GraphNode]) nodes!: GraphNode[];
  @Field(() => [GraphEdge]) edges!: GraphEdge[];
}

@ObjectType(simple)
export class SearchHit {
  @Field(() => Float) score!: number;
  @Field(() => Message) message!: Message;
}

declareModelFields(AdvocacySpace, 'Space', 'object');
declareModelFields(Place, 'Place', 'object');
declareModelFields(Organisation, 'Organisation', 'object');
declareModelFields(Evidence, 'Evidence', 'object');
