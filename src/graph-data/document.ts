// The graph document: the normalized, label-agnostic form shared by the seed, import and export.
import { z } from 'zod';
import {
  BASES,
  LABEL_PROPS,
  LABELS,
  REL_TYPE_NAMES,
  REL_TYPES,
  RESERVED_PROPS,
  TEXT_FIELDS,
  VISIBILITIES,
  endpointsAllowed,
  type Label,
  type RelType,
  type Visibility,
} from '../model/derived.js';
import { ID_MESSAGE, isId } from '../model/ids.js';
import { LANGUAGE_MESSAGE, isLanguageTag } from '../model/language.js';
import { TRANSLATION_STATUSES, type TranslationStatus } from '../model/translation.js';

export interface TextDoc {
  field: string;
  lang: string;
  value: string;
  original: boolean;
  /** Translations only: DRAFT until a person of the team reviews it (absent: reviewed, see model/translation). */
  status?: TranslationStatus;
  translator?: string;
}
export type Scalar = string | number | boolean;
export interface NodeDoc {
  label: Label;
  id: string;
  visibility: Visibility;
  props: Record<string, Scalar>;
  texts: TextDoc[];
}
export interface NodeRef {
  label: Label;
  id: string;
}
export interface RelationshipDoc {
  type: RelType;
  from: NodeRef;
  to: NodeRef;
  props: Record<string, Scalar>;
}
export interface GraphDocument {
  nodes: NodeDoc[];
  relationships: RelationshipDoc[];
}

/** Errors found in a document or in seed files, one line per problem; nothing has been written. */
export class GraphDataError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.length === 1 ? lines[0] : `${lines.length} problems:\n${lines.join('\n')}`);
    this.name = 'GraphDataError';
  }
}

const scalar = z.union([z.string(), z.number().finite(), z.boolean()]);
/** A record id as every document, seed file and CSV row gives it. */
export const idSchema = z.string().refine(isId, ID_MESSAGE);
const id = idSchema;
const label = z.enum(LABELS as [Label, ...Label[]]);
const ref = z.strictObject({ label, id });

const textSchema = z.strictObject({
  field: z.string().regex(/^[a-z][a-zA-Z]*$/, 'must be a camelCase word'),
  lang: z.string().refine(isLanguageTag, LANGUAGE_MESSAGE),
  value: z.string().trim().min(1, 'must not be empty'),
  original: z.boolean(),
  status: z.enum(TRANSLATION_STATUSES).optional(),
  translator: z.string().trim().min(1, 'must not be empty').optional(),
});

const nodeSchema = z.strictObject({
  label,
  id,
  visibility: z.enum(VISIBILITIES),
  props: z.record(z.string(), scalar),
  texts: z.array(textSchema),
});
const relSchema = z.strictObject({
  type: z.enum(REL_TYPE_NAMES as [RelType, ...RelType[]]),
  from: ref,
  to: ref,
  props: z.record(z.string(), scalar),
});
const graphDocumentSchema = z.strictObject({ nodes: z.array(nodeSchema), relationships: z.array(relSchema) });

export const refKey = (r: NodeRef) => `${r.label}:${r.id}`;
export const issuePath = (path: readonly PropertyKey[]) =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');

/** Per-node checks beyond shape: the label's props, its text fields, one original per field. */
export function nodeProblems(n: NodeDoc): string[] {
  const out: string[] = [];
  for (const key of Object.keys(n.props))
    if (RESERVED_PROPS.has(key)) out.push(`props.${key}: is set by the loader, not by a document`);
  const props = LABEL_PROPS[n.label].safeParse(n.props);
  if (!props.success)
    for (const i of props.error.issues) out.push(`props${i.path.length ? '.' + issuePath(i.path) : ''}: ${i.message}`);
  const fields = TEXT_FIELDS[n.label];
  const byField = new Map<string, TextDoc[]>();
  for (const t of n.texts) byField.set(t.field, [...(byField.get(t.field) ?? []), t]);
  if (!byField.has(fields.required)) out.push(`texts: needs a "${fields.required}" text`);
  for (const [field, texts] of byField) {
    if (field !== fields.required && !fields.optional.includes(field))
      out.push(`texts.${field}: ${n.label} has no text field "${field}"`);
    const originals = texts.filter((t) => t.original).length;
    if (originals !== 1) out.push(`texts.${field}: needs exactly one original language, found ${originals}`);
    for (const t of texts)
      if (t.original && (t.status || t.translator))
        out.push(`texts.${field}.${t.lang}: an original has no translation status or translator`);
    const langs = texts.map((t) => t.lang);
    const dup = langs.find((l, i) => langs.indexOf(l) !== i);
    if (dup) out.push(`texts.${field}.${dup}: given twice`);
  }
  return out;
}

function relationshipProblems(r: RelationshipDoc): string[] {
  const out: string[] = [];
  if (!endpointsAllowed(r.type, r.from.label, r.to.label))
    out.push(`${r.type} cannot join ${r.from.label} to ${r.to.label}`);
  const basis = r.props.basis;
  if (basis !== undefined && !(BASES as readonly unknown[]).includes(basis))
    out.push(`props.basis: must be one of ${BASES.join(', ')}`);
  if (REL_TYPES[r.type].claim && basis === undefined)
    out.push('props.basis: a claim must say whether the record states it (RECORD) or we add it (EDITORIAL)');
  return out;
}

/** Validates a document; returns it typed or throws GraphDataError naming each node/relationship and field.
 * Endpoints missing from the document are not an error here: they may already be in the graph (apply checks). */
export function validateGraphDocument(input: unknown): GraphDocument {
  const parsed = graphDocumentSchema.safeParse(input);
  if (!parsed.success) throw new GraphDataError(parsed.error.issues.map((i) => `${issuePath(i.path)}: ${i.message}`));
  const doc = parsed.data as GraphDocument;
  const errors: string[] = [];
  const seen = new Set<string>();
  doc.nodes.forEach((n, i) => {
    const where = `nodes[${i}] ${refKey(n)}`;
    if (seen.has(refKey(n))) errors.push(`${where}: given twice`);
    seen.add(refKey(n));
    for (const p of nodeProblems(n)) errors.push(`${where}: ${p}`);
  });
  const rels = new Set<string>();
  doc.relationships.forEach((r, i) => {
    const key = `(${refKey(r.from)})-[:${r.type}]->(${refKey(r.to)})`;
    if (rels.has(key)) errors.push(`relationships[${i}] ${key}: given twice`);
    rels.add(key);
    for (const p of relationshipProblems(r)) errors.push(`relationships[${i}] ${key}: ${p}`);
  });
  if (errors.length) throw new GraphDataError(errors);
  return doc;
}
