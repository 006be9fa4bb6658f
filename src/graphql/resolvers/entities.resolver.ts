// Fields that take arguments. Their values were already projected by the root field's Cypher
// (see projection/entities.ts); these resolvers only read them back, never the database. Marked PROJECTED, they
// are swapped for the plain alias resolver once the schema is built (type-graphql's argument handling, per object,
// was most of the time of a large answer).
// The text fields of each kind (`name`, `description`, `text`, `aims`...) are the model's (TEXT_FIELDS): one
// resolver class per kind is declared from it, each text field taking `language`.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Extensions, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { KINDS, LABELS, TEXT_FIELDS, type KindSpec, type Label } from '../../model/derived.js';
import { fromProjection, PROJECTED } from '../projection/alias-resolver.js';
import * as types from '../types/entities.type.js';
import { GraphNode, MessageConnection, RecordSection, Theme } from '../types/entities.type.js';

type Projected = Record<string, unknown>;
const LANGUAGE = { nullable: true, description: 'BCP 47 tag; falls back to the base language, then to the original' };

/** A projected field that takes `language`, declared on `prototype` as the decorators would. */
function languageField(prototype: object, name: string, nullable: boolean): void {
  const method = (root: Projected, _language: string, info: GraphQLResolveInfo) => fromProjection(root, info);
  Object.defineProperty(prototype, name, { value: method, writable: true, configurable: true });
  const descriptor = Object.getOwnPropertyDescriptor(prototype, name)!;
  Root()(prototype, name, 0);
  Arg('language', () => String, LANGUAGE)(prototype, name, 1);
  Info()(prototype, name, 2);
  FieldResolver(() => String, { nullable })(prototype, name, descriptor);
  Extensions(PROJECTED)(prototype, name, descriptor);
}

/** The text fields of one kind of record, in the kind's GraphQL type. */
function textFields(label: Label, type: abstract new () => object): abstract new () => object {
  @Resolver(() => type)
  class TextFields {}
  Object.defineProperty(TextFields, 'name', { value: `${type.name}TextFields` });
  const { required, optional } = TEXT_FIELDS[label];
  languageField(TextFields.prototype, required, false);
  for (const name of optional) languageField(TextFields.prototype, name, true);
  return TextFields;
}

const TEXT_RESOLVERS = LABELS.flatMap((label) => {
  const graphql = (KINDS[label] as KindSpec).graphql;
  return graphql ? [textFields(label, types[graphql])] : [];
});

@Resolver(() => Theme)
class ThemeMessages {
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

@Resolver(() => GraphNode)
class GraphNodeLabel {}
languageField(GraphNodeLabel.prototype, 'label', false);

/** A section's heading, in the asked language. */
@Resolver(() => RecordSection)
class RecordSectionTitle {}
languageField(RecordSectionTitle.prototype, 'title', false);

export const ENTITY_RESOLVERS = [...TEXT_RESOLVERS, ThemeMessages, GraphNodeLabel, RecordSectionTitle] as const;
