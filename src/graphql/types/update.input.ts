// Inputs of the edits of existing records. Each carries the version the caller read (optimistic concurrency).
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ID_PATTERN, LANG_PATTERN } from '../../graph-data/model.js';
import { RecordLabel } from './change.type.js';
import { ID_RULE, LANG_RULE, LinkBasis, NOT_BLANK, ids, kinds } from './create.input.js';
import { SpaceLevel, Visibility } from './enums.js';

@InputType({ description: 'A text in one language: added, or replacing the one in that language' })
export class TranslationInput {
  @Field(() => String, { nullable: true, description: 'text or name (default), description, aims' }) @IsOptional() @Matches(/^[a-z][a-zA-Z]*$/) field?: string;
  @Field(() => String) @Matches(LANG_PATTERN, LANG_RULE) language!: string;
  @Field(() => String) @Length(1, 5000) @Matches(NOT_BLANK, { message: 'must not be blank' }) text!: string;
}

@InputType()
abstract class RecordVersion {
  @Field(() => ID) @Length(1, 100) @Matches(ID_PATTERN, ID_RULE) id!: string;
  @Field(() => Int, { description: 'The version you read; a newer one in the graph is a CONFLICT' }) @Min(1) version!: number;
}

@InputType()
abstract class UpdateInput extends RecordVersion {
  @Field(() => Visibility, { nullable: true }) @IsOptional() visibility?: Visibility;
  @Field(() => Boolean, { nullable: true }) @IsOptional() example?: boolean;
  @Field(() => [TranslationInput], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @ValidateNested({ each: true }) translations?: TranslationInput[];
}

@InputType() export class UpdateMessageInput extends UpdateInput {}
@InputType() export class UpdateThemeInput extends UpdateInput {}

@InputType()
export class UpdateAdvocacySpaceInput extends UpdateInput {
  @Field(() => SpaceLevel, { nullable: true }) @IsOptional() level?: SpaceLevel;
}

@InputType()
export class UpdatePlaceInput extends UpdateInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(kinds('Place')) kind?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as FR' }) countryCode?: string;
}

@InputType()
export class UpdateOrganisationInput extends UpdateInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(kinds('Organisation')) kind?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1800) @Max(2100) founded?: number;
}

@InputType()
export class UpdateEvidenceInput extends UpdateInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(kinds('Evidence')) kind?: string;
}

@InputType({ description: 'Themes and spaces to link a message to, or unlink it from' })
export class LinkMessageInput extends RecordVersion {
  @Field(() => [ID], ids('Themes')) @IsOptional() @ArrayMinSize(1) @ArrayMaxSize(50) @Matches(ID_PATTERN, { each: true, ...ID_RULE }) themes?: string[];
  @Field(() => [ID], ids('Advocacy spaces')) @IsOptional() @ArrayMinSize(1) @ArrayMaxSize(50) @Matches(ID_PATTERN, { each: true, ...ID_RULE }) spaces?: string[];
  @Field(() => LinkBasis, { nullable: true, defaultValue: LinkBasis.EDITORIAL, description: 'For new links' }) @IsOptional() basis?: LinkBasis;
}

@InputType()
export class ArchiveInput extends RecordVersion {
  @Field(() => RecordLabel) label!: RecordLabel;
}
