// The model of the graph, declared once: every kind of record with its Neo4j label, GraphQL name, scalar
// properties (and their rule), text fields, links, visibility rule and file name. Seed files, graph documents,
// CSV import/export, the per-label statements, the write specs and the GraphQL scalar fields and inputs are
// derived from this table (see derived.ts); README "Change the model" walks through a change.
import { z } from 'zod';

export const VISIBILITIES = ['PUBLIC', 'INTERNAL', 'RESTRICTED'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Whether the workshop record states a link that is a claim (RECORD) or the team adds it (EDITORIAL). */
export const BASES = ['RECORD', 'EDITORIAL'] as const;
export type Basis = (typeof BASES)[number];

/** Where a record comes from: the workshop record (it names a section), the team, or example data. */
export const ORIGINS = ['RECORD', 'TEAM', 'EXAMPLE'] as const;

export const SPACE_LEVELS = ['LOCAL', 'REGIONAL', 'NATIONAL', 'INTERNATIONAL', 'INTERNAL'] as const;

/** A closed set of values: a GraphQL enum of that name (src/graphql/types/enums.ts registers every one). */
export interface EnumSpec {
  name: string;
  values: readonly [string, ...string[]];
  description?: string;
}

/** A scalar property: its rule (seeds, documents, CSV and GraphQL inputs all run it) and how GraphQL shows it. */
export interface PropSpec {
  rule: z.ZodType;
  /** The GraphQL type of the field: a scalar, or the enum of a closed set of values. */
  graphql: 'String' | 'Int' | EnumSpec;
  /** A record may lack it (GraphQL: nullable, and optional in create inputs). */
  optional?: boolean;
  /** The GraphQL object field is nullable although every record has it. */
  nullable?: boolean;
  /** Description of the GraphQL object field, and of the create input field. */
  description?: string;
  inputDescription?: string;
}

/** A link a record of this kind lists: (record)-[:type]->(target), or the reverse. */
export interface LinkSpec {
  /** Key in the seed file and column in the CSV file (`basedIn`). */
  key: string;
  type: string;
  target: string;
  /** The record is the relationship's end (a space lists the messages carried in it). */
  reverse?: boolean;
  /** A claim carries a basis, RECORD or EDITORIAL. */
  claim: boolean;
}

/** A list of ids in the API's create input, which writes one of the kind's links. */
export interface InputList {
  /** The key of the link it writes (`places` writes `basedIn`); default: the list's own name. */
  link?: string;
  description: string;
  /** The input must give it, with at least one id. */
  required?: boolean;
  /** At most this many ids; default 50. */
  max?: number;
}

export interface KindSpec {
  /** GraphQL object type, where the API reads the kind. */
  graphql?: 'Theme' | 'Message' | 'AdvocacySpace' | 'Place' | 'Organisation' | 'Evidence';
  /** Seed file seeds/<file>.yaml and CSV file <file>.csv. */
  file?: string;
  /** The required text (`name` or `text`) and the optional ones. */
  text: 'name' | 'text';
  texts: readonly string[];
  /** The optional texts a GraphQL create input takes. */
  inputTexts?: readonly string[];
  /** Its scalar properties, if any. */
  props?: Readonly<Record<string, PropSpec>>;
  links: readonly LinkSpec[];
  /** The lists of ids the API's create input takes, by name, in the order it links them. */
  inputs?: Readonly<Record<string, InputList>>;
  /** Visibility of a record created through the API or a CSV row that does not say. */
  defaultVisibility: Visibility;
  /** Links FROM_SECTION to the section of the record it comes from. */
  provenance: boolean;
}

/** A property with closed values, shown by GraphQL as their enum (`kind: PlaceKind!`). */
const enumProp = (graphql: EnumSpec): PropSpec => ({ rule: z.enum(graphql.values), graphql });
/** Closed values of a kind GraphQL does not show. */
const closed = (values: readonly [string, ...string[]]): PropSpec => ({ rule: z.enum(values), graphql: 'String' });

export const SPACE_LEVEL: EnumSpec = {
  name: 'SpaceLevel',
  values: SPACE_LEVELS,
  description: "Where an advocacy space acts; INTERNAL is the organisation's own committees",
};
export const PLACE_KIND: EnumSpec = { name: 'PlaceKind', values: ['CITY', 'COUNTRY', 'REGION'] };
export const ORGANISATION_KIND: EnumSpec = {
  name: 'OrganisationKind',
  values: ['NGO', 'PROGRAMME', 'ASSOCIATION', 'INSTITUTION', 'FUNDER'],
  description:
    'NGO: the organisation itself; PROGRAMME: one of its programmes; ASSOCIATION: a community partner; INSTITUTION: a public body; FUNDER',
};
export const EVIDENCE_KIND: EnumSpec = {
  name: 'EvidenceKind',
  values: ['QUOTE', 'TESTIMONY', 'OBSERVATION', 'LESSON', 'DIFFICULTY'],
};
const named = { text: 'name', texts: ['description'], defaultVisibility: 'INTERNAL', provenance: true } as const;
const written = { text: 'text', texts: ['description'], defaultVisibility: 'INTERNAL', provenance: true } as const;
const about = { key: 'themes', type: 'ABOUT', target: 'Theme', claim: true } as const;

export const KINDS = {
  Source: {
    ...named,
    provenance: false,
    links: [],
    props: {
      ref: { rule: z.string().min(1), graphql: 'String', optional: true },
      startDate: { rule: z.iso.date(), graphql: 'String', optional: true },
      endDate: { rule: z.iso.date(), graphql: 'String', optional: true },
      presentedOn: { rule: z.iso.date(), graphql: 'String', optional: true },
    },
  },
  Section: {
    ...named,
    provenance: false,
    props: { order: { rule: z.number().int().min(1), graphql: 'Int' } },
    links: [{ key: 'source', type: 'PART_OF', target: 'Source', claim: false }],
  },
  Theme: { ...named, graphql: 'Theme', file: 'themes', inputTexts: ['description'], links: [] },
  Message: {
    ...written,
    graphql: 'Message',
    file: 'messages',
    links: [
      { key: 'themes', type: 'ADDRESSES', target: 'Theme', claim: true },
      { key: 'spaces', type: 'CARRIED_IN', target: 'Space', claim: true },
    ],
    inputs: {
      themes: { description: 'Themes the message addresses (at least one)', required: true },
      spaces: { description: 'Advocacy spaces the message is carried in' },
    },
  },
  Space: {
    ...named,
    graphql: 'AdvocacySpace',
    file: 'spaces',
    inputTexts: ['description'],
    props: { level: enumProp(SPACE_LEVEL) },
    links: [
      { key: 'themes', type: 'COVERS', target: 'Theme', claim: true },
      { key: 'places', type: 'LOCATED_IN', target: 'Place', claim: false },
      { key: 'messages', type: 'CARRIED_IN', target: 'Message', claim: true, reverse: true },
    ],
    inputs: {
      themes: { description: 'Themes the space covers' },
      places: { description: 'Places where it sits' },
    },
  },
  Place: {
    ...named,
    texts: [],
    graphql: 'Place',
    file: 'places',
    props: {
      kind: enumProp(PLACE_KIND),
      countryCode: {
        rule: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as FR'),
        graphql: 'String',
        nullable: true,
        description: 'ISO 3166-1 alpha-2 code of the country',
        inputDescription: 'ISO 3166-1 alpha-2, e.g. FR',
      },
    },
    links: [{ key: 'partOf', type: 'PART_OF', target: 'Place', claim: false }],
    inputs: { partOf: { description: 'The region or country it is part of', max: 3 } },
  },
  Organisation: {
    ...named,
    texts: ['description', 'aims'],
    inputTexts: ['aims'],
    graphql: 'Organisation',
    file: 'organisations',
    props: {
      kind: enumProp(ORGANISATION_KIND),
      founded: {
        rule: z
          .number()
          .int()
          .min(1800, 'must be a year from 1800 to 2100')
          .max(2100, 'must be a year from 1800 to 2100'),
        graphql: 'Int',
        optional: true,
      },
      website: {
        rule: z.url({
          protocol: /^https?$/,
          hostname: z.regexes.domain,
          error: 'must be an http or https URL such as https://example.org',
        }),
        graphql: 'String',
        optional: true,
        description: 'Its public website (http or https)',
        inputDescription: 'An http or https URL',
      },
    },
    links: [
      { key: 'basedIn', type: 'BASED_IN', target: 'Place', claim: true },
      { key: 'worksOn', type: 'WORKS_ON', target: 'Theme', claim: true },
      { key: 'partnerOf', type: 'PARTNER_OF', target: 'Organisation', claim: true },
    ],
    inputs: {
      places: { link: 'basedIn', description: 'Places it is based in' },
      themes: { link: 'worksOn', description: 'Themes it works on' },
      partners: { link: 'partnerOf', description: 'Organisations it partners with' },
    },
  },
  Pairing: {
    ...named,
    file: 'pairings',
    links: [
      { key: 'programme', type: 'PROGRAMME', target: 'Place', claim: false },
      { key: 'site', type: 'SITE', target: 'Place', claim: false },
    ],
  },
  Evidence: {
    ...written,
    graphql: 'Evidence',
    file: 'evidence',
    props: { kind: enumProp(EVIDENCE_KIND) },
    links: [
      { key: 'supports', type: 'SUPPORTS', target: 'Message', claim: true },
      about,
      { key: 'voicedBy', type: 'VOICED_BY', target: 'Organisation', claim: true },
    ],
    inputs: {
      messages: { link: 'supports', description: 'Messages it supports' },
      themes: { description: 'Themes it is about' },
      voicedBy: { description: 'Organisations whose voice it is' },
    },
  },
  Principle: {
    ...written,
    file: 'principles',
    props: {
      kind: closed(['PARTNERSHIP', 'PEER_STANDARD']),
      status: closed(['STATED', 'AWAITING_BOARD_APPROVAL', 'ADOPTED']),
    },
    links: [about],
  },
  Risk: {
    ...written,
    file: 'risks',
    links: [
      { key: 'organisations', type: 'CONCERNS', target: 'Organisation', claim: true },
      { key: 'themes', type: 'CONCERNS', target: 'Theme', claim: true },
    ],
  },
  Perspective: { ...written, file: 'perspectives', links: [about] },
} as const satisfies Record<string, KindSpec>;

export type Label = keyof typeof KINDS;
export const LABELS = Object.keys(KINDS) as Label[];

/** The kinds with a GraphQL type, which the API reads, searches and writes, in the order it lists them. */
export const WRITABLE = ['Message', 'Theme', 'Space', 'Place', 'Organisation', 'Evidence'] as const satisfies {
  [L in Label]: (typeof KINDS)[L] extends { graphql: string } ? L : never;
}[Label][];
export type WritableLabel = (typeof WRITABLE)[number];

/** Every record of a kind with provenance lists the sections it comes from (seed key and CSV column `section`). */
export const PROVENANCE: LinkSpec = { key: 'section', type: 'FROM_SECTION', target: 'Section', claim: false };
