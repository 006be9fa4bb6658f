// The graph's records as GraphQL types. Values come from the root field's one Cypher projection;
// fields with arguments get them through the field resolvers in resolvers/entities.resolver.ts.
// Scalar properties are the model's (declareModelFields, at the end).
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { connectionOf } from './connection.type.js';
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

@ObjectType(simple)
export class Theme extends Record {}

@ObjectType(simple)
export class Message extends Record {
  @Field(() => String, { description: 'Language the message was first written in' }) language!: string;
  @Field(() => [Translation]) translations!: Translation[];
}

@ObjectType(simple)
export class Place extends Record {
  @Field(() => Place, { nullable: true, description: 'The country the place is in (itself excluded)' }) country?: Place;
}

@ObjectType(simple)
export class AdvocacySpace extends Record {
  @Field(() => Place, { nullable: true }) place?: Place;
  @Field(() => [Translation]) translations!: Translation[];
}

@ObjectType(simple)
export class Organisation extends Record {}

@ObjectType(simple)
export class Evidence extends Record {
  @Field(() => [Translation]) translations!: Translation[];
}

type Node = abstract new () => object;
const LINK_TYPES = new Map<Node, Node>();

/** The object type of a link to `node`'s type: `ThemeLink {basis, node}`, one per type. Its content depends on
 * both ends, so it has no id of its own (a client cache keeps it under the record that lists it). */
function linkType(node: Node): Node {
  const name = node.name;
  @ObjectType(`${name}Link`, { ...simple, description: `A link to a ${name} that is a claim, with its basis` })
  class LinkOf {
    @Field(() => LinkBasis, { description: 'RECORD: the workshop record states it; EDITORIAL: the team adds it' })
    basis!: LinkBasis;
    @Field(() => node) node!: object;
  }
  return LinkOf;
}
const linkTypeOf = (node: Node): Node => LINK_TYPES.get(node) ?? LINK_TYPES.set(node, linkType(node)).get(node)!;

/** Lists of records `type` links to by claims: each `[T!]!` and `<name>Links` (`themes` and `themeLinks`), the
 * same records each with the basis of its link; the projection (projection/entities.ts) fills both. */
function declareLinks(type: Node, lists: { readonly [name: string]: [Node, string, string?] }): void {
  for (const [name, [node, linksDescription, description]] of Object.entries(lists)) {
    Field(() => [node], description ? { description } : {})(type.prototype, name);
    const link = linkTypeOf(node); // declared now: type-graphql knows only the types declared before it builds
    Field(() => [link], { description: linksDescription })(type.prototype, `${name.replace(/s$/, '')}Links`);
  }
}

export const MessageConnection = connectionOf(Message, 'Message').Connection;
const shared = connectionOf(Message, 'SharedMessage');
export const SharedMessageConnection = shared.Connection;

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

declareLinks(Message, {
  themes: [Theme, 'Its themes, each with the basis of the link'],
  spaces: [AdvocacySpace, 'The spaces carrying it, each with the basis of the link'],
  evidence: [
    Evidence,
    'The evidence supporting it, each with the basis of the link',
    'Quotes, testimonies and observations behind the message',
  ],
});
declareLinks(AdvocacySpace, {
  themes: [Theme, 'The themes it covers, with the basis of each link'],
  messages: [Message, 'The messages carried in it, with the basis of each link'],
});
declareLinks(Organisation, {
  places: [Place, 'The places it is based in, with the basis of each link'],
  themes: [Theme, 'The themes it works on, with the basis of each link'],
});
declareLinks(Evidence, {
  themes: [Theme, 'The themes it is about, with the basis of each link'],
  voicedBy: [Organisation, 'The groups its words come from, with the basis of each link'],
});
declareLinks(shared.Edge, {
  matchedThemes: [
    Theme,
    'The asked themes this message addresses, with the basis of each link',
    'The asked themes this message addresses',
  ],
});

declareModelFields(AdvocacySpace, 'Space', 'object');
declareModelFields(Place, 'Place', 'object');
declareModelFields(Organisation, 'Organisation', 'object');
declareModelFields(Evidence, 'Evidence', 'object');
