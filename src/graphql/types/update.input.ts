// Inputs of the edits of existing records. Each carries the version the caller read (optimistic concurrency).
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { RecordLabel } from './change.type.js';
import { NOT_BLANK, ids } from './create.input.js';
import { LinkBasis, Visibility } from './enums.js';
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

@InputType()
export class UpdateMessageInput extends UpdateInput {}
@InputType()
export class UpdateThemeInput extends UpdateInput {}

@InputType()
export class UpdateAdvocacySpaceInput extends UpdateInput {}
@InputType()
export class UpdatePlaceInput extends UpdateInput {}
@InputType()
export class UpdateOrganisationInput extends UpdateInput {}
@InputType()
export class UpdateEvidenceInput extends UpdateInput {}

@InputType({ description: 'Themes and spaces to link a message to, or unlink it from' })
export class LinkMessageInput extends RecordVersion {
  @Field(() => [ID], ids('Themes'))
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsRecordId({ each: true })
  themes?: string[];
  @Field(() => [ID], ids('Advocacy spaces'))
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsRecordId({ each: true })
  spaces?: string[];
  @Field(() => LinkBasis, { nullable: true, defaultValue: LinkBasis.EDITORIAL, description: 'For new links' })
  @IsOptional()
  basis?: LinkBasis;
}

@InputType()
export class ArchiveInput extends RecordVersion {
  @Field(() => RecordLabel) label!: RecordLabel;
}

declareModelFields(UpdateAdvocacySpaceInput, 'Space', 'update');
declareModelFields(UpdatePlaceInput, 'Place', 'update');
declareModelFields(UpdateOrganisationInput, 'Organisation', 'update');
declareModelFields(UpdateEvidenceInput, 'Evidence', 'update');
