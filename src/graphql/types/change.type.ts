// A history record: who changed which record, when, how, and its state before and after.
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Visibility } from './enums.js';

export enum ChangeAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  ARCHIVE = 'ARCHIVE',
  LINK = 'LINK',
  UNLINK = 'UNLINK',
  TRANSLATE = 'TRANSLATE',
  PURGE = 'PURGE',
  IMPORT = 'IMPORT',
}
registerEnumType(ChangeAction, { name: 'ChangeAction' });

/** The record kinds the API writes; values are the graph's labels. */
export enum RecordLabel {
  MESSAGE = 'Message',
  THEME = 'Theme',
  SPACE = 'Space',
  PLACE = 'Place',
  ORGANISATION = 'Organisation',
  EVIDENCE = 'Evidence',
}
registerEnumType(RecordLabel, {
  name: 'RecordLabel',
  description: 'A kind of record that can be written (SPACE is an AdvocacySpace)',
});

@ObjectType({ simpleResolvers: true, description: 'One change to one record, kept even after the record is purged' })
export class Change {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'When it was committed (ISO 8601)' }) at!: string;
  @Field(() => String, { nullable: true, description: 'Label of the API key (or token subject) that made it' })
  actorLabel?: string;
  @Field(() => String, { description: 'Role it was made with' }) actorRole!: string;
  @Field(() => ChangeAction) action!: ChangeAction;
  @Field(() => String, { description: 'Label of the record: Message, Theme, Space, Place, Organisation, Evidence' })
  subjectLabel!: string;
  @Field(() => ID) subjectId!: string;
  @Field(() => Visibility, { description: "The stricter of the record's visibility before and after" })
  visibility!: Visibility;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The record before: properties, texts, outgoing links (null when created)',
  })
  before?: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The record after (null when purged)' }) after?: unknown;
}

@ObjectType({ simpleResolvers: true, description: 'What an import did (or, with dryRun, would do)' })
export class ImportResult {
  @Field(() => Boolean) dryRun!: boolean;
  @Field(() => Int) nodes!: number;
  @Field(() => Int) relationships!: number;
  @Field(() => Int) nodesCreated!: number;
  @Field(() => Int) nodesUpdated!: number;
  @Field(() => Int, { description: 'Already present but edited by a person or owned by the seed: left as they are' })
  nodesKept!: number;
  @Field(() => Int) relationshipsCreated!: number;
  @Field(() => Int) relationshipsUpdated!: number;
}
