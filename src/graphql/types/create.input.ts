// Inputs of the create mutations, checked by class-validator before any resolver runs
// (BAD_USER_INPUT naming each field). Scalar properties and their rules come from the model (declareModelFields).
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LinkBasis, Visibility } from './enums.js';
import { declareModelFields } from './model-fields.js';
import { IsLanguageTag, IsRecordId } from './rules.js';

export const NOT_BLANK = /\S/;
const LIST = 50;
export const ids = (description: string) => ({ nullable: true, description });

@InputType()
abstract class CreateInput {
  @Field(() => ID, { nullable: true, description: 'Readable kebab-case id; default: made from the text' })
  @IsOptional()
  @IsRecordId()
  id?: string;
  @Field(() => Visibility, { nullable: true, defaultValue: Visibility.INTERNAL }) @IsOptional() visibility?: Visibility;
  @Field(() => String, { description: 'BCP 47 tag of the language the text is written in (its original)' })
  @IsLanguageTag()
  language!: string;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Example data, not from the workshop record',
  })
  @IsOptional()
  example?: boolean;
}

@InputType()
abstract class CreateNamedInput extends CreateInput {
  @Field(() => String) @Length(1, 300) @Matches(NOT_BLANK, { message: 'must not be blank' }) name!: string;
}

@InputType()
abstract class CreateTextInput extends CreateInput {
  @Field(() => String) @Length(1, 5000) @Matches(NOT_BLANK, { message: 'must not be blank' }) text!: string;
  @Field(() => LinkBasis, {
    nullable: true,
    defaultValue: LinkBasis.EDITORIAL,
    description: 'Basis of the links made here',
  })
  @IsOptional()
  basis?: LinkBasis;
}

@InputType()
export class CreateMessageInput extends CreateTextInput {
  @Field(() => [ID], { description: 'Themes the message addresses (at least one)' })
  @ArrayMinSize(1)
  @ArrayMaxSize(LIST)
  @IsRecordId({ each: true })
  themes!: string[];
  @Field(() => [ID], ids('Advocacy spaces the message is carried in'))
  @IsOptional()
  @ArrayMaxSize(LIST)
  @IsRecordId({ each: true })
  spaces?: string[];
}

@InputType()
export class CreateThemeInput extends CreateNamedInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 5000) description?: string;
}

@InputType()
export class CreateAdvocacySpaceInput extends CreateNamedInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 5000) description?: string;
  @Field(() => [ID], ids('Themes the space covers'))
  @IsOptional()
  @ArrayMaxSize(LIST)
  @IsRecordId({ each: true })
  themes?: string[];
  @Field(() => [ID], ids('Places where it sits'))
  @IsOptional()
  @ArrayMaxSize(LIST)
  @IsRecordId({ each: true })
  places?: string[];
  @Field(() => LinkBasis, { nullable: true, defaultValue: LinkBasis.EDITORIAL }) @IsOptional() basis?: LinkBasis;
}

@InputType()
export class CreatePlaceInput extends CreateNamedInput {
  @Field(() => [ID], ids('The region or country it is part of'))
  @IsOptional()
  @ArrayMaxSize(3)
  @IsRecordId({ each: true })
  partOf?: string[];
}

@InputType()
export class CreateOrganisationInput extends CreateNamedInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 5000) aims?: string;
  @Field(() => [ID], ids('Places it is based in'))
  @IsOptional()
  @ArrayMaxSize(LIST)
  @IsRecordId({ each: true })
  places?: string[];
  @Field(() => [ID], ids('Themes it works on'))
  @IsOptional()
  @ArrayMaxSize(LIST)
  @IsRecordId({ each: true })
  themes?: string[];
  @Field(() => [ID], ids('Organisations it partners with'))
  @IsOptional()
  @ArrayMaxSize(LIST)
  @IsRecordId({ each: true })
  partners?: string[];
  @Field(() => LinkBasis, { nullable: true, defaultValue: LinkBasis.EDITORIAL }) @IsOptional() basis?: LinkBasis;
}

@InputType()
export class CreateEvidenceInput extends CreateTextInput {
  @Field(() => [ID], ids('Messages it supports'))
  @IsOptional()
  @ArrayMaxSize(LIST)
  @IsRecordId({ each: true })
  messages?: string[];
  @Field(() => [ID], ids('Themes it is about'))
  @IsOptional()
  @ArrayMaxSize(LIST)
  @IsRecordId({ each: true })
  themes?: string[];
  @Field(() => [ID], ids('Organisations whose voice it is'))
  @IsOptional()
  @ArrayMaxSize(LIST)
  @IsRecordId({ each: true })
  voicedBy?: string[];
}

declareModelFields(CreateAdvocacySpaceInput, 'Space', 'create');
declareModelFields(CreatePlaceInput, 'Place', 'create');
declareModelFields(CreateOrganisationInput, 'Organisation', 'create');
declareModelFields(CreateEvidenceInput, 'Evidence', 'create');
