// Inputs of the edits of existing records. Each carries the version the caller read (optimistic concurrency).
import { ArrayMaxSize, IsOptional, Length, Matches, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { RecordLabel } from './change.type.js';
import { KINDS, WRITABLE, type WritableLabel } from '../../model/derived.js';
import { NOT_BLANK } from './create.input.js';
import { LinkBasis, Visibility } from './enums.js';
import { IdList } from './id-list.js';
import { declareModelFields } from './model-fields.js';
import { IsLanguageTag, IsRecordId } from './rules.js';

@InputType({ description: 'A text in one language: added, or replacing the one in that language' })
class TranslationInput {
  @Field(() => String, { nullable: true, description: 'text or name (default), description, aims' })
  @IsOptional()
  @Matches(/^[a-z][a-zA-Z]*$/)
  field?: string;
  @Field(() => String) @IsLanguageTag() language!: string;
  @Field(() => String) @Length(1, 5000) @Matches(NOT_BLANK, { message: 'must not be blank' }) text!: string;
}

@InputType()
abstract class RecordVersion {
  @Field(() => ID) @IsRecordId() id!: string;
  @Field(() => Int, { description: 'The version you read; a newer one in the graph is a CONFLICT' })
  @Min(1)
  version!: number;
}

@InputType()
abstract class UpdateInput extends RecordVersion {
  @Field(() => Visibility, { nullable: true }) @IsOptional() visibility?: Visibility;
  @Field(() => Boolean, { nullable: true }) @IsOptional() example?: boolean;
  @Field(() => [TranslationInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  translations?: TranslationInput[];
}

/** `Update<Type>Input` of a kind: its scalar properties, all optional. */
function updateInput(label: WritableLabel): abstract new () => object {
  @InputType(`Update${KINDS[label].graphql}Input`)
  class Update extends UpdateInput {}
  declareModelFields(Update, label, 'update');
  return Update;
}

export const UPDATE_INPUTS = Object.fromEntries(WRITABLE.map((label) => [label, updateInput(label)])) as Record<
  WritableLabel,
  abstract new () => object
>;

@InputType({ description: 'Themes and spaces to link a message to, or unlink it from' })
export class LinkMessageInput extends RecordVersion {
  @IdList('Themes', { min: 1 }) themes?: string[];
  @IdList('Advocacy spaces', { min: 1 }) spaces?: string[];
  @Field(() => LinkBasis, { nullable: true, defaultValue: LinkBasis.EDITORIAL, description: 'For new links' })
  @IsOptional()
  basis?: LinkBasis;
}

@InputType()
export class ArchiveInput extends RecordVersion {
  @Field(() => RecordLabel) label!: RecordLabel;
}
