// Inputs of the create mutations, checked by class-validator before any resolver runs (BAD_USER_INPUT naming each
// field). One per kind the API writes, declared from the model (src/model/kinds.ts): its main text (`name` or
// `text`), the other texts it takes (`inputTexts`), its id lists (`inputs`) and its scalar properties.
import { IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { KINDS, WRITABLE, inputListsOf, type KindSpec, type WritableLabel } from '../../model/derived.js';
import { LinkBasis, Visibility } from './enums.js';
import { IdList } from './id-list.js';
import { declareModelFields } from './model-fields.js';
import { IsLanguageTag, IsRecordId } from './rules.js';

export const NOT_BLANK = /\S/;

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

/** `Create<Type>Input` of a kind. A named kind whose lists make claims takes their basis too (a text kind's
 * base class declares it). */
function createInput(label: WritableLabel): abstract new () => object {
  const kind: KindSpec = KINDS[label];
  @InputType(`Create${kind.graphql}Input`)
  class Create extends (kind.text === 'name' ? CreateNamedInput : CreateTextInput) {}
  const prototype = Create.prototype;
  for (const text of kind.inputTexts ?? []) {
    Length(1, 5000)(prototype, text);
    IsOptional()(prototype, text);
    Field(() => String, { nullable: true })(prototype, text);
  }
  const lists = Object.entries(inputListsOf(label));
  for (const [name, list] of lists)
    IdList(list.description, { required: list.required, max: list.max })(prototype, name);
  if (kind.text === 'name' && lists.some(([, list]) => list.writes.claim)) {
    IsOptional()(prototype, 'basis');
    Field(() => LinkBasis, { nullable: true, defaultValue: LinkBasis.EDITORIAL })(prototype, 'basis');
  }
  declareModelFields(Create, label, 'create');
  return Create;
}

export const CREATE_INPUTS = Object.fromEntries(WRITABLE.map((label) => [label, createInput(label)])) as Record<
  WritableLabel,
  abstract new () => object
>;
