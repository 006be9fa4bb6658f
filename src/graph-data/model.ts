// The graph's fixed model: labels, their scalar properties, text fields and relationship types.
// Seed files, import/export and the loader all check against this one table.
import { z } from 'zod';

export const VISIBILITIES = ['PUBLIC', 'INTERNAL', 'RESTRICTED'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const BASES = ['RECORD', 'EDITORIAL'] as const;
export type Basis = (typeof BASES)[number];

/** Readable kebab-case ids, unique per label. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** BCP 47 language tags (syntax only: language, optional script/region/variants). */
export const LANG_PATTERN = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?(?:-[a-zA-Z\d]{5,8})*$/;

const year = z.number().int().min(1800).max(2100);
const example = z.boolean();

/** Kind-specific scalars per label; `example` is common to all. Strict: an unknown key is an error. */
export const LABEL_PROPS = {
  Source: z.strictObject({ example, ref: z.string().min(1).optional(), startDate: z.iso.date().optional(), endDate: z.iso.date().optional(), presentedOn: z.iso.date().optional() }),
  Section: z.strictObject({ example, order: z.number().int().min(1) }),
  Theme: z.strictObject({ example }),
  Message: z.strictObject({ example }),
  Space: z.strictObject({ example, level: z.enum(['LOCAL', 'REGIONAL', 'NATIONAL', 'INTERNATIONAL', 'INTERNAL']) }),
  Place: z.strictObject({ example, kind: z.enum(['CITY', 'COUNTRY', 'REGION']), countryCode: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as FR') }),
  Organisation: z.strictObject({ example, kind: z.enum(['NGO', 'PROGRAMME', 'ASSOCIATION', 'INSTITUTION', 'FUNDER']), founded: year.optional() }),
  Pairing: z.strictObject({ example }),
  Evidence: z.strictObject({ example, kind: z.enum(['QUOTE', 'TESTIMONY', 'OBSERVATION', 'LESSON', 'DIFFICULTY']) }),
  Principle: z.strictObject({ example, kind: z.enum(['PARTNERSHIP', 'PEER_STANDARD']), status: z.enum(['STATED', 'AWAITING_BOARD_APPROVAL', 'ADOPTED']) }),
  Risk: z.strictObject({ example }),
  Perspective: z.strictObject({ example }),
} as const;

export type Label = keyof typeof LABEL_PROPS;
export const LABELS = Object.keys(LABEL_PROPS) as Label[];

/** The main text field of each label (required) and the optional extra prose fields. */
export const TEXT_FIELDS: Record<Label, { required: string; optional: readonly string[] }> = {
  Source: { required: 'name', optional: ['description'] },
  Section: { required: 'name', optional: ['description'] },
  Theme: { required: 'name', optional: ['description'] },
  Message: { required: 'text', optional: ['description'] },
  Space: { required: 'name', optional: ['description'] },
  Place: { required: 'name', optional: [] },
  Organisation: { required: 'name', optional: ['description', 'aims'] },
  Pairing: { required: 'name', optional: ['description'] },
  Evidence: { required: 'text', optional: ['description'] },
  Principle: { required: 'text', optional: ['description'] },
  Risk: { required: 'text', optional: ['description'] },
  Perspective: { required: 'text', optional: ['description'] },
};

/** Properties the loader and the API own; a document may not set them. */
export const RESERVED_PROPS = new Set(['id', 'visibility', 'version', 'archived', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'editedAt', 'seeded']);

const PROVENANCE_OWNERS: Label[] = LABELS.filter((l) => l !== 'Source' && l !== 'Section');

/** Relationship types: allowed endpoints, and whether the link is a claim that must say its basis. */
export const REL_TYPES = {
  ADDRESSES: { from: ['Message'], to: ['Theme'], claim: true },
  CARRIED_IN: { from: ['Message'], to: ['Space'], claim: true },
  COVERS: { from: ['Space'], to: ['Theme'], claim: true },
  LOCATED_IN: { from: ['Space'], to: ['Place'], claim: false },
  PART_OF: { from: ['Place', 'Section'], to: ['Place', 'Source'], claim: false },
  BASED_IN: { from: ['Organisation'], to: ['Place'], claim: true },
  WORKS_ON: { from: ['Organisation'], to: ['Theme'], claim: true },
  PARTNER_OF: { from: ['Organisation'], to: ['Organisation'], claim: true },
  PROGRAMME: { from: ['Pairing'], to: ['Place'], claim: false },
  SITE: { from: ['Pairing'], to: ['Place'], claim: false },
  SUPPORTS: { from: ['Evidence'], to: ['Message'], claim: true },
  ABOUT: { from: ['Evidence', 'Principle', 'Perspective'], to: ['Theme'], claim: true },
  VOICED_BY: { from: ['Evidence'], to: ['Organisation'], claim: true },
  CONCERNS: { from: ['Risk'], to: ['Organisation', 'Theme'], claim: true },
  FROM_SECTION: { from: PROVENANCE_OWNERS, to: ['Section'], claim: false },
} as const satisfies Record<string, { from: readonly Label[]; to: readonly Label[]; claim: boolean }>;

export type RelType = keyof typeof REL_TYPES;
export const REL_TYPE_NAMES = Object.keys(REL_TYPES) as RelType[];

/** PART_OF joins Place to Place and Section to Source, never across. */
export function endpointsAllowed(type: RelType, from: Label, to: Label): boolean {
  const spec = REL_TYPES[type];
  if (!(spec.from as readonly Label[]).includes(from) || !(spec.to as readonly Label[]).includes(to)) return false;
  if (type === 'PART_OF') return (from === 'Place') === (to === 'Place');
  return true;
}

/** The label of a node's text nodes: (:Message)-[:HAS_TEXT]->(:Text:MessageText). */
export const textLabel = (label: Label) => `${label}Text`;

/** The statements made of one template per label or per type: Neo4j 5.26 plans dynamic labels and types
 * ($(…)) as scans instead of seeks in the id constraint's index, so the label or type (from this closed
 * set, never from a request) is written into the text when the registry loads. */
export const upsertStatement = (label: Label) => `graph-data/upsert-${label.toLowerCase()}`;
export const mergeStatement = (type: RelType) => `graph-data/merge-${type.toLowerCase().replace(/_/g, '-')}`;
export const TEMPLATE_INSTANCES: Readonly<Record<string, ReadonlyArray<readonly [string, Record<string, string>]>>> = {
  'graph-data/upsert': LABELS.map((label) => [upsertStatement(label), { label, textLabel: textLabel(label) }] as const),
  'graph-data/merge': REL_TYPE_NAMES.map((type) => [mergeStatement(type), { type }] as const),
};
export const FIND_NODES = 'graph-data/find-nodes';
