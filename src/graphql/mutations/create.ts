// create<Kind>(input): a new record with its first text, optional extra texts, properties and links.
import { createHash, randomUUID } from 'node:crypto';
import { withFolded } from '../../db/fold.js';
import { project } from '../projection/entities.js';
import { Params } from '../projection/params.js';
import { distinct } from '../queries/run.js';
import { type LinkLists, linkClauses, missingExpr, snapshotExpr } from './compile.js';
import { requireWriter } from './guard.js';
import { KINDS, type WritableLabel } from '../../model/derived.js';
import { RECORDS } from './records.js';
import { runWrite, type RecordWrite } from './write.js';

/** Fields every create input has; the rest (texts, props, link lists) are read through RECORDS. */
export interface CreateInput {
  id?: string | null;
  visibility?: string | null;
  language: string;
  basis?: string | null;
}

/** The id of a record created without one: the same on a retry (derived from the request id). A PUBLIC
 * record gets a readable one from its text, unique by a suffix; any other a random one (the kind and 96 bits
 * hashed from the request id), since an id is shown wherever the record is referred to (links, history,
 * errors) and must not carry the text of a record the reader may not see. */
function newId(label: WritableLabel, text: string, visibility: string, requestId: string): string {
  if (visibility !== 'PUBLIC')
    return `${label.toLowerCase()}-${createHash('sha256').update(requestId).digest('hex').slice(0, 24)}`;
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Long texts are cut at a word boundary.
  const words = slug.length <= 48 ? slug : slug.slice(0, 49).replace(/-[^-]*$/, '');
  return `${words || 'record'}-${requestId.replace(/-/g, '').slice(0, 6)}`;
}

/** The input's link lists (deduplicated), for the keys this kind takes. */
export function linkLists(label: WritableLabel, input: object): LinkLists {
  const given = input as Record<string, string[] | null | undefined>;
  return Object.fromEntries(
    Object.keys(RECORDS[label].links)
      .filter((k) => given[k])
      .map((k) => [k, distinct(given[k])!]),
  );
}

export const createRecord: RecordWrite<CreateInput> = async (ctx, label, sel, input, requestId = randomUUID()) => {
  requireWriter(ctx, `Creating a ${label}`, input.visibility);
  const spec = RECORDS[label];
  const given = input as unknown as Record<string, unknown>;
  const visibility = input.visibility ?? KINDS[label].defaultVisibility;
  const id = input.id ?? newId(label, String(given[spec.mainText]), visibility, requestId);
  const texts = [spec.mainText, ...spec.extraTexts]
    .filter((f) => given[f] != null)
    .map((field) => withFolded({ field, lang: input.language, value: String(given[field]).trim(), original: true }));
  const props = Object.fromEntries(
    spec.props.map((k) => [k, given[k] ?? (k === 'example' ? false : undefined)]).filter(([, v]) => v !== undefined),
  );
  const lists = linkLists(label, input);
  const p = new Params({ props, texts, visibility });
  const slots = {
    missing: missingExpr(label, lists, p),
    links: linkClauses(label, lists, p, 'link', input.basis ?? undefined),
    node: project(spec.type, 'n', sel, p),
    after: snapshotExpr('n'),
  };
  const { node } = await runWrite(ctx, {
    statement: 'mutations/create',
    action: 'CREATE',
    label,
    id,
    requestId,
    p,
    slots,
  });
  return node;
};
