// A history record: who changed which record, when, how, and its state before and after.
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { APPLY_COUNTS } from '../../graph-data/apply.js';
import { ACTIONS, type Action } from '../../history/record.js';
import { WRITABLE, type WritableLabel } from '../../model/derived.js';
import { graphqlEnum, Visibility } from './enums.js';

const ChangeAction = graphqlEnum('ChangeAction', ACTIONS);

/** The record kinds the API writes; values are the graph's labels. */
export const RecordLabel = Object.fromEntries(WRITABLE.map((label) => [label.toUpperCase(), label]));
export type RecordLabel = WritableLabel;
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
  @Field(() => ChangeAction) action!: Action;
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

/** What an import did: dryRun and each count of applying a document (graph-data/apply.ts). */
@ObjectType({ simpleResolvers: true, description: 'What an import did (or, with dryRun, would do)' })
export class ImportResult {
  @Field(() => Boolean) dryRun!: boolean;
}
const KEPT = 'Already present but edited by a person or owned by the seed: left as they are';
for (const count of APPLY_COUNTS)
  Field(() => Int, count === 'nodesKept' ? { description: KEPT } : {})(ImportResult.prototype, count);
