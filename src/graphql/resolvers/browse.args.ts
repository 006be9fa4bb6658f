// Arguments of the browse connections (places, spaces, organisations, evidence); filters are "any of", like messages.
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { EvidenceKind, OrganisationKind, PlaceKind, SpaceLevel } from '../types/enums.js';
import { PageArgs } from './query.args.js';
import { IdList } from '../types/id-list.js';
import { IsRecordId } from '../types/rules.js';
import { EVIDENCE_KIND, ORGANISATION_KIND, PLACE_KIND, SPACE_LEVELS } from '../../model/derived.js';

@ArgsType()
export class PlacesArgs extends PageArgs {
  @Field(() => [PlaceKind], { nullable: true }) @IsOptional() @ArrayMaxSize(PLACE_KIND.values.length) kinds?: string[];
  @Field(() => ID, {
    nullable: true,
    description: 'Only places inside this one (its regions and cities), through places you may see',
  })
  @IsOptional()
  @IsRecordId()
  within?: string;
}

@ArgsType()
export class SpacesArgs extends PageArgs {
  @Field(() => [SpaceLevel], { nullable: true }) @IsOptional() @ArrayMaxSize(SPACE_LEVELS.length) levels?: SpaceLevel[];
  @Field(() => ID, { nullable: true, description: 'Only spaces in this place or a place inside it' })
  @IsOptional()
  @IsRecordId()
  place?: string;
  @IdList('Only spaces covering any of these themes') themes?: string[];
}

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => [OrganisationKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(ORGANISATION_KIND.values.length)
  kinds?: string[];
  @Field(() => ID, { nullable: true, description: 'Only organisations based in this place or a place inside it' })
  @IsOptional()
  @IsRecordId()
  place?: string;
  @IdList('Only organisations working on any of these themes') themes?: string[];
}

@ArgsType()
export class EvidenceArgs extends PageArgs {
  @Field(() => [EvidenceKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(EVIDENCE_KIND.values.length)
  kinds?: string[];
  @IdList('Only evidence about any of these themes') themes?: string[];
  @IdList('Only evidence supporting any of these messages') messages?: string[];
}
