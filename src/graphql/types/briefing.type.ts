// The briefing pack as GraphQL types (shape: src/briefing/pack.ts). Every object is built by the one
// statement of briefingPack and marked __raw, so fields are read by name; no field touches the database.
import { IsOptional, Length } from 'class-validator';
import { ArgsType, Field, Float, ID, Int, ObjectType, Extensions, type ClassType } from 'type-graphql';
import { EvidenceKind, LinkBasis, OrganisationKind, SpaceLevel, Visibility } from './enums.js';
import { OneId } from './filters.js';
import { IdList } from './id-list.js';
import { RecordOnlyField } from './record-only.js';
import { SpaceReach } from './reach.type.js';

const simple = { simpleResolvers: true };

/** A list that is short by nature: `[T!]!` with the size the cost limit assumes for it (src/limits/cost.ts). */
const ShortList =
  (type: () => ClassType, listSize: number, description: string): PropertyDecorator =>
  (prototype, key) => {
    Extensions({ listSize })(prototype, key);
    Field(() => [type()], { description })(prototype, key);
  };
const PACK_ID = "This pack's: the same record in a pack for other themes, place or language has another id";
const RECORD_ID = 'The id of the record itself, as theme(id:), message(id:) or places(within:) take it';

@ArgsType()
export class BriefingPackArgs {
  @IdList('The themes of the meeting, in the order the pack presents them', { required: true, max: 10 })
  themes!: string[];
  @OneId('Where the meeting is: ranks its spaces first and finds the partners working there') place?: string;
  @Field(() => String, {
    nullable: true,
    description: 'BCP 47 tag of the meeting language; default: every text in its original language',
  })
  @IsOptional()
  @Length(2, 35)
  language?: string;
  @RecordOnlyField() recordOnly?: boolean;
}

@ObjectType({
  ...simple,
  description: 'A text in the asked language, or in its original language when it has no translation',
})
export class LocalizedText {
  @Field(() => String) text!: string;
  @Field(() => String, { description: 'BCP 47 tag of this text' }) language!: string;
  @Field(() => Boolean, { description: 'True when the asked language was missing and the original is shown' })
  fallback!: boolean;
  @Field(() => Boolean, { description: 'True when this text is a draft translation, not yet reviewed by the team' })
  draft!: boolean;
}

@ObjectType(simple)
abstract class PackRecord {
  @Field(() => ID, { description: PACK_ID }) id!: string;
  @Field(() => ID, { description: RECORD_ID }) recordId!: string;
  @Field(() => Visibility) visibility!: Visibility;
  @Field(() => Boolean, { description: 'Example data for teams to curate, not from the workshop record' })
  example!: boolean;
}

@ObjectType(simple)
export class BriefingTheme extends PackRecord {
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => LocalizedText, { nullable: true }) description?: LocalizedText;
}

@ObjectType(simple)
export class BriefingEvidence extends PackRecord {
  @Field(() => EvidenceKind) kind!: string;
  @Field(() => Boolean, {
    description: 'First-person words (quote, testimony): never cite with anything that identifies someone',
  })
  sensitive!: boolean;
  @Field(() => LocalizedText) text!: LocalizedText;
  @Field(() => LinkBasis, { description: 'Of its link to the message it is listed under' }) basis!: LinkBasis;
  @ShortList(() => LocalizedText, 2, 'Names of the groups the words come from')
  voicedBy!: LocalizedText[];
}

@ObjectType(simple)
export class BriefingMessage extends PackRecord {
  @Field(() => LocalizedText) text!: LocalizedText;
  @Field(() => [ID], { description: "The pack's themes this message addresses" }) themes!: string[];
  @Field(() => [ID], { description: 'Of `themes`, those it addresses by a link the team added (EDITORIAL)' })
  editorialThemes!: string[];
  @ShortList(() => BriefingEvidence, 3, 'Quotes, testimonies and observations behind it')
  evidence!: BriefingEvidence[];
}

@ObjectType(simple)
export class BriefingMessageGroup {
  @Field(() => Int, { description: "How many of the pack's themes each message bridges" }) themeCount!: number;
  @Field(() => [BriefingMessage]) messages!: BriefingMessage[];
}

@ObjectType(simple)
export class BriefingThemeSection {
  @Field(() => BriefingTheme) theme!: BriefingTheme;
  @Field(() => [BriefingMessage], { description: 'Messages of this theme that no other theme of the pack shares' })
  messages!: BriefingMessage[];
}

@ObjectType(simple)
export class BriefingPlace {
  @Field(() => ID, { description: PACK_ID }) id!: string;
  @Field(() => ID, { description: RECORD_ID }) recordId!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => String, { nullable: true }) countryCode?: string;
}

