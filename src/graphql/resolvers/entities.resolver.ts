// Fields that take arguments. Their values were already projected by the root field's Cypher
// (see projection/entities.ts); these resolvers only read them back, never the database. Marked PROJECTED, they
// are swapped for the plain alias resolver once the schema is built (type-graphql's argument handling, per object,
// was most of the time of a large answer).
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Extensions, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { fromProjection, PROJECTED } from '../projection/alias-resolver.js';
import {
  AdvocacySpace,
  Evidence,
  GraphNode,
  Message,
  MessageConnection,
  Organisation,
  Place,
  Theme,
} from '../types/entities.type.js';

type Projected = Record<string, unknown>;
const LANGUAGE = { nullable: true, description: 'BCP 47 tag; falls back to the base language, then to the original' };

@Resolver(() => Theme)
export class ThemeFields {
  @Extensions(PROJECTED)
  @FieldResolver(() => String)
  name(
    @Root() root: Projected,
    @Arg('language', () => String, LANGUAGE) _language: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    return fromProjection(root, info);
  }

  @Extensions(PROJECTED)
  @FieldResolver(() => String, { nullable: true })
  description(
    @Root() root: Projected,
    @Arg('language', () => String, LANGUAGE) _language: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    return fromProjection(root, info);
  }

  @Extensions(PROJECTED)
  @FieldResolver(() => MessageConnection, { description: 'Messages addressing this theme, by id' })
  messages(
    @Root() root: Projected,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) _first: number,
    @Arg('after', () => String, { nullable: true }) _after: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    return fromProjection(root, info);
  }
}

@Resolver(() => Message)
export class MessageFields {
  @Extensions(PROJECTED)
  @FieldResolver(() => String)
  text(
    @Root() root: Projected,
    @Arg('language', () => String, LANGUAGE) _language: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    return fromProjection(root, info);
  }
}

@Resolver(() => AdvocacySpace)
export class SpaceFields {
  @Extensions(PROJECTED)
  @FieldResolver(() => String)
  name(
    @Root() root: Projected,
    @Arg('language', () => String, LANGUAGE) _language: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    return fromProjection(root, info);
  }

  @Extensions(PROJECTED)
  @FieldResolver(() => String, { nullable: true })
  description(
    @Root() root: Projected,
    @Arg('language', () => String, LANGUAGE) _language: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    return fromProjection(root, info);
  }
}

@Resolver(() => Place)
export class PlaceFields {
  @Extensions(PROJECTED)
  @FieldResolver(() => String)
  name(
    @Root() root: Projected,
    @Arg('language', () => String, LANGUAGE) _language: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    return fromProjection(root, info);
  }
}

@Resolver(() => Organisation)
export class OrganisationFields {
  @Extensions(PROJECTED)
  @FieldResolver(() => String)
  name(
    @Root() root: Projected,
    @Arg('language', () => String, LANGUAGE) _language: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    return fromProjection(root, info);
  }

  @Extensions(PROJECTED)
  @FieldResolver(() => String, { nullable: true })
  aims(
    @Root() root: Projected,
    @Arg('language', () => String, LANGUAGE) _language: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    return fromProjection(root, info);
  }
}

@Resolver(() => Evidence)
export class EvidenceFields {
  @Extensions(PROJECTED)
  @FieldResolver(() => String)
  text(
    @Root() root: Projected,
    @Arg('language', () => String, LANGUAGE) _language: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    return fromProjection(root, info);
  }
}

@Resolver(() => GraphNode)
export class GraphNodeFields {
  @Extensions(PROJECTED)
  @FieldResolver(() => String)
  label(
    @Root() root: Projected,
    @Arg('language', () => String, LANGUAGE) _language: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    return fromProjection(root, info);
  }
}
