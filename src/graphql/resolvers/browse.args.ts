// Arguments of the browse connections (places, spaces, organisations, evidence); filters are "any of", like messages.
import { ArgsType } from 'type-graphql';
import { EVIDENCE_KIND, ORGANISATION_KIND, PLACE_KIND, SPACE_LEVEL } from '../../model/derived.js';
import { AnyOf, OneId } from '../types/filters.js';
import { IdList } from '../types/id-list.js';
import { PageArgs } from './query.args.js';

@ArgsType()
export class PlacesArgs extends PageArgs {
  @AnyOf(PLACE_KIND) kinds?: string[];
  @OneId('Only places inside this one (its regions and cities), through places you may see') within?: string;
}

@ArgsType()
export class SpacesArgs extends PageArgs {
  @AnyOf(SPACE_LEVEL) levels?: string[];
  @OneId('Only spaces in this place or a place inside it') place?: string;
  @IdList('Only spaces covering any of these themes') themes?: string[];
}

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @AnyOf(ORGANISATION_KIND) kinds?: string[];
  @OneId('Only organisations based in this place or a place inside it') place?: string;
  @IdList('Only organisations working on any of these themes') themes?: string[];
}

@ArgsType()
export class EvidenceArgs extends PageArgs {
  @AnyOf(EVIDENCE_KIND) kinds?: string[];
  @IdList('Only evidence about any of these themes') themes?: string[];
  @IdList('Only evidence supporting any of these messages') messages?: string[];
}
