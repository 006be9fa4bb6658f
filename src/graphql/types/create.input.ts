// Inputs of the create mutations, checked by class-validator before any resolver runs
// (BAD_USER_INPUT naming each field). Kinds and codes come from the graph model, the one source of truth.
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ID_PATTERN, LABEL_PROPS, LANG_PATTERN } from '../../graph-data/model.js';
import { SpaceLevel, Visibility } from './enums.js';

export enum LinkBasis { RECORD = 'RECORD', EDITORIAL = 'EDITORIAL' }
registerEnumType(LinkBasis, { name: 'LinkBasis', description: 'RECORD: the workshop record states the link; EDITORIAL: the team adds it' });

export const ID_RULE = { message: 'must be kebab-case: lower-case letters, digits and single hyphens' };
export const LANG_RULE = { message: 'must be a BCP 47 language tag such as fr, en or pt-BR' };
export const NOT_BLANK = /\S/;
const LIST = 50;
export const ids = (description: string) => ({ nullable: true, description });
export const kinds = (label: 'Place' | 'Organisation' | 'Evidence') => LABEL_PROPS[label].shape.kind.options as readonly string[];

@InputType()
abstract class CreateInput {
  @Field(() => ID, { nullable: true, description: 'Readable kebab-case id; default: made from the text' })
  @IsOptional() @Length(1, 100) @Matches(ID_PATTERN, ID_RULE) id?: string;
  @Field(() => Visibility, { nullable: true, defaultValue: Visibility.INTERNAL }) @IsOptional() visibility?: Visibility;
  @Field(() => String, { description: 'BCP 47 tag of the language the text is written in (its original)' }) @Matches(LANG_PATTERN, LANG_RULE) language!: string;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Example data, not from the workshop record' }) @IsOptional() example?: boolean;
}

@InputType()
abstract class CreateNamedInput extends CreateInput {
  @Field(() => String) @Length(1, 300) @Matches(NOT_BLANK, { message: 'must not be blank' }) name!: string;
}

@InputType()
abstract class CreateTextInput extends CreateInput {
  @Field(() => String) @Length(1, 5000) @Matches(NOT_BLANK, { message: 'must not be blank' }) text!: string;
  @Field(() => LinkBasis, { nullable: true, defaultValue: LinkBasis.EDITORIAL, description: 'Basis of the links made here' }) @IsOptional() basis?: LinkBasis;
}

@InputType()
export class CreateMessageInput extends CreateTextInput {
  @Field(() => [ID], { description: 'Themes the message addresses (at least one)' })
  @ArrayMinSize(1) @ArrayMaxSize(LIST) @Matches(ID_PATTERN, { each: true, ...ID_RULE }) themes!: string[];
  @Field(() => [ID], ids('Advocacy spaces the message is carried in'))
  @IsOptional() @ArrayMaxSize(LIST) @Matches(ID_PATTERN, { each: true, ...ID_RULE }) spaces?: string[];
}

@InputType()
export class CreateThemeInput extends CreateNamedInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 5000) description?: string;
}

@InputType()
export class CreateAdvocacySpaceInput extends CreateNamedInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 5000) description?: string;
  @Field(() => SpaceLevel) level!: SpaceLevel;
  @Field(() => [ID], ids('Themes the space covers')) @IsOptional() @ArrayMaxSize(LIST) @Matches(ID_PATTERN, { each: true, ...ID_RULE }) themes?: string[];
  @Field(() => [ID], ids('Places where it sits')) @IsOptional() @ArrayMaxSize(LIST) @Matches(ID_PATTERN, { each: true, ...ID_RULE }) places?: string[];
  @Field(() => LinkBasis, { nullable: true, defaultValue: LinkBasis.EDITORIAL }) @IsOptional() basis?: LinkBasis;
}

@InputType()
export class CreatePlaceInput extends CreateNamedInput {
  @Field(() => String, { description: 'CITY, REGION or COUNTRY' }) @IsIn(kinds('Place')) kind!: string;
  @Field(() => String, { description: 'ISO 3166-1 alpha-2, e.g. FR' }) @Matches(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as FR' }) countryCode!: string;
  @Field(() => [ID], ids('The region or country it is part of')) @IsOptional() @ArrayMaxSize(3) @Matches(ID_PATTERN, { each: true, ...ID_RULE }) partOf?: string[];
}

@InputType()
export class CreateOrganisationInput extends CreateNamedInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Length(1, 5000) aims?: string;
  @Field(() => String, { description: 'NGO, PROGRAMME, ASSOCIATION, INSTITUTION or FUNDER' }) @IsIn(kinds('Organisation')) kind!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(1800) @Max(2100) founded?: number;
  @Field(() => [ID], ids('Places it is based in')) @IsOptional() @ArrayMaxSize(LIST) @Matches(ID_PATTERN, { each: true, ...ID_RULE }) places?: string[];
  @Field(() => [ID], ids('Themes it works on')) @IsOptional() @ArrayMaxSize(LIST) @Matches(ID_PATTERN, { each: true, ...ID_RULE }) themes?: string[];
  @Field(() => [ID], ids('Organisations it partners with')) @IsOptional() @ArrayMaxSize(LIST) @Matches(ID_PATTERN, { each: true, ...ID_RULE }) partners?: string[];
  @Field(() => LinkBasis, { nullable: true, defaultValue: LinkBasis.EDITORIAL }) @IsOptional() basis?: LinkBasis;
}

@InputType()
export class CreateEvidenceInput extends CreateTextInput {
  @Field(() => String, { description: 'QUOTE, TESTIMONY, OBSERVATION, LESSON or DIFFICULTY' }) @IsIn(kinds('Evidence')) kind!: string;
  @Field(() => [ID], ids('Messages it supports')) @IsOptional() @ArrayMaxSize(LIST) @Matches(ID_PATTERN, { each: true, ...ID_RULE }) messages?: string[];
  @Field(() => [ID], ids('Themes it is about')) @IsOptional() @ArrayMaxSize(LIST) @Matches(ID_PATTERN, { each: true, ...ID_RULE }) themes?: string[];
  @Field(() => [ID], ids('Organisations whose voice it is')) @IsOptional() @ArrayMaxSize(LIST) @Matches(ID_PATTERN, { each: true, ...ID_RULE }) voicedBy?: string[];
}