@ObjectType({ ...simple, description: "A space ranked as advocacySpaces ranks it for the pack's themes and place" })
export class BriefingSpace extends PackRecord {
  @Field(() => SpaceLevel) level!: SpaceLevel;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => LocalizedText, { nullable: true, description: 'Name of the place it sits in' }) place?: LocalizedText;
  @Field(() => SpaceReach, { nullable: true, description: "How close it is to the pack's place; null without a place" })
  reach?: SpaceReach;
  @Field(() => Int, { description: "How many of the pack's messages it carries" }) carried!: number;
  @Field(() => Int, { description: "How many messages the pack's themes hold" }) selected!: number;
  @Field(() => Float, { description: 'carried / selected, 0 to 1' }) score!: number;
  @Field(() => [ID], { description: "Ids of the pack's messages it carries: the ones to carry there" })
  matchedMessages!: string[];
  @Field(() => [ID], { description: 'Of `matchedMessages`, those carried there by a link the team added (EDITORIAL)' })
  editorialMessages!: string[];
}

@ObjectType({ ...simple, description: 'A place a partner is based in, with the basis of the link' })
export class BriefingPlaceLink {
  @Field(() => LinkBasis) basis!: LinkBasis;
  @Field(() => LocalizedText) name!: LocalizedText;
}

@ObjectType(simple)
export class BriefingPartner extends PackRecord {
  @Field(() => OrganisationKind) kind!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @ShortList(() => LocalizedText, 2, 'Names of the places it is based in')
  basedIn!: LocalizedText[];
  @ShortList(() => BriefingPlaceLink, 2, 'The places it is based in, each with the basis of the link')
  basedInLinks!: BriefingPlaceLink[];
  @Field(() => Boolean, { description: 'Based in the place, a place it is part of, or a place inside it' })
  local!: boolean;
  @Field(() => [ID], { description: "The pack's themes it works on" }) themes!: string[];
  @Field(() => [ID], { description: 'Of `themes`, those it works on by a link the team added (EDITORIAL)' })
  editorialThemes!: string[];
}

@ObjectType(simple)
export class BriefingRisk extends PackRecord {
  @Field(() => LocalizedText) text!: LocalizedText;
  @Field(() => LocalizedText, { nullable: true }) description?: LocalizedText;
}

@ObjectType(simple)
export class BriefingSafety {
  @Field(() => String, {
    nullable: true,
    description: 'What to take care of; null when every item is public and no evidence is sensitive',
  })
  note?: string;
  @Field(() => Int, { description: 'INTERNAL items in the pack' }) internal!: number;
  @Field(() => Int, { description: 'RESTRICTED items in the pack' }) restricted!: number;
  @Field(() => Int) sensitiveEvidence!: number;
  @ShortList(() => BriefingRisk, 5, "Risks recorded on the pack's themes")
  risks!: BriefingRisk[];
}

@ObjectType({ ...simple, description: 'How much of a pack the workshop record states' })
export class BriefingProvenance {
  @Field(() => Int, { description: 'Distinct records in the pack' }) items!: number;
  @Field(() => Int, { description: 'Of them, example data (not from the workshop record)' }) examples!: number;
  @Field(() => Int, {
    description:
      'Links shown (message to theme, evidence to message, space to message, partner to place and theme) the record states',
  })
  recordLinks!: number;
  @Field(() => Int, { description: 'Links shown that the team added' }) editorialLinks!: number;
}

@ObjectType({
  ...simple,
  description:
    'What to bring to a meeting on some themes: shared messages first, the evidence, the arenas and the partners',
})
export class BriefingPack {
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'ISO date (UTC) the pack was made' }) date!: string;
  @Field(() => String, { nullable: true, description: 'The asked language (BCP 47); null: original languages' })
  language?: string;
  @Field(() => BriefingPlace, { nullable: true }) place?: BriefingPlace;
  @Field(() => [BriefingTheme]) themes!: BriefingTheme[];
  @ShortList(() => BriefingMessageGroup, 5, 'Messages on two or more of the themes, most themes first')
  sharedMessages!: BriefingMessageGroup[];
  @ShortList(() => BriefingThemeSection, 5, "Each theme's other messages")
  themeMessages!: BriefingThemeSection[];
  @Field(() => [BriefingSpace]) spaces!: BriefingSpace[];
  @Field(() => [BriefingPartner]) partners!: BriefingPartner[];
  @Field(() => BriefingSafety) safety!: BriefingSafety;
  @Field(() => Int, { description: 'How many texts fell back to their original language' }) fallbacks!: number;
  @Field(() => Int, { description: 'How many texts are draft translations awaiting review' }) drafts!: number;
  @Field(() => Boolean, { description: 'Asked record-only: record links only, no example records' })
  recordOnly!: boolean;
  @Field(() => BriefingProvenance, { description: 'How much of the pack comes from the record, the team and examples' })
  provenance!: BriefingProvenance;
}
