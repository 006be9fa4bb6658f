// Root field arguments, checked by class-validator before any resolver runs (BAD_USER_INPUT with the field path).
import { ArrayMaxSize, IsOptional, Length, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { SPACE_LEVEL } from '../../model/derived.js';
import type { SpaceLevel } from '../types/enums.js';
import { AnyOf, OneId } from '../types/filters.js';
import { IdList, LIST } from '../types/id-list.js';
import { RecordOnlyField } from '../types/record-only.js';
import { IsRecordId } from '../types/rules.js';
import { SpaceOrder } from '../types/reach.type.js';
import { SearchKind } from '../types/search.type.js';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'At most 100' })
  @IsOptional()
  @Min(0)
  @Max(100)
  first?: number;
  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  @IsOptional()
  @Length(1, 500)
  after?: string;
}

@ArgsType()
export class IdArgs {
  @Field(() => ID) @IsRecordId() id!: string;
}

@ArgsType()
export class MessagesArgs extends PageArgs {
  @IdList('Messages addressing any of these themes') themes?: string[];
  @IdList('Messages carried in any of these spaces') spaces?: string[];
  @Field(() => String, { nullable: true, description: 'Words the message contains, in any language' })
  @IsOptional()
  @Length(1, 500)
  text?: string;
}

@ArgsType()
export class SharedMessagesArgs extends PageArgs {
  @IdList(undefined, { required: true }) themes!: string[];
  @Field(() => Int, { nullable: true, description: 'Default: all the themes given' })
  @IsOptional()
  @Min(1)
  @Max(LIST)
  minThemes?: number;
  @RecordOnlyField() recordOnly!: boolean;
}

@ArgsType()
export class AdvocacySpacesArgs {
  @OneId() place?: string;
  @AnyOf(SPACE_LEVEL) levels?: SpaceLevel[];
  @IdList() themes?: string[];
  @IdList() messages?: string[];
  @Field(() => SpaceOrder, { defaultValue: SpaceOrder.REACH }) orderBy!: SpaceOrder;
  @Field(() => Int, { nullable: true, defaultValue: 20 }) @IsOptional() @Min(0) @Max(100) first?: number;
  @RecordOnlyField() recordOnly!: boolean;
}

@ArgsType()
export class IntersectionGraphArgs {
  @IdList('Default: every theme') themes?: string[];
  @Field(() => Int, { nullable: true, defaultValue: 1 }) @IsOptional() @Min(1) minShared?: number;
  @Field(() => Boolean, { defaultValue: false, description: 'Also the spaces carrying the shared messages' })
  includeSpaces!: boolean;
  @AnyOf(SPACE_LEVEL, 'With includeSpaces: only spaces at these levels') levels?: SpaceLevel[];
  @RecordOnlyField() recordOnly!: boolean;
}

@ArgsType()
export class SearchArgs {
  @Field(() => String) @Length(1, 500) text!: string;
  @Field(() => String, { nullable: true, description: 'Only texts in this language (BCP 47)' })
  @IsOptional()
  @Length(2, 35)
  language?: string;
  @Field(() => Int, { nullable: true, defaultValue: 20 }) @IsOptional() @Min(0) @Max(100) first?: number;
}

@ArgsType()
export class SearchRecordsArgs extends PageArgs {
  @Field(() => String, {
    description:
      'Words in any language: elided articles dropped (l’, d’…), plurals, stems and British or American spellings found',
  })
  @Length(1, 500)
  text!: string;
  @Field(() => [SearchKind], { nullable: true, description: 'Only these kinds (default: all)' })
  @IsOptional()
  @ArrayMaxSize(6)
  kinds?: SearchKind[];
  @Field(() => String, { nullable: true, description: 'Only texts in this language (BCP 47)' })
  @IsOptional()
  @Length(2, 35)
  language?: string;
}
