// What the rest of the code reads of the model (kinds.ts), derived once: each label's property rules,
// text fields and links, the relationship types with their endpoints, and the per-label statement names.
import { z } from 'zod';
import {
  KINDS,
  LABELS,
  PROVENANCE,
  WRITABLE,
  type InputList,
  type KindSpec,
  type Label,
  type LinkSpec,
  type PropSpec,
} from './kinds.js';

export {
  BASES,
  EVIDENCE_KIND,
  KINDS,
  LABELS,
  ORGANISATION_KIND,
  ORIGINS,
  PLACE_KIND,
  PROVENANCE,
  SPACE_LEVEL,
  SPACE_LEVELS,
  VISIBILITIES,
  WRITABLE,
  type Basis,
  type EnumSpec,
  type KindSpec,
  type Label,
  type PropSpec,
  type Visibility,
  type WritableLabel,
} from './kinds.js';

const spec = (label: Label): KindSpec => KINDS[label];

/** The scalar properties of a label, as the model declares them. */
export const propsOf = (label: Label): Readonly<Record<string, PropSpec>> => spec(label).props ?? {};

/** Kind-specific scalars per label, `example` common to all. Strict: an unknown key is an error. */
export const LABEL_PROPS = Object.fromEntries(
  LABELS.map((label) => [
    label,
    z.strictObject({
      example: z.boolean(),
      ...Object.fromEntries(
        Object.entries(propsOf(label)).map(([key, p]) => [key, p.optional ? p.rule.optional() : p.rule]),
      ),
    }),
  ]),
) as unknown as Record<Label, z.ZodObject>;

/** The main text field of each label (required) and the optional extra prose fields. */
export const TEXT_FIELDS = Object.fromEntries(
  LABELS.map((label) => [label, { required: spec(label).text, optional: spec(label).texts }]),
) as Record<Label, { required: string; optional: readonly string[] }>;

/** Properties the loader and the API own; a document may not set them. */
/** Properties the database keeps for itself: never part of a record's state in history or export. */
export const BOOKKEEPING = [
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
  'editedAt',
  'editedBy',
  'requestId',
  'seeded',
  // What a message or a space is counted in (src/model/tally.ts): derived from the record and its links.
  'tally',
] as const;

export const RESERVED_PROPS = new Set([
  'id',
  'visibility',
  'version',
  'archived',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
  'editedAt',
  'seeded',
]);

/** A link of the model, its target checked to be a label. */
export type Link = Omit<LinkSpec, 'target'> & { target: Label };

/** The links a record of this label lists, provenance (`section`) last. */
export const linksOf = (label: Label): readonly Link[] =>
  <Link[]>[...spec(label).links, ...(spec(label).provenance ? [PROVENANCE] : [])];

/** The id lists of the API's create input for a label, by name, each with the link it writes. */
export const inputListsOf = (label: Label): Readonly<Record<string, InputList & { writes: Link }>> =>
  Object.fromEntries(
    Object.entries(spec(label).inputs ?? {}).map(([name, list]) => {
      const writes = linksOf(label).find((l) => l.key === (list.link ?? name));
      if (!writes) throw new Error(`model: ${label} input ${name} writes unknown link ${list.link ?? name}`);
      return [name, { ...list, writes }];
    }),
  );

for (const label of LABELS) {
  inputListsOf(label);
  if (Boolean(spec(label).graphql) !== (WRITABLE as readonly Label[]).includes(label))
    throw new Error(`model: ${label} has a GraphQL type but is not in WRITABLE, or the reverse`);
  for (const link of linksOf(label))
    if (!(link.target in KINDS)) throw new Error(`model: ${label}.${link.key} targets unknown kind ${link.target}`);
}

/** Each relationship type: the (from, to) label pairs it may join, and whether it is a claim carrying a basis. */
export const REL_TYPES: Readonly<Record<string, { claim: boolean; pairs: ReadonlySet<string> }>> = (() => {
  const out: Record<string, { claim: boolean; pairs: Set<string> }> = {};
  for (const label of LABELS) {
    for (const link of linksOf(label)) {
      const [from, to] = link.reverse ? [link.target, label] : [label, link.target];
      const type = (out[link.type] ??= { claim: link.claim, pairs: new Set() });
      if (type.claim !== link.claim) throw new Error(`model: ${link.type} is a claim in one place and not in another`);
      type.pairs.add(`${from}->${to}`);
    }
  }
  return out;
})();

export type RelType = string;
export const REL_TYPE_NAMES = Object.keys(REL_TYPES).sort();

/** Whether the model has a link of this type from this label to that one (PART_OF joins Place to Place and Section to Source, never across). */
export const endpointsAllowed = (type: RelType, from: Label, to: Label): boolean =>
  REL_TYPES[type]?.pairs.has(`${from}->${to}`) ?? false;

/** The label of a node's text nodes: (:Message)-[:HAS_TEXT]->(:Text:MessageText). */
export const textLabel = (label: Label) => `${label}Text`;

/** The kinds read from a seed file and a CSV file, in loading order. */
export const FILE_KINDS = LABELS.filter((label) => spec(label).file).map((label) => ({
  label,
  file: spec(label).file!,
}));
